// `gongkai serve --demo` as `npm start` runs it: a real process on an empty SQLite file loads the demo agency,
// prints the URL and the demo logins, says it runs in demo mode, makes a demo user set their own password before
// anything else, serves them (the warnings show the open demo requests), and stops cleanly on SIGTERM. A second
// start on the same file does not load the demo again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { spawnServer, type RunningServer } from './spawn-server.ts';
import { signIn } from './seed.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-serve-'));
let server: RunningServer | undefined;

afterAll(async () => {
  if (server && server.child.exitCode === null) await server.kill();
  rmSync(dir, { recursive: true, force: true });
});

it('starts with demo data and logins, serves them, and shuts down gracefully', async () => {
  const url = `sqlite:${join(dir, 'demo.db')}`;
  server = await spawnServer(url, ['--demo'], 60_000);
  const printed = server.output();
  expect(printed).toContain('已载入演示数据：临沂市国防动员办公室');
  const login = /承办人：(\S+) \/ (\S+)/.exec(printed)!;
  expect(printed).toContain('演示账号首次登录须设置自己的新密码');
  const site = await fetch(`${server.baseUrl}/api/v1/public/site`);
  expect(await site.json()).toEqual({ demo: true });
  // The printed password only opens the way to choosing one's own: the server refuses the rest until then.
  const cookie = await signIn(server.baseUrl, { username: login[1]!, password: login[2]! });
  const warningsOf = () =>
    fetch(`${server!.baseUrl}/api/v1/warnings?withinWorkingDays=20`, { headers: { cookie } });
  const refused = await warningsOf();
  expect(refused.status).toBe(403);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
    'auth.passwordChangeRequired',
  );
  const changed = await fetch(`${server.baseUrl}/api/v1/auth/password`, {
    method: 'PUT',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ currentPassword: login[2]!, newPassword: 'My-own-demo-pass-2026' }),
  });
  expect(changed.status).toBe(204);
  const warnings = await warningsOf();
  expect(warnings.status).toBe(200);
  expect(((await warnings.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
  expect(await server.stop()).toBe(0);

  server = await spawnServer(url, ['--demo'], 60_000);
  expect(server.output()).toContain('未载入演示数据');
  expect(await server.stop()).toBe(0);
}, 120_000);
