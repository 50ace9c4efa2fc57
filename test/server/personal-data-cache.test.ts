// Whatever a signed-in caller reads may name applicants — their ID numbers, addresses — so no browser or proxy may
// keep it: every answer behind sign-in is `private, no-store` (issue 12), while the public catalogue stays cacheable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiFixture } from './fixture.ts';
import { intakeBody } from './seed.ts';

describe('Cache-Control on personal data', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api?.close());

  it('is no-store on the requests, their list and the workbench; the public catalogue is not', async () => {
    const registered = await api.call('clerk.a', {
      method: 'POST',
      url: '/api/v1/requests',
      payload: intakeBody(5101),
    });
    expect(registered.statusCode).toBe(201);
    expect(registered.headers['cache-control']).toBe('private, no-store');
    const id = registered.json().request.id as string;
    for (const url of [
      `/api/v1/requests/${id}`,
      '/api/v1/requests',
      '/api/v1/workbench',
      '/api/v1/auth/me',
    ]) {
      const response = await api.call('clerk.a', { method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('private, no-store');
    }
    const catalogue = await api.app.inject({
      method: 'GET',
      url: `/api/v1/public/catalogue?agencyId=${api.tenancy.a.id}`,
    });
    expect(catalogue.statusCode).toBe(200);
    expect(catalogue.headers['cache-control'] ?? '').not.toContain('no-store');
  });
});
