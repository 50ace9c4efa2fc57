// API tokens for system integration. Only a SHA-256 hash of each secret is stored; a token carries its life and the
// areas it may write (core/accounts/token-scopes.ts).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './tables.ts';
import { toUser, type UserRecord } from './users.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  writeAreas: string[];
  revokedAt: string | null;
}

const areasOf = (json: string | null): string[] => (json ? (JSON.parse(json) as string[]) : []);

export async function insertApiToken(
  trx: Executor,
  token: {
    id: string;
    userId: string;
    name: string;
    tokenHash: string;
    createdAt: string;
    expiresAt: string;
    writeAreas: readonly string[];
  },
): Promise<void> {
  await trx
    .insertInto('api_tokens')
    .values({
      id: token.id,
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
      write_areas: JSON.stringify(token.writeAreas),
      revoked_at: null,
    })
    .execute();
}

/** The user and grant of a live token (not revoked, not expired at `nowIso`), or undefined. */
export async function liveApiToken(
  db: Executor,
  tokenHash: string,
  nowIso: string,
): Promise<{ tokenId: string; writeAreas: string[]; user: UserRecord } | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.id as token_id', 'api_tokens.write_areas as token_write_areas'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('api_tokens.expires_at', '>', nowIso)
    .executeTakeFirst();
  if (!row) return undefined;
  const { token_id, token_write_areas, ...user } = row;
  return { tokenId: token_id, writeAreas: areasOf(token_write_areas), user: toUser(user) };
}

export async function apiTokenById(
  db: Executor,
  id: string,
): Promise<{ id: string; userId: string; name: string; revokedAt: string | null } | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'name', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { id: row.id, userId: row.user_id, name: row.name, revokedAt: row.revoked_at };
}

/** A user's API tokens, newest first (never their secrets). */
export async function apiTokensOfUser(db: Executor, userId: string): Promise<ApiTokenSummary[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'expires_at', 'write_areas', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    expiresAt: r.expires_at ?? r.created_at,
    writeAreas: areasOf(r.write_areas),
    revokedAt: r.revoked_at,
  }));
}

export async function revokeApiTokenRow(trx: Executor, id: string, nowIso: string): Promise<void> {
  await trx.updateTable('api_tokens').set({ revoked_at: nowIso }).where('id', '=', id).execute();
}
