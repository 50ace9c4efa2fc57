// API tokens with a life and a scope (issue 12): each expires (at most a year after issue) and may write only in
// the areas named at issue (core/accounts/token-scopes.ts). Tokens issued before keep working as they did — every
// area of that time — until a year after their issue. Frozen once released; portable (schema builder only).
import type { Kysely } from 'kysely';

const AREAS_OF_THE_TIME = [
  'requests',
  'review-cases',
  'publications',
  'reports',
  'supervision',
  'calendar',
  'agencies',
  'users',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
  await db.schema.alterTable('api_tokens').addColumn('write_areas', 'text').execute();
  const tokens = await db.selectFrom('api_tokens').select(['id', 'created_at']).execute();
  for (const token of tokens) {
    const expiresAt = new Date(Date.parse(token.created_at as string) + 365 * 86_400_000).toISOString();
    await db
      .updateTable('api_tokens')
      .set({ expires_at: expiresAt, write_areas: JSON.stringify(AREAS_OF_THE_TIME) })
      .where('id', '=', token.id)
      .execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_tokens').dropColumn('write_areas').execute();
  await db.schema.alterTable('api_tokens').dropColumn('expires_at').execute();
}
