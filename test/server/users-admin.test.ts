// The administrator's account routes and the "set a new password first" rule, through HTTP on both engines: a user
// an administrator creates can only reach me / sign-out / set-password until they choose their own password — the
// server refuses the rest, an API token included — and the account actions answer with the account's state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../db.ts';
import { startApi, type ApiFixture } from './fixture.ts';

const INITIAL = 'initial-password-1';

for (const engine of ENGINES) {
  describe(`user administration over HTTP (${engine})`, () => {
    let api: ApiFixture;
    beforeAll(async () => {
      api = await startApi(engine);
    }, 60_000);
    afterAll(() => api.close());

    async function signIn(username: string, password: string) {
      const response = await api.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      });
      const cookie = response.cookies.find((c) => c.name === 'gongkai_session');
      return { response, cookie: cookie ? `gongkai_session=${cookie.value}` : '' };
    }

    it('a new user may only set their password until they do, and then works normally', async () => {
      const created = await api.call('admin.a', {
        method: 'POST',
        url: '/api/v1/users',
        payload: { username: `new.${engine}`, displayName: '新同事', role: 'clerk', password: INITIAL },
      });
      expect(created.statusCode).toBe(201);
      const { response, cookie } = await signIn(`new.${engine}`, INITIAL);
      expect(response.json()).toMatchObject({ mustChangePassword: true });
      const as = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
        api.app.inject({ method, url, payload, headers: { cookie } });

      const refused = await as('GET', `/api/v1/requests?agencyId=${api.tenancy.a.id}`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({
        code: 'auth.passwordChangeRequired',
        message: expect.stringContaining('请先设置新密码'),
      });
      expect((await as('POST', '/api/v1/auth/tokens', { name: '绕过' })).json().error.code).toBe(
        'auth.passwordChangeRequired',
      );
      expect((await as('GET', '/api/v1/auth/me')).json()).toMatchObject({ mustChangePassword: true });

      const wrong = await as('PUT', '/api/v1/auth/password', {
        currentPassword: 'not-it-at-all',
        newPassword: 'my-own-password-1',
      });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json().error.message).toBe('当前密码不正确');
      const short = await as('PUT', '/api/v1/auth/password', {
        currentPassword: INITIAL,
        newPassword: 'short',
      });
      expect(short.statusCode).toBe(400);
      expect(short.json().error.message).toContain('密码至少 10 位');

      const set = await as('PUT', '/api/v1/auth/password', {
        currentPassword: INITIAL,
        newPassword: 'my-own-password-1',
      });
      expect(set.statusCode).toBe(204);
      expect((await as('GET', '/api/v1/auth/me')).json()).toMatchObject({ mustChangePassword: false });
      expect((await as('GET', `/api/v1/requests?agencyId=${api.tenancy.a.id}`)).statusCode).toBe(200);
    });

    it('lists a page of users with their state; role, disable, reset and unlock answer with the account', async () => {
      const page = await api.call('admin.a', { method: 'GET', url: '/api/v1/users?page=1&pageSize=2' });
      expect(page.statusCode).toBe(200);
      const body = page.json();
      expect(body.items).toHaveLength(2);
      expect(body.total).toBeGreaterThanOrEqual(4);
      expect(body.items[0]).toMatchObject({ disabled: false, lockedUntil: null, mustChangePassword: false });

      const all = (await api.call('admin.a', { method: 'GET', url: '/api/v1/users?pageSize=100' })).json();
      const leader = all.items.find((u: { username: string }) => u.username === 'leader.a');
      const admin = all.items.find((u: { username: string }) => u.username === 'admin.a');

      const role = await api.call('admin.a', {
        method: 'PUT',
        url: `/api/v1/users/${leader.id}/role`,
        payload: { role: 'officeHead' },
      });
      expect(role.json()).toMatchObject({ role: 'officeHead' });
      await api.call('admin.a', {
        method: 'PUT',
        url: `/api/v1/users/${leader.id}/role`,
        payload: { role: 'leader' },
      });

      const self = await api.call('admin.a', {
        method: 'PUT',
        url: `/api/v1/users/${admin.id}/disabled`,
        payload: { disabled: true },
      });
      expect(self.statusCode).toBe(422);
      expect(self.json().error).toMatchObject({
        code: 'platform.cannotDisableSelf',
        message: '不能停用自己的账号',
      });
      const demote = await api.call('admin.a', {
        method: 'PUT',
        url: `/api/v1/users/${admin.id}/role`,
        payload: { role: 'clerk' },
      });
      expect(demote.statusCode).toBe(409);
      expect(demote.json().error.code).toBe('platform.lastAdmin');

      const reset = await api.call('admin.a', {
        method: 'POST',
        url: `/api/v1/users/${leader.id}/password`,
        payload: { password: 'reset-password-1' },
      });
      expect(reset.json()).toMatchObject({ mustChangePassword: true, lockedUntil: null });
      const unlock = await api.call('admin.a', { method: 'POST', url: `/api/v1/users/${leader.id}/unlock` });
      expect(unlock.statusCode).toBe(200);

      // Another agency's administrator, and a clerk, are refused.
      const foreign = await api.call('admin.c', {
        method: 'POST',
        url: `/api/v1/users/${leader.id}/unlock`,
      });
      expect(foreign.json().error.code).toBe('auth.otherAgency');
      const clerk = await api.call('clerk.a', {
        method: 'PUT',
        url: `/api/v1/users/${leader.id}/disabled`,
        payload: { disabled: true },
      });
      expect(clerk.json().error.code).toBe('auth.forbidden');
    });

    it('lists and revokes one’s own API tokens without showing them again', async () => {
      const made = await api.call('clerk.c', {
        method: 'POST',
        url: '/api/v1/auth/tokens',
        payload: { name: '档案系统对接' },
      });
      const { id, token } = made.json();
      const listed = (await api.call('clerk.c', { method: 'GET', url: '/api/v1/auth/tokens' })).json();
      expect(listed.items).toEqual([expect.objectContaining({ id, name: '档案系统对接', revokedAt: null })]);
      expect(JSON.stringify(listed)).not.toContain(token);
      expect(
        (await api.call('clerk.c', { method: 'DELETE', url: `/api/v1/auth/tokens/${id}` })).statusCode,
      ).toBe(204);
      const after = (await api.call('clerk.c', { method: 'GET', url: '/api/v1/auth/tokens' })).json();
      expect(after.items[0].revokedAt).not.toBeNull();
      expect((await api.call('admin.c', { method: 'GET', url: '/api/v1/auth/tokens' })).json().items).toEqual(
        [],
      );
    });
  });
}
