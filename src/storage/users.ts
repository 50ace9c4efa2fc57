// Users, their sessions and their API tokens. Secrets are never stored: only scrypt hashes of passwords and
// SHA-256 hashes of session and token secrets.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, UserTable } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface UserRecord {
  id: string;
  agencyId: string;
  username: string;
  displayName: string;
  role: string;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: string | null;
  disabled: boolean;
  /** The password was set by an administrator: the user must choose their own before anything else. */
  mustChangePassword: boolean;
  /** When the current password was set; null for a password older than the record of it. */
  passwordChangedAt: string | null;
  createdAt: string;
}

export function toUser(row: Selectable<UserTable>): UserRecord {
  return {
    id: row.id,
    agencyId: row.agency_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    passwordHash: row.password_hash,
    failedAttempts: Number(row.failed_attempts),
    lockedUntil: row.locked_until,
    disabled: Number(row.disabled) === 1,
    mustChangePassword: Number(row.must_change_password) === 1,
    passwordChangedAt: row.password_changed_at,
    createdAt: row.created_at,
  };
}

export async function insertUser(
  trx: Executor,
  user: Omit<UserRecord, 'failedAttempts' | 'lockedUntil' | 'disabled' | 'createdAt' | 'passwordChangedAt'>,
  now: Date,
): Promise<UserRecord> {
  await trx
    .insertInto('users')
    .values({
      id: user.id,
      agency_id: user.agencyId,
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      failed_attempts: 0,
      locked_until: null,
      disabled: 0,
      created_at: now.toISOString(),
      must_change_password: user.mustChangePassword ? 1 : 0,
      password_changed_at: now.toISOString(),
    })
    .execute();
  const at = now.toISOString();
  return {
    ...user,
    failedAttempts: 0,
    lockedUntil: null,
    disabled: false,
    createdAt: at,
    passwordChangedAt: at,
  };
}

export async function userByUsername(db: Executor, username: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row && toUser(row);
}

export async function userById(db: Executor, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function listUsers(db: Executor, agencyIds?: readonly string[]): Promise<UserRecord[]> {
  let q = db.selectFrom('users').selectAll().orderBy('username');
  if (agencyIds) {
    if (agencyIds.length === 0) return [];
    q = q.where('agency_id', 'in', agencyIds);
  }
  return (await q.execute()).map(toUser);
}

/** One page of an agency's users by username, and how many there are. */
export async function pageOfUsers(
  db: Executor,
  agencyId: string,
  limit: number,
  offset: number,
): Promise<{ items: UserRecord[]; total: number }> {
  const base = db.selectFrom('users').where('agency_id', '=', agencyId);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('username').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toUser), total: Number(count.n) };
}

