// `gongkai init` through the real entry point, on SQLite and (with GONGKAI_TEST_PG_URL) a real PostgreSQL server: the
// first agency and its administrator on an empty database, a sign-in on `gongkai serve`, and no demo account. A
// refused password leaves nothing behind; a second init is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/services/demo/load.ts';
import { listAgencies } from '../../src/storage/agencies.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { spawnServer } from '../server/spawn-server.ts';
import { runCli } from './run-cli.ts';

const engines = process.env.GONGKAI_TEST_PG_URL ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);
const PASSWORD = 'Qiyong-2026-mima';
const initArgs = (url: string) => [
  'init',
  '--agency',
  '某县交通运输局',
  '--level',
  'department',
  '--prefix',
  'JT',
  '--username',
  'jt-admin',
  '--name',
  '王管理',
  '--url',
  url,
];

describe.each(engines)('gongkai init (%s)', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
  });
  afterAll(() => test.dispose());

  it('refuses a password the policy refuses, leaving no agency behind', async () => {
    const result = await runCli(initArgs(test.url), { env: { GONGKAI_NEW_PASSWORD: 'short' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('密码至少');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await listAgencies(test.db)).toEqual([]);
  }, 60_000);

  it('creates the agency and its administrator, who signs in; no demo account exists', async () => {
    const result = await runCli(initArgs(test.url), { env: { GONGKAI_NEW_PASSWORD: PASSWORD } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('已创建机关：某县交通运输局（部门）。');
    expect(result.stdout).toContain('已创建系统管理员：jt-admin（王管理）。');

    const again = await runCli(initArgs(test.url), { env: { GONGKAI_NEW_PASSWORD: PASSWORD } });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('错误（platform.alreadyInitialised）：数据库中已有机关');
    expect((await listAgencies(test.db)).map((a) => a.name)).toEqual(['某县交通运输局']);

    const server = await spawnServer(test.url);
    try {
      const login = (username: string, password: string) =>
        fetch(`${server.baseUrl}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password }),
        });
      const admin = await login('jt-admin', PASSWORD);
      expect(admin.status).toBe(200);
      const body = (await admin.json()) as { user: { role: string; displayName: string } };
      expect(body.user).toMatchObject({ role: 'admin', displayName: '王管理' });
      for (const demo of DEMO_USERS.slice(0, 3))
        expect((await login(demo.username, DEMO_PASSWORD)).status, demo.username).toBe(401);
    } finally {
      await server.stop();
    }
  }, 90_000);
});
