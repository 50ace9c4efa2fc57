// The attack issue 12 found: someone with write access to the database (and the project's own hash function, but
// not the audit key) deletes rows and recomputes the SM3 chain so the plain chain is whole again. The MACs under the
// key, kept outside the database, must give it away — named by `gongkai audit verify` at the first bad row.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { forEachEngine } from '../db.ts';
import { makeAgency } from '../db/factories.ts';
import { testContext } from '../context.ts';
import { repoRoot } from '../shared.ts';
import { runCli } from './run-cli.ts';
import { auditRowHash, verifyAuditChain, GENESIS_HASH } from '../../src/storage/audit.ts';
import type { Database } from '../../src/storage/tables.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import { anchorAudit, verifyAudit } from '../../src/services/audit.ts';
import { describeVerdict } from '../../src/cli/commands/audit.ts';

/** What an attacker without the key does: drop row `seq`, renumber the rows after it, re-hash from there on. */
async function deleteAndRechain(db: Kysely<Database>, seq: number): Promise<void> {
  await sql`delete from audit_log where seq = ${seq}`.execute(db);
  const after = await db.selectFrom('audit_log').selectAll().where('seq', '>', seq).orderBy('seq').execute();
  for (const row of after)
    await sql`update audit_log set seq = ${Number(row.seq) - 1} where seq = ${row.seq}`.execute(db);
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  let prevHash = GENESIS_HASH;
  for (const raw of rows) {
    const { hash: _hash, mac: _mac, ...content } = { ...raw, seq: Number(raw.seq), prev_hash: prevHash };
    const hash = auditRowHash(content);
    await sql`update audit_log set prev_hash = ${prevHash}, hash = ${hash} where seq = ${content.seq}`.execute(
      db,
    );
    prevHash = hash;
  }
  await sql`update audit_head set seq = ${rows.length}, hash = ${prevHash} where id = 1`.execute(db);
}

/** Starts the trail again from nothing: each test below tampers with the chain it finds. */
async function emptyChain(db: Kysely<Database>): Promise<void> {
  await sql`delete from audit_log`.execute(db);
  await sql`update audit_head set seq = 0, hash = ${GENESIS_HASH}, mac = null where id = 1`.execute(db);
}

