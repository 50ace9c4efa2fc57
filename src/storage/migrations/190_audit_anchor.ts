// The audit chain anchored outside the database (issue 12): each row and the head carry an HMAC-SM3 of their chain
// hash under a key the database never holds. Rows written before it have none (null) until the operator runs
// `gongkai audit anchor` once (docs/operations.md); verify refuses a chain with unanchored rows.
// Frozen once released; portable (schema builder only).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('mac', 'text').execute();
  await db.schema.alterTable('audit_head').addColumn('mac', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_head').dropColumn('mac').execute();
  await db.schema.alterTable('audit_log').dropColumn('mac').execute();
}
