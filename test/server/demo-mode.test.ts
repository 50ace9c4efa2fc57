// Demo mode over HTTP on both engines (issue 12, Setup): a server started with `demo` (`gongkai serve --demo`) says
// so at GET /public/site and marks every public page 演示数据; the demo's shared password only lets a demo user set
// their own — every other call is refused with auth.passwordChangeRequired in Chinese until then. A server not in
// demo mode shows none of it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NOTICE } from '../../src/contracts/site.ts';
import { buildServer } from '../../src/server/app.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import { DEMO_PASSWORD, loadDemo } from '../../src/services/demo/load.ts';
import { testContext } from '../context.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from '../db.ts';
import { DEMO_OWN_PASSWORD } from './demo-session.ts';
import { startApi, type ApiFixture } from './fixture.ts';

const BANNER = 'class="demo-banner"';

/** A page of each kind: the platform's index, a column's home and guide, a catalogue search, 年报体检, a 404. */
const pagesOf = (code: string) => [
  '/',
  `/${code}/`,
  `/${code}/guide`,
  `/${code}/catalogue?q=人防`,
  '/checkup',
  '/no-such',
];

describe.each(ENGINES)('demo mode (%s)', (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let code: string;
  let plain: ApiFixture;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const ctx = testContext(database.db);
    code = (await loadDemo(ctx, SYSTEM_ACTOR)).agency.code!;
    app = await buildServer({ ctx, config: { demo: true } });
    plain = await startApi(engine);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
    await plain?.close();
  });

  it('says so at /public/site and on every kind of public page, in the header landmark', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/public/site' })).json()).toEqual({ demo: true });
    for (const url of pagesOf(code)) {
      const page = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(page.headers['content-type'], url).toContain('text/html');
      const header = /<header>([\s\S]*?)<\/header>/.exec(page.body)?.[1] ?? '';
      expect(header, url).toContain(BANNER);
      expect(header, url).toContain(DEMO_NOTICE.text);
    }
  });

  it('lets a demo user do nothing but set their own password, then everything', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'demo-clerk', password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ mustChangePassword: true });
    const session = login.cookies.find((c) => c.name === 'gongkai_session')!;
    const as = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
      app.inject({ method, url, payload, headers: { cookie: `gongkai_session=${session.value}` } });

    expect((await as('GET', '/api/v1/auth/me')).json()).toMatchObject({ mustChangePassword: true });
    for (const [method, url, payload] of [
      ['GET', '/api/v1/requests'],
      ['GET', '/api/v1/auth/sessions'],
      ['POST', '/api/v1/auth/tokens', { name: '对接' }],
    ] as const) {
      const refused = await as(method, url, payload);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().error, url).toEqual({
        code: 'auth.passwordChangeRequired',
        message: '请先设置新密码：初始密码或管理员重置的密码只能用来设置自己的新密码',
      });
    }

    const changed = await as('PUT', '/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: DEMO_OWN_PASSWORD,
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await as('GET', '/api/v1/auth/me')).json()).toMatchObject({ mustChangePassword: false });
    expect((await as('GET', '/api/v1/requests')).statusCode).toBe(200);
    // The shared password is gone for this user.
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'demo-clerk', password: DEMO_PASSWORD },
    });
    expect(again.statusCode).toBe(401);
  });

  it('a server not in demo mode shows none of it', async () => {
    expect((await plain.app.inject({ method: 'GET', url: '/api/v1/public/site' })).json()).toEqual({
      demo: false,
    });
    for (const url of ['/', '/checkup', '/no-such']) {
      const page = await plain.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(page.body, url).toContain('<header>');
      expect(page.body, url).not.toContain(BANNER);
      expect(page.body, url).not.toContain(DEMO_NOTICE.title);
    }
  });
});
