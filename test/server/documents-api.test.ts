// Request documents through the API (issue 13): generate and list, preview, download as DOCX and PDF, record a
// delivery, close and package, download the package; the agency's template settings. Another agency is refused.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPackage } from '../../src/formats/archive/package.ts';
import { startApi, type ApiFixture } from './fixture.ts';
import { intakeBody } from './seed.ts';

describe('request documents API (sqlite)', () => {
  let api: ApiFixture;
  let requestId: string;
  beforeAll(async () => {
    api = await startApi('sqlite');
    requestId = (
      await api.call('clerk.a', { method: 'POST', url: '/api/v1/requests', payload: intakeBody(8) })
    ).json().request.id;
  });
  afterAll(() => api.close());

  it('numbers, shows, downloads, records delivery, packages a closed request', async () => {
    const settings = await api.call('admin.a', {
      method: 'PUT',
      url: `/api/v1/agencies/${api.tenancy.a.id}/document-settings`,
      payload: {
        letterhead: null,
        contact: null,
        numberPattern: 'A信公〔{year}〕{serial}号',
        freeTexts: {},
        retentionYears: 30,
      },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    const badPattern = await api.call('admin.a', {
      method: 'PUT',
      url: `/api/v1/agencies/${api.tenancy.a.id}/document-settings`,
      payload: {
        letterhead: null,
        contact: null,
        numberPattern: 'A信公{serial}号',
        freeTexts: {},
        retentionYears: 30,
      },
    });
    expect(badPattern.statusCode).toBe(422);
    expect(badPattern.json().error.code).toBe('documents.badNumberPattern');

    const correction = {
      type: 'correctionRequested',
      on: '2026-11-03',
      correctionDueOn: '2026-11-13',
      items: '请写明年度。',
    };
    for (const [who, event] of [
      ['clerk.a', correction],
      ['clerk.a', { type: 'correctionReceived', on: '2026-11-05' }],
      [
        'leader.a',
        { type: 'decided', on: '2026-11-10', outcome: 'granted', reasons: '随本答复书提供。', articles: '' },
      ],
      ['clerk.a', { type: 'replySent', on: '2026-11-10' }],
    ] as const) {
      const appended = await api.call(who, {
        method: 'POST',
        url: `/api/v1/requests/${requestId}/events`,
        payload: { event },
      });
      expect(appended.statusCode, appended.body).toBe(201);
    }
    const generated = await api.call('clerk.a', {
      method: 'POST',
      url: `/api/v1/requests/${requestId}/documents/generate`,
    });
    expect(generated.statusCode, generated.body).toBe(200);
    const documents = generated.json().documents as { id: string; kind: string; number: string }[];
    expect(documents.map((d) => [d.kind, d.number])).toEqual([
      ['receipt', 'A信公〔2026〕1号'],
      ['correctionNotice', 'A信公〔2026〕2号'],
      ['reply', 'A信公〔2026〕3号'],
    ]);
    const preview = await api.call('clerk.a', {
      method: 'GET',
      url: `/api/v1/documents/${documents[1]!.id}/preview`,
    });
    expect(preview.json().html).toContain('<h1>补正申请告知书</h1>');
    const docx = await api.call('clerk.a', {
      method: 'GET',
      url: `/api/v1/documents/${documents[2]!.id}?format=docx`,
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await api.call('clerk.a', {
      method: 'GET',
      url: `/api/v1/documents/${documents[0]!.id}?format=pdf`,
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const delivered = await api.call('clerk.a', {
      method: 'PUT',
      url: `/api/v1/documents/${documents[1]!.id}/delivery`,
      payload: { method: 'post', reference: 'EMS9', sentOn: '2026-11-03', receivedOn: '2026-11-04' },
    });
    expect(delivered.statusCode, delivered.body).toBe(200);
    expect(delivered.json().delivery).toMatchObject({
      methodLabel: '邮寄',
      reference: 'EMS9',
      receivedOn: '2026-11-04',
    });
    const refused = await api.call('clerk.c', {
      method: 'GET',
      url: `/api/v1/requests/${requestId}/documents`,
    });
    expect(refused.statusCode).toBe(403);

    const archived = await api.call('clerk.a', {
      method: 'POST',
      url: `/api/v1/requests/${requestId}/archive`,
    });
    expect(archived.statusCode, archived.body).toBe(201);
    expect(archived.json().retainUntil.slice(0, 4)).toBe(
      String(Number(archived.json().archivedOn.slice(0, 4)) + 30),
    );
    const zip = await api.call('clerk.a', { method: 'GET', url: `/api/v1/requests/${requestId}/archive` });
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(verifyPackage(zip.rawPayload).ok).toBe(true);
    expect(Object.keys(unzipSync(zip.rawPayload)).filter((n) => n.startsWith('documents/'))).toHaveLength(3);
    const list = await api.call('clerk.a', { method: 'GET', url: `/api/v1/requests/${requestId}/documents` });
    expect(list.json().archive).toMatchObject({ sm3: archived.json().sm3 });
  }, 120_000);
});
