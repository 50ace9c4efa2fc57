// The harness itself: both engines open, migrate, keep foreign keys, and a second migration run changes nothing.
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { forEachEngine } from '../db.ts';
import { migrateToLatest } from '../../src/storage/migrations/index.ts';

forEachEngine((engine, getDb) => {
  it('has the migrated tables and the audit chain head', async () => {
    const head = await getDb().selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    expect(head).toEqual({ id: 1, seq: 0, hash: '0'.repeat(64), mac: null });
  });

  it('migrating again is a no-op', async () => {
    const result = await migrateToLatest(getDb());
    expect(result.results).toEqual([]);
  });

  it('enforces foreign keys', async () => {
    const insert = getDb()
      .insertInto('users')
      .values({
        id: 'u-orphan',
        agency_id: 'no-such-agency',
        username: 'orphan',
        display_name: '孤儿',
        role: 'clerk',
        password_hash: 'x',
        failed_attempts: 0,
        locked_until: null,
        disabled: 0,
        created_at: '2024-01-01T00:00:00.000Z',
        must_change_password: 0,
      })
      .execute();
    await expect(insert).rejects.toThrow();
  });

  it.runIf(engine === 'sqlite')('runs SQLite in WAL with synchronous=FULL', async () => {
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(getDb());
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(getDb());
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(sync.rows[0]?.synchronous).toBe(2);
  });
});
