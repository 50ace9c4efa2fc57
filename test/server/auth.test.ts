// Sign-in, the session cookie's attributes, sign-out, lockout and API tokens, through HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { createServiceContext } from '../../src/services/bootstrap.ts';
import { PASSWORD, startApi, username, type ApiFixture } from './fixture.ts';

describe('auth over HTTP (sqlite)', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api.close());

  it('sets an httpOnly, SameSite=Strict cookie with an expiry, and /me answers with the principal', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: username('clerk', 'a'), password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'gongkai_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.expires!.getTime()).toBeGreaterThan(Date.now());
    const me = await api.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `gongkai_session=${cookie.value}` },
    });
    expect(me.json()).toMatchObject({
      username: 'clerk.a',
      role: 'clerk',
      agencyId: api.tenancy.a.id,
      agencyTree: [api.tenancy.a.id],
    });
  });

  it('refuses without a session, with a wrong password, and after logout', async () => {
    const anonymous = await api.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('auth.unauthenticated');
    const wrong = await api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'leader.a', password: 'nope-nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'auth.invalidCredentials', message: '用户名或密码错误' } });

    const login = await api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'leader.a', password: PASSWORD },
    });
    const cookie = `gongkai_session=${login.cookies[0]!.value}`;
    expect(
      (await api.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode,
    ).toBe(204);
    expect(
      (await api.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    const attempt = (password: string) =>
      api.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'officeHead.c', password },
      });
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await attempt('wrong-password-x')).json().error.code);
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('auth.invalidCredentials'));
    expect(codes[4]).toBe('auth.accountLocked');
    const locked = await attempt(PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.message).toMatch(/锁定/);
  });

  it('issues an API token that works as Bearer, and stops working once revoked', async () => {
    const issued = await api.call('clerk.a', {
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { name: '档案系统对接' },
    });
    expect(issued.statusCode).toBe(201);
    const { id, token } = issued.json();
    const bearer = { authorization: `Bearer ${token}` };
    const me = await api.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(me.json().username).toBe('clerk.a');
    expect(
      (await api.call('clerk.a', { method: 'DELETE', url: `/api/v1/auth/tokens/${id}` })).statusCode,
    ).toBe(204);
    const after = await api.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('auth.invalidToken');
  });

  it('limits login attempts per address', async () => {
    const limited = await buildServer({
      ctx: createServiceContext({ db: api.database.db }),
      config: { loginRateLimit: { max: 2, windowMs: 60_000 } },
    });
    try {
      const responses = [];
      for (let i = 0; i < 3; i++) {
        responses.push(
          await limited.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { username: 'x', password: 'y' },
          }),
        );
      }
      expect(responses.map((r) => r.statusCode)).toEqual([401, 401, 429]);
      expect(responses[2]!.json().error).toEqual({
        code: 'http.rateLimited',
        message: '请求过于频繁，请 60 秒后再试',
      });
    } finally {
      await limited.close();
    }
  });

  // admin.c: C is a top-level agency; an administrator of an agency under another may not run the check.
  it('lets the administrator verify the audit chain, which names a tampered row', async () => {
    const clean = await api.call('admin.c', { method: 'GET', url: '/api/v1/audit/verify' });
    expect(clean.json()).toMatchObject({ ok: true });
    const db = api.database.db;
    const victim = await db
      .selectFrom('audit_log')
      .select(['seq'])
      .orderBy('seq')
      .limit(1)
      .offset(3)
      .executeTakeFirstOrThrow();
    await db.updateTable('audit_log').set({ actor: 'someone-else' }).where('seq', '=', victim.seq).execute();
    const broken = await api.call('admin.c', { method: 'GET', url: '/api/v1/audit/verify' });
    expect(broken.json()).toMatchObject({ ok: false, brokenAt: Number(victim.seq), reason: 'hashMismatch' });
  });
});
