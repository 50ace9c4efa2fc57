// A user given a password by someone else (an administrator creating the account or resetting its password) must
// choose their own at the next sign-in: until then the session may only change its password (issue 9). Accounts
// that exist already keep working as they are (0).
// Frozen once released; portable (schema builder only).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('must_change_password').execute();
}