/** How many enabled administrators an agency has (an agency must keep one). */
export async function countActiveAdmins(db: Executor, agencyId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('agency_id', '=', agencyId)
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setUserRole(trx: Executor, userId: string, role: string): Promise<void> {
  await trx.updateTable('users').set({ role }).where('id', '=', userId).execute();
}

export async function setUserDisabled(trx: Executor, userId: string, disabled: boolean): Promise<void> {
  await trx
    .updateTable('users')
    .set({ disabled: disabled ? 1 : 0 })
    .where('id', '=', userId)
    .execute();
}

/**
 * A new password hash in place of the user's current one, which joins the history (no reuse of the last few);
 * `mustChange` says whether the user must replace it at the next sign-in. Clears lockout.
 */
export async function replacePassword(
  trx: Executor,
  user: Pick<UserRecord, 'id' | 'passwordHash'>,
  change: { passwordHash: string; mustChange: boolean; at: string },
): Promise<void> {
  const last = await trx
    .selectFrom('password_history')
    .select((eb) => eb.fn.max('sequence').as('n'))
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  await trx
    .insertInto('password_history')
    .values({
      user_id: user.id,
      sequence: Number(last?.n ?? 0) + 1,
      password_hash: user.passwordHash,
      replaced_at: change.at,
    })
    .execute();
  await trx
    .updateTable('users')
    .set({
      password_hash: change.passwordHash,
      must_change_password: change.mustChange ? 1 : 0,
      password_changed_at: change.at,
      failed_attempts: 0,
      locked_until: null,
    })
    .where('id', '=', user.id)
    .execute();
}

/** The hashes of the user's `count` most recent earlier passwords, newest first. */
export async function earlierPasswordHashes(db: Executor, userId: string, count: number): Promise<string[]> {
  if (count <= 0) return [];
  const rows = await db
    .selectFrom('password_history')
    .select('password_hash')
    .where('user_id', '=', userId)
    .orderBy('sequence', 'desc')
    .limit(count)
    .execute();
  return rows.map((r) => r.password_hash);
}

/** Ends every session of a user (after an administrator resets the password or disables the account). */
export async function deleteSessionsOfUser(trx: Executor, userId: string): Promise<number> {
  const result = await trx.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The password outlived the policy's age: the next thing the user does is choose a new one. */
export async function requirePasswordChange(trx: Executor, userId: string): Promise<void> {
  await trx.updateTable('users').set({ must_change_password: 1 }).where('id', '=', userId).execute();
}

/** A successful sign-in: the count of failures starts again. */
export async function clearLoginFailures(trx: Executor, userId: string): Promise<void> {
  await trx
    .updateTable('users')
    .set({ failed_attempts: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}

/**
 * Counts one failed sign-in in the database itself (never read-modify-write in the process: concurrent failures
 * would overwrite each other's count), and locks the account until `lockUntil` when the count reaches `max`. Only the
 * failure that reaches it locks; the count then starts again for after the lock.
 */
export async function countLoginFailure(
  trx: Executor,
  userId: string,
  rule: { max: number; lockUntil: string },
): Promise<{ failures: number; locked: boolean }> {
  const counted = await trx
    .updateTable('users')
    .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
    .where('id', '=', userId)
    .returning('failed_attempts')
    .executeTakeFirstOrThrow();
  const failures = Number(counted.failed_attempts);
  if (failures < rule.max) return { failures, locked: false };
  const locked = await trx
    .updateTable('users')
    .set({ failed_attempts: 0, locked_until: rule.lockUntil })
    .where('id', '=', userId)
    .where('failed_attempts', '>=', rule.max)
    .returning('id')
    .executeTakeFirst();
  return { failures, locked: locked !== undefined };
}

export async function insertSession(
  trx: Executor,
  session: { id: string; userId: string; tokenHash: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await trx
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      token_hash: session.tokenHash,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      last_seen_at: session.createdAt,
    })
    .execute();
}

/** When a session ends: at its absolute expiry, or when unused since `idleCutoff`. */
export interface SessionLimits {
  nowIso: string;
  idleCutoffIso: string;
}

export interface SessionSummary {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** The live session's user for a token hash, or undefined (unknown, expired or idle too long). */
export async function sessionUser(
  db: Executor,
  tokenHash: string,
  limits: SessionLimits,
): Promise<{ sessionId: string; lastSeenAt: string; user: UserRecord } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.id as session_id', 'sessions.last_seen_at as session_last_seen_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', limits.nowIso)
    .where('sessions.last_seen_at', '>', limits.idleCutoffIso)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_id, session_last_seen_at, ...user } = row;
  return { sessionId: session_id, lastSeenAt: session_last_seen_at ?? '', user: toUser(user) };
}

export async function touchSession(db: Executor, sessionId: string, nowIso: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: nowIso }).where('id', '=', sessionId).execute();
}

/** A user's live sessions, most recently used first. */
export async function liveSessionsOfUser(
  db: Executor,
  userId: string,
  limits: SessionLimits,
): Promise<SessionSummary[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', limits.nowIso)
    .where('last_seen_at', '>', limits.idleCutoffIso)
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at ?? r.created_at,
    expiresAt: r.expires_at,
  }));
}

/** Ends the given sessions of a user; returns how many ended. */
export async function deleteSessionsById(
  trx: Executor,
  userId: string,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await trx
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', 'in', ids)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteSessionByHash(trx: Executor, tokenHash: string): Promise<string | undefined> {
  const row = await trx
    .deleteFrom('sessions')
    .where('token_hash', '=', tokenHash)
    .returning(['id'])
    .executeTakeFirst();
  return row?.id;
}

/** Removes every session past its expiry or idle too long. */
export async function deleteExpiredSessions(trx: Executor, limits: SessionLimits): Promise<number> {
  const result = await trx
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([eb('expires_at', '<=', limits.nowIso), eb('last_seen_at', '<=', limits.idleCutoffIso)]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
