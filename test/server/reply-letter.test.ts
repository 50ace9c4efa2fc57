// The reply letter of a decided request, as HTML and as DOCX, through the API; refused before a decision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiFixture } from './fixture.ts';
import { intakeBody } from './seed.ts';

describe('reply letter download (sqlite)', () => {
  let api: ApiFixture;
  let requestId: string;
  beforeAll(async () => {
    api = await startApi('sqlite');
    requestId = (
      await api.call('clerk.a', { method: 'POST', url: '/api/v1/requests', payload: intakeBody(7) })
    ).json().request.id;
  });
  afterAll(() => api.close());

  it('is refused until the request is decided, then comes as HTML and DOCX naming the outcome', async () => {
    const early = await api.call('clerk.a', {
      method: 'GET',
      url: `/api/v1/requests/${requestId}/reply-letter`,
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('requests.notDecided');

    const decided = await api.call('leader.a', {
      method: 'POST',
      url: `/api/v1/requests/${requestId}/events`,
      payload: {
        event: {
          type: 'decided',
          on: '2026-11-10',
          outcome: 'unavailable.notHeld',
          reasons: '经检索，本机关未制作或获取该信息。',
          articles: '',
        },
      },
    });
    expect(decided.statusCode, decided.body).toBe(201);

    const html = await api.call('clerk.a', {
      method: 'GET',
      url: `/api/v1/requests/${requestId}/reply-letter?format=html`,
    });
    expect(html.statusCode, html.body).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toContain(api.tenancy.a.name);
    expect(html.body).toContain('申请人7');
    expect(html.body).toContain('第三十六条');

    const docx = await api.call('clerk.a', {
      method: 'GET',
      url: `/api/v1/requests/${requestId}/reply-letter?format=docx`,
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const other = await api.call('clerk.c', {
      method: 'GET',
      url: `/api/v1/requests/${requestId}/reply-letter`,
    });
    expect(other.statusCode).toBe(403);
  });
});
