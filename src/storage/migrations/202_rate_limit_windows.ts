// Rate-limit counters shared by every server process of an installation (issue 12, several servers): one row per
// limited route and client key, holding the current fixed window's end and its hit count, bumped by one upsert.
// On PostgreSQL the table is UNLOGGED: a counter is worth nothing after a crash, and a commit that touched only
// unlogged tables does not wait for a WAL flush — which is most of the cost of a write per request. SQLite has no
// such table kind (and one process there keeps its counters in memory by default: docs/operations.md).
// Frozen once released.
import { sql, SqliteAdapter, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const table = db.schema.createTable('rate_limit_windows');
  await (sqlite ? table : table.modifyFront(sql`unlogged`))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('client_key', 'text', (c) => c.notNull())
    /** Milliseconds since the epoch at which the current window ends. */
    .addColumn('window_ends_at', 'bigint', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_windows_pk', ['scope', 'client_key'])
    .execute();
  await db.schema
    .createIndex('rate_limit_windows_ends')
    .on('rate_limit_windows')
    .column('window_ends_at')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_windows').execute();
}
