// Account controls of GB/T 22239-2019 level 3 (issue 12): when each password was set (for the optional expiry),
// the hashes of earlier passwords (no reuse of the last few), and when each session was last used (the idle
// timeout), with an index for purging expired sessions. Existing passwords count as set when their account was
// created (the earliest they can date from); existing sessions as last used when opened. Frozen once released;
// portable (schema builder only).
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('password_changed_at', 'text').execute();
  await db
    .updateTable('users')
    .set({ password_changed_at: sql`created_at` })
    .execute();
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
  await db
    .updateTable('sessions')
    .set({ last_seen_at: sql`created_at` })
    .execute();
  await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();
  await db.schema
    .createTable('password_history')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    // 1, 2, … per user: the order of changes even when two fall in the same instant.
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('replaced_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('password_history_pk', ['user_id', 'sequence'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('password_history').execute();
  await db.schema.dropIndex('sessions_expires_at').execute();
  await db.schema.alterTable('sessions').dropColumn('last_seen_at').execute();
  await db.schema.alterTable('users').dropColumn('password_changed_at').execute();
}
