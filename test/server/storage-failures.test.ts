// When storage fails (issue 12): a full disk answers 503 存储空间不足 and keeps nothing of the refused request — never
// a 500 — and a database that cannot be opened stops `gongkai serve` and `gongkai db migrate` with one Chinese line
// and an exit code, never a stack trace or a hang. The full disk is SQLite's page limit (max_page_count), which fails
// writes with SQLITE_FULL exactly as a full file system does.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/storage/audit.ts';
import { runCli } from '../cli/run-cli.ts';
import { rowCounts } from './row-counts.ts';
import { PASSWORD, startApi, username, type ApiFixture } from './fixture.ts';
import { intakeBody } from './seed.ts';

describe('a full disk', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api?.close());

  const count = async (table: 'requests' | 'audit_log') => (await rowCounts(api.database.db))[table]!;

  it('answers 503 in Chinese and keeps nothing of what it refused', async () => {
    const before = await count('requests');
    const pages = await sql<{ page_count: number }>`PRAGMA page_count`.execute(api.database.db);
    await sql.raw(`PRAGMA max_page_count = ${pages.rows[0]!.page_count + 2}`).execute(api.database.db);
    const statuses: number[] = [];
    for (let n = 0; n < 40 && !statuses.includes(503); n++) {
      const response = await api.call(username('clerk', 'a'), {
        method: 'POST',
        url: '/api/v1/requests',
        payload: {
          ...intakeBody(6000 + n),
          informationSought: `第 ${n} 件：${'人防工程审批信息'.repeat(300)}`,
        },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 503)
        expect(response.json().error).toEqual({
          code: 'http.storageFull',
          message: '存储空间不足，本次操作没有保存；请联系系统管理员清理磁盘后再试',
        });
    }
    expect(statuses).toContain(503);
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
    // Every acknowledged request is there, and only those; the audit chain holds.
    expect(await count('requests')).toBe(before + statuses.filter((s) => s === 201).length);
    expect((await verifyAuditChain(api.database.db)).ok).toBe(true);
    // Signing in writes a session: refused the same way, or fits — never a 500.
    const login = await api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: username('leader', 'a'), password: PASSWORD },
    });
    expect([200, 503]).toContain(login.statusCode);
  });
});

describe('a database that cannot be opened', () => {
  const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

  it.each([
    ['sqlite:/proc/gongkai-test/db.sqlite', '无法在该位置创建目录'],
    ['sqlite:/etc/hostname/gongkai.db', '无法打开或创建数据库文件'],
    ['postgres://nobody:secret@127.0.0.1:1/none', '数据库服务器拒绝连接'],
    ['mysql://localhost/gongkai', '无法识别的数据库地址'],
  ])(
    'serve on %s stops with one Chinese line',
    async (url, reason) => {
      const result = await runCli(['serve', '--port', '0', '--url', url], { timeoutMs: 30_000 });
      expect(result.code).toBe(2);
      const line = result.stderr.split('\n').find((l) => l.startsWith('错误'));
      expect(line).toContain('无法打开数据库');
      expect(line).toContain(reason);
      expect(result.stderr).not.toContain('secret');
      noStack(result.stderr);
    },
    40_000,
  );

  it('db migrate says the same', async () => {
    const result = await runCli(['db', 'migrate', '--url', 'sqlite:/proc/gongkai-test/db.sqlite']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('错误（platform.databaseUnavailable）：无法打开数据库');
    noStack(result.stderr);
  }, 40_000);
});
