// Backup under load and restore, on SQLite and (with GONGKAI_TEST_PG_URL) PostgreSQL: a real server takes 200
// concurrent intakes while `gongkai backup` runs; every intake acknowledged before the backup began must be in the
// restored copy, and the restored audit chain must verify. Also the refusals: a non-empty target without --force,
// and pg_dump missing from PATH.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDatabase, type BackupWritten } from '../../src/services/backup.ts';
import { openMigratedDatabase } from '../../src/services/database.ts';
import { spawnServer, type RunningServer } from '../server/spawn-server.ts';
import { intakeBody, seedAgencyWithClerk, signIn } from '../server/seed.ts';
import { runCli } from './run-cli.ts';

const TOTAL = 200;
/** Start the backup once this many intakes are acknowledged: well into the burst, with many still in flight. */
const BACKUP_AFTER = 60;

const dir = mkdtempSync(join(tmpdir(), 'gongkai-backup-'));
const pgServerUrl = process.env.GONGKAI_TEST_PG_URL;
const pgDatabases: string[] = [];
const servers: RunningServer[] = [];

afterAll(async () => {
  for (const server of servers) if (server.child.exitCode === null) await server.kill();
  for (const name of pgDatabases) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
});

interface Engine {
  name: string;
  /** A new, empty database (nothing created in it yet). */
  newDatabase(label: string): Promise<string>;
}

const engines: Engine[] = [
  { name: 'sqlite', newDatabase: async (label) => `sqlite:${join(dir, `${label}.db`)}` },
  ...(pgServerUrl ? [{ name: 'postgres', newDatabase: newPostgresDatabase }] : []),
];

for (const engine of engines) {
  describe(engine.name, () => {
    it('keeps every intake acknowledged before the backup began, and the restored audit chain verifies', async () => {
      const source = await engine.newDatabase('source');
      await seedAgencyWithClerk(source);
      const server = await spawnServer(source);
      servers.push(server);
      const cookie = await signIn(server.baseUrl);
      const file = join(dir, `${engine.name}-under-load.backup`);

      const acknowledged: string[] = [];
      let beforeBackup: string[] | undefined;
      let backup: Promise<BackupWritten> | undefined;
      const send = async (n: number) => {
        const response = await fetch(`${server.baseUrl}/api/v1/requests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify(intakeBody(n)),
        });
        const text = await response.text();
        if (response.status !== 201) throw new Error(`意外的状态 ${response.status}：${text.slice(0, 200)}`);
        acknowledged.push((JSON.parse(text) as { request: { id: string } }).request.id);
        if (acknowledged.length === BACKUP_AFTER) {
          beforeBackup = [...acknowledged];
          // In-process (the use case behind `gongkai backup`): a CLI start takes longer than the rest of the burst.
          backup = backupDatabase(source, file);
        }
      };
      await Promise.all(Array.from({ length: TOTAL }, (_, n) => send(n)));
      const written = await backup!;
      expect(await server.stop()).toBe(0);

      // The backup began with intakes still in flight. On SQLite it typically holds ~60 of the 200; on PostgreSQL the
      // server's group commit acknowledges the burst in a few large batches, so its snapshot may already hold all.
      const inBackup = written.requests;
      expect(inBackup).toBeGreaterThanOrEqual(BACKUP_AFTER);
      expect(inBackup).toBeLessThanOrEqual(TOTAL);
      expect(written.bytes).toBeGreaterThan(0);

      const target = await engine.newDatabase('restored');
      const restored = await runCli(['restore', '--from', file, '--url', target]);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toContain(`依申请公开申请 ${inBackup} 件`);
      expect(restored.stdout).toContain('审计日志哈希链完整');

      const opened = await openMigratedDatabase(target);
      try {
        const ids = new Set((await opened.db.selectFrom('requests').select('id').execute()).map((r) => r.id));
        expect(ids.size).toBe(inBackup);
        for (const id of beforeBackup!) expect(ids.has(id), id).toBe(true);
      } finally {
        await opened.close();
      }
    }, 120_000);

    it('refuses to restore over a database that holds data unless --force is given', async () => {
      const source = await engine.newDatabase('refuse-source');
      await seedAgencyWithClerk(source);
      const file = join(dir, `${engine.name}-refuse.backup`);
      const backedUp = await runCli(['backup', '--to', file, '--url', source]);
      expect(backedUp.stderr).toBe('');
      expect(backedUp.code).toBe(0);
      expect(backedUp.stdout).toMatch(
        /^已写入备份：.*refuse\.backup（[\d.]+ (KB|MB|字节)），含依申请公开申请 0 件、审计日志 \d+ 条。\n$/,
      );

      const target = await engine.newDatabase('refuse-target');
      await seedAgencyWithClerk(target);
      const refused = await runCli(['restore', '--from', file, '--url', target]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/^错误（backup\.targetNotEmpty）：目标数据库 .* 中已有数据.*--force\n$/);

      const forced = await runCli(['restore', '--from', file, '--url', target, '--force']);
      expect(forced.stderr).toBe('');
      expect(forced.code).toBe(0);
      expect(forced.stdout).toContain('审计日志哈希链完整');
    }, 60_000);
  });
}

describe('sqlite in use', () => {
  it('refuses to restore over a database a running server has open', async () => {
    const source = `sqlite:${join(dir, 'in-use-source.db')}`;
    await seedAgencyWithClerk(source);
    const file = join(dir, 'in-use.backup');
    expect((await runCli(['backup', '--to', file, '--url', source])).code).toBe(0);

    const target = join(dir, 'in-use-target.db');
    const server = await spawnServer(`sqlite:${target}`);
    servers.push(server);
    const refused = await runCli(['restore', '--from', file, '--url', `sqlite:${target}`]);
    expect(await server.stop()).toBe(0);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^错误（backup\.targetInUse）：目标数据库 .* 正在使用中.*请先停止服务.*\n$/,
    );
  }, 60_000);
});

describe.runIf(pgServerUrl)('postgres without its client tools', () => {
  it('says in one Chinese line that pg_dump is missing, and exits non-zero', async () => {
    const source = await newPostgresDatabase();
    await seedAgencyWithClerk(source);
    const result = await runCli(['backup', '--to', join(dir, 'no-tools.backup'), '--url', source], {
      env: { PATH: '' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^错误（backup\.toolMissing）：找不到 pg_dump：[^\n]*PATH[^\n]*\n$/);
    expect(result.stdout).toBe('');
  }, 60_000);
});

async function newPostgresDatabase(): Promise<string> {
  const name = `gk_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  pgDatabases.push(name);
  const url = new URL(pgServerUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgServerUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