forEachEngine((engine, getDb, getTest) => {
  const verify = () => verifyAudit(testContext(getDb()), SYSTEM_ACTOR);
  const cliVerify = () => runCli(['audit', 'verify', '--url', getTest().url]);
  // PGlite lives inside this process: without a PostgreSQL server the command cannot reach the database, and the
  // PostgreSQL half of the command's runs is skipped (as in test/db/cli.test.ts); the service checks still run.
  const viaCommand = it.skipIf(engine === 'postgres' && !process.env.GONGKAI_TEST_PG_URL);

  viaCommand('an untouched chain verifies, through the service and the command', async () => {
    for (let i = 0; i < 5; i++) await makeAgency(getDb());
    const verdict = await verify();
    expect(verdict).toMatchObject({ ok: true });
    const cli = await cliVerify();
    expect(cli.stdout).toContain(`审计日志哈希链完整：共 ${verdict.rows} 条记录`);
    expect(cli.code).toBe(0);
  });

  it('deleting a row and recomputing the SM3 chain is named at the first re-hashed row', async () => {
    for (let i = 0; i < 5; i++) await makeAgency(getDb());
    const { rows } = await verify();
    const victim = rows - 3;
    await deleteAndRechain(getDb(), victim);

    // The plain chain is whole again: the check before the anchor was fooled.
    expect(await verifyAuditChain(getDb())).toEqual({ ok: true, rows: rows - 1 });
    const verdict = await verify();
    expect(verdict).toMatchObject({ ok: false, brokenAt: victim, reason: 'macMismatch' });
    // What `gongkai audit verify` prints (and exits 1 with: the command's own run is in the test below).
    expect(describeVerdict(verdict)).toContain(
      `审计日志哈希链断裂：第一个断点是第 ${victim} 条，密钥校验码不符`,
    );

    // Blanking the MACs instead only changes the reason, and the anchoring command will not bless the blanked rows.
    await sql`update audit_log set mac = null where seq >= ${victim}`.execute(getDb());
    expect(await verify()).toMatchObject({ ok: false, brokenAt: victim, reason: 'unanchored' });
    expect(await anchorAudit(testContext(getDb()), SYSTEM_ACTOR)).toMatchObject({
      ok: false,
      verdict: { brokenAt: victim, reason: 'unanchored' },
    });
  });

  it('cutting the tail and re-pointing the head is caught by the head MAC', async () => {
    await emptyChain(getDb());
    for (let i = 0; i < 4; i++) await makeAgency(getDb());
    const { rows } = await verify();
    const last = await getDb()
      .selectFrom('audit_log')
      .select('prev_hash')
      .where('seq', '=', rows)
      .executeTakeFirstOrThrow();
    await sql`delete from audit_log where seq = ${rows}`.execute(getDb());
    await sql`update audit_head set seq = ${rows - 1}, hash = ${last.prev_hash} where id = 1`.execute(
      getDb(),
    );
    expect(await verifyAuditChain(getDb())).toEqual({ ok: true, rows: rows - 1 });
    expect(await verify()).toMatchObject({ ok: false, brokenAt: rows, reason: 'headMismatch' });
  });

  viaCommand(
    'rows from before the anchor are refused until `gongkai audit anchor` MACs them, once',
    async () => {
      await emptyChain(getDb());
      for (let i = 0; i < 3; i++) await makeAgency(getDb());
      // What migration 190 leaves: every old row and the head without a MAC.
      await sql`update audit_log set mac = null`.execute(getDb());
      await sql`update audit_head set mac = null`.execute(getDb());
      expect(await verify()).toMatchObject({ ok: false, brokenAt: 1, reason: 'unanchored' });

      const anchored = await runCli(['audit', 'anchor', '--url', getTest().url]);
      expect(anchored.stdout).toContain('已为 3 条记录补加密钥校验码');
      expect(anchored.code).toBe(0);
      expect(await verify()).toEqual({ ok: true, rows: 3 });
      expect(await anchorAudit(testContext(getDb()), SYSTEM_ACTOR)).toEqual({ ok: true, anchored: 0 });

      // A chain whose plain hashes are broken is reported, not anchored.
      await sql`update audit_log set mac = null, details = ${'{"edited":true}'} where seq = 2`.execute(
        getDb(),
      );
      expect(await anchorAudit(testContext(getDb()), SYSTEM_ACTOR)).toMatchObject({
        ok: false,
        verdict: { brokenAt: 2, reason: 'hashMismatch' },
      });
    },
  );

  viaCommand(
    '`gongkai audit verify` exits 1 naming the row; rekey re-signs a verified chain under a new key, and refuses a tampered one',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gk-rekey-'));
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      const newKeyFile = join(dir, 'audit-2027.key');
      writeFileSync(newKeyFile, 'cd'.repeat(32));
      await emptyChain(getDb());
      for (let i = 0; i < 3; i++) await makeAgency(getDb());
      await deleteAndRechain(getDb(), 2);
      const tampered = await cliVerify();
      expect(tampered.code).toBe(1);
      expect(tampered.stdout).toContain('审计日志哈希链断裂：第一个断点是第 2 条，密钥校验码不符');
      await emptyChain(getDb());
      for (let i = 0; i < 3; i++) await makeAgency(getDb());

      const rekeyed = await runCli(['audit', 'rekey', '--new-key-file', newKeyFile, '--url', getTest().url]);
      expect(rekeyed.stdout).toContain('已用新密钥重签 3 条记录和链头');
      expect(rekeyed.code).toBe(0);
      // The old key no longer fits; the new one does.
      expect(await verify()).toMatchObject({ ok: false, brokenAt: 1, reason: 'macMismatch' });
      const underNewKey = await runCli(['audit', 'verify', '--url', getTest().url], {
        env: { GONGKAI_AUDIT_KEY: '', GONGKAI_AUDIT_KEY_FILE: newKeyFile },
      });
      expect(underNewKey.stdout).toContain('审计日志哈希链完整：共 3 条记录');

      // Under the old key the chain is now broken at row 1: nothing is re-signed.
      const refused = await runCli(['audit', 'rekey', '--new-key-file', newKeyFile, '--url', getTest().url]);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('第一个断点是第 1 条，密钥校验码不符');
      expect(refused.stdout).toContain('未做任何改动');
    },
  );
});

it('a production start without an audit key is refused in Chinese with exit 2, before the database is touched', async () => {
  const env = { NODE_ENV: 'production', GONGKAI_AUDIT_KEY: '', GONGKAI_AUDIT_KEY_FILE: '' };
  for (const args of [
    ['serve', '--port', '0', '--url', 'sqlite:./.tmp/never-created.db'],
    ['audit', 'verify', '--url', 'sqlite:./.tmp/never-created.db'],
  ]) {
    const result = await runCli(args, { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '错误：生产模式下必须配置审计密钥：请设置 GONGKAI_AUDIT_KEY_FILE（推荐）或 GONGKAI_AUDIT_KEY',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }
  expect(existsSync(join(repoRoot, '.tmp/never-created.db'))).toBe(false);
});
