// API tokens over HTTP on both engines (issue 12): a token reads what its user reads and changes only the areas it
// was granted; it never issues tokens or touches credentials; it dies at its expiry (at most a year); its owner and
// the agency's administrator list and revoke it, an administrator of another agency cannot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/services/clock.ts';
import { ENGINES } from '../db.ts';
import { TEST_NOW } from '../context.ts';
import { intakeBody } from './seed.ts';
import { startApi, username, type ApiFixture } from './fixture.ts';

/** The server's clock, moved by the test. */
function movableClock(startIso: string): Clock & { advanceDays(days: number): void } {
  let now = new Date(startIso);
  return {
    now: () => now,
    today: () => now.toISOString().slice(0, 10) as ReturnType<Clock['today']>,
    advanceDays: (days) => (now = new Date(now.getTime() + days * 86_400_000)),
  };
}

for (const engine of ENGINES) {
  describe(`API tokens (${engine})`, () => {
    let api: ApiFixture;
    const clock = movableClock(TEST_NOW);
    beforeAll(async () => {
      api = await startApi(engine, {}, clock);
    });
    afterAll(() => api?.close());
    const clerk = username('clerk', 'a');
    const issue = async (payload: object) => {
      const response = await api.call(clerk, { method: 'POST', url: '/api/v1/auth/tokens', payload });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; token: string; expiresAt: string };
    };
    const withToken = (token: string, method: 'GET' | 'POST', url: string, payload?: object) =>
      api.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(payload ? { payload } : {}),
      });

    it('reads with a token issued without areas, and changes nothing with it', async () => {
      const { token, expiresAt } = await issue({ name: '统计报送' });
      expect(expiresAt).toBe('2027-03-04T02:00:00.000Z'); // 90 days by default
      expect((await withToken(token, 'GET', '/api/v1/requests')).statusCode).toBe(200);
      const refused = await withToken(token, 'POST', '/api/v1/requests', intakeBody(7001));
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toEqual({
        code: 'auth.tokenScope',
        message: '该 API 令牌无权修改“requests”的数据（可写范围：只读）',
      });
    });

    it('changes the areas it was granted and no other', async () => {
      const { token } = await issue({ name: '网上申请对接', writeAreas: ['requests'] });
      expect((await withToken(token, 'POST', '/api/v1/requests', intakeBody(7002))).statusCode).toBe(201);
      const other = await withToken(token, 'POST', '/api/v1/reports/annual/2025/workflow/submit', {});
      expect(other.statusCode).toBe(403);
      expect(other.json().error.code).toBe('auth.tokenScope');
    });

    it('never issues a token or changes a password, whatever it was granted', async () => {
      const { token } = await issue({ name: '全部领域', writeAreas: ['requests', 'users', 'agencies'] });
      const child = await withToken(token, 'POST', '/api/v1/auth/tokens', { name: '子令牌' });
      expect(child.statusCode).toBe(403);
      expect(child.json().error.code).toBe('auth.tokenCannotManageCredentials');
      const password = await api.app.inject({
        method: 'PUT',
        url: '/api/v1/auth/password',
        headers: { authorization: `Bearer ${token}` },
        payload: { currentPassword: 'x', newPassword: 'Another-password-1' },
      });
      expect(password.json().error.code).toBe('auth.tokenCannotManageCredentials');
    });

    it("is listed for its owner and the agency's administrator, who may revoke it; not another agency's", async () => {
      const { id, token } = await issue({ name: '离职同事的对接' });
      const own = await api.call(clerk, { method: 'GET', url: '/api/v1/auth/tokens' });
      expect(own.json().items.find((t: { id: string }) => t.id === id)).toMatchObject({
        name: '离职同事的对接',
        writeAreas: [],
        revokedAt: null,
      });
      const me = (await withToken(token, 'GET', '/api/v1/auth/me')).json() as { id: string };
      const listed = await api.call(username('admin', 'a'), {
        method: 'GET',
        url: `/api/v1/users/${me.id}/tokens`,
      });
      expect(listed.json().items.map((t: { id: string }) => t.id)).toContain(id);
      const stranger = await api.call(username('admin', 'c'), {
        method: 'DELETE',
        url: `/api/v1/users/${me.id}/tokens/${id}`,
      });
      expect(stranger.statusCode).toBe(403);
      const revoked = await api.call(username('admin', 'a'), {
        method: 'DELETE',
        url: `/api/v1/users/${me.id}/tokens/${id}`,
      });
      expect(revoked.statusCode).toBe(204);
      expect((await withToken(token, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    });

    it('refuses a life beyond a year, and stops working at its expiry', async () => {
      const tooLong = await api.call(clerk, {
        method: 'POST',
        url: '/api/v1/auth/tokens',
        payload: { name: '长期', expiresInDays: 400 },
      });
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().error.message).toContain('有效期最长 365 天');
      const { token } = await issue({ name: '一天', expiresInDays: 1 });
      expect((await withToken(token, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
      // A day on: every session of the morning has ended too, so this test comes last.
      clock.advanceDays(1);
      const expired = await withToken(token, 'GET', '/api/v1/auth/me');
      expect(expired.statusCode).toBe(401);
      expect(expired.json().error.code).toBe('auth.invalidToken');
    });
  });
}
