// The idempotency_keys table (migration 130): claim a key inside the caller's transaction, read a claimed one,
// store the answer, forget old keys.
import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';

export interface StoredKey {
  fingerprint: string;
  /** The answer as JSON; empty while the write that claimed the key has not finished. */
  response: string;
}

/** True when this call claimed the key; false when it was already there (then read it with storedKey). */
export async function claimKey(
  db: Kysely<Database>,
  row: { scope: string; key: string; fingerprint: string; createdAt: string },
): Promise<boolean> {
  const result = await db
    .insertInto('idempotency_keys')
    .values({
      scope: row.scope,
      key: row.key,
      fingerprint: row.fingerprint,
      response: '',
      created_at: row.createdAt,
    })
    .onConflict((conflict) => conflict.columns(['scope', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function storedKey(
  db: Kysely<Database>,
  scope: string,
  key: string,
): Promise<StoredKey | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .select(['fingerprint', 'response'])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function saveResponse(
  db: Kysely<Database>,
  scope: string,
  key: string,
  response: string,
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ response })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .execute();
}

/** Removes keys claimed before `before` (ISO time); returns how many. */
export async function forgetKeysBefore(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
