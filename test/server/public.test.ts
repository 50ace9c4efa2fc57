// The public endpoints: online submission gives a tracking number and a query code; the status lookup shows only
// the state and the due date, refuses a wrong code without saying whether the number exists, and is rate-limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { createServiceContext } from '../../src/services/bootstrap.ts';
import { startApi, type ApiFixture } from './fixture.ts';

describe('public API (sqlite)', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api.close());

  const submission = () => ({
    agencyId: api.tenancy.a.id,
    applicant: {
      kind: 'commercialEnterprise',
      name: '某某科技有限公司',
      idDocument: '91370000MA00000000',
      contact: 'a@example.com',
    },
    informationSought: '2025 年人防易地建设费收缴情况',
    formWanted: '电子邮件',
  });

  it('submits online and looks up only the state and due date', async () => {
    const agencies = await api.app.inject({ method: 'GET', url: '/api/v1/public/agencies' });
    expect(agencies.json().items.map((a: { name: string }) => a.name)).toContain(api.tenancy.a.name);

    const submitted = await api.app.inject({
      method: 'POST',
      url: '/api/v1/public/requests',
      payload: submission(),
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { trackingNumber, queryCode, acknowledgement } = submitted.json();
    expect(acknowledgement).toContain(api.tenancy.a.name);

    const status = await api.app.inject({
      method: 'POST',
      url: '/api/v1/public/status',
      payload: { trackingNumber, queryCode },
    });
    expect(status.statusCode).toBe(200);
    expect(Object.keys(status.json()).sort()).toEqual([
      'dueOn',
      'provisional',
      'provisionalReason',
      'state',
      'stateLabel',
    ]);
    expect(status.json().stateLabel).toBe('已登记');

    const wrongCode = await api.app.inject({
      method: 'POST',
      url: '/api/v1/public/status',
      payload: { trackingNumber, queryCode: '00000000' },
    });
    const unknown = await api.app.inject({
      method: 'POST',
      url: '/api/v1/public/status',
      payload: { trackingNumber: 'GK2026AAAAAAAAAA', queryCode },
    });
    expect(wrongCode.statusCode).toBe(404);
    expect(unknown.json()).toEqual(wrongCode.json());

    // Staff of the agency see it, marked as arriving online.
    const listed = await api.call('clerk.a', { method: 'GET', url: '/api/v1/requests?q=某某科技' });
    expect(listed.json().items[0]).toMatchObject({ channel: 'online', trackingNumber });
  });

  it('rate-limits the public endpoints per address', async () => {
    const limited = await buildServer({
      ctx: createServiceContext({ db: api.database.db }),
      config: { publicRateLimit: { max: 3, windowMs: 60_000 } },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await limited.inject({
          method: 'POST',
          url: '/api/v1/public/status',
          payload: { trackingNumber: 'GK2026AAAAAAAAAA', queryCode: '12345678' },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([404, 404, 404, 429]);
      const page = await limited.inject({
        method: 'POST',
        url: '/track',
        payload: 'trackingNumber=x&queryCode=y',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(page.statusCode).toBe(400);
    } finally {
      await limited.close();
    }
  });

  it('sends security headers and documents every API route', async () => {
    const home = await api.app.inject({ method: 'GET', url: '/' });
    expect(home.headers['content-security-policy']).toContain("script-src 'self'");
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect(home.headers['x-frame-options']).toBe('SAMEORIGIN');
    const doc = (await api.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const paths = Object.keys(doc.paths);
    for (const path of [
      '/api/v1/requests',
      '/api/v1/requests/{id}',
      '/api/v1/requests/{id}/events',
      '/api/v1/warnings',
      '/api/v1/public/requests',
      '/api/v1/public/status',
      '/api/v1/reports/annual',
      '/api/v1/audit/verify',
    ]) {
      expect(paths).toContain(path);
    }
    expect(paths.some((p) => !p.startsWith('/api/v1/'))).toBe(false);
  });
});
