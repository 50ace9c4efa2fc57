// Sign-in sessions: the HTTP layer puts the secret in an httpOnly cookie; only its SHA-256 hash is stored, and it
// resolves to the user it acts for (verifySession, which sign-in handling in src/server/auth calls to build the
// StaffActor). API tokens, the other bearer secret, are in api-tokens.ts.
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/errors/index.ts';
import {
  deleteExpiredSessions,
  deleteSessionByHash,
  deleteSessionsById,
  insertSession,
  liveSessionsOfUser,
  sessionUser,
  touchSession,
  type SessionLimits,
  type SessionSummary,
} from '../../storage/users.ts';
import { staffActor, type Actor, type AuthenticatedUser } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { newSecret, secretHash } from './secrets.ts';
import { toAuthenticatedUser, verifyPassword } from './users.ts';

export interface Session {
  /** The secret for the cookie; never stored. */
  token: string;
  expiresAt: string;
  user: AuthenticatedUser;
}

/** Password sign-in: checks the password (with lockout) and opens a session. */
export async function login(
  ctx: ServiceContext,
  actor: Actor,
  input: { username: string; password: string },
): Promise<Session> {
  authorize(actor, 'users.signIn');
  const user = await verifyPassword(ctx, input.username, input.password);
  return createSession(ctx, user);
}

/** The instants that end sessions now: the absolute expiry and the idle timeout (GB/T 22239-2019 8.1.4.1 b)). */
function sessionLimits(ctx: ServiceContext): SessionLimits {
  const now = ctx.clock.now();
  const idleMs = ctx.settings.accounts.idleMinutes * 60_000;
  return { nowIso: now.toISOString(), idleCutoffIso: new Date(now.getTime() - idleMs).toISOString() };
}

/** A session's last use is written at most this often: a write per request would cost every page a transaction. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Opens a session for a user whose credentials were checked; it lasts `sessionHours` at most and ends after
 * `idleMinutes` unused. Sessions past either limit are purged here; beyond `maxSessionsPerUser`, the user's least
 * recently used sessions end.
 */
export async function createSession(ctx: ServiceContext, user: AuthenticatedUser): Promise<Session> {
  const token = newSecret();
  const now = ctx.clock.now();
  const { sessionHours, maxSessionsPerUser } = ctx.settings.accounts;
  const expiresAt = new Date(now.getTime() + sessionHours * 3600_000).toISOString();
  const limits = sessionLimits(ctx);
  await transact(ctx.db, async (trx) => {
    await deleteExpiredSessions(trx, limits);
    const live = await liveSessionsOfUser(trx, user.id, limits);
    const surplus = live.slice(maxSessionsPerUser - 1).map((session) => session.id);
    await deleteSessionsById(trx, user.id, surplus);
    const id = randomUUID();
    await insertSession(trx, {
      id,
      userId: user.id,
      tokenHash: secretHash(token),
      createdAt: now.toISOString(),
      expiresAt,
    });
    await recordChange(trx, staffActor(user), {
      at: now,
      action: 'session.created',
      subjectType: 'session',
      subjectId: id,
      agencyId: user.agencyId,
      details: { expiresAt, endedBeyondLimit: surplus },
    });
  });
  return { token, expiresAt, user };
}

/** The user of a live session; an unknown, expired or idle session is `auth.unauthenticated`. */
export async function verifySession(ctx: ServiceContext, token: string): Promise<AuthenticatedUser> {
  const limits = sessionLimits(ctx);
  const found = token ? await sessionUser(ctx.db, secretHash(token), limits) : undefined;
  if (!found) throw new DomainError('auth.unauthenticated');
  if (found.user.disabled) throw new DomainError('auth.accountDisabled');
  if (Date.parse(limits.nowIso) - Date.parse(found.lastSeenAt) >= TOUCH_INTERVAL_MS)
    await touchSession(ctx.db, found.sessionId, limits.nowIso);
  return toAuthenticatedUser(found.user);
}

/** The signed-in user's live sessions, most recently used first, the one making this call marked. */
export async function listOwnSessions(
  ctx: ServiceContext,
  actor: Actor,
  input: { currentToken: string | undefined },
): Promise<(SessionSummary & { current: boolean })[]> {
  authorize(actor, 'users.ownCredentials');
  if (actor.kind !== 'staff') throw new DomainError('auth.unauthenticated');
  const limits = sessionLimits(ctx);
  const current = input.currentToken
    ? await sessionUser(ctx.db, secretHash(input.currentToken), limits)
    : undefined;
  const sessions = await liveSessionsOfUser(ctx.db, actor.userId, limits);
  return sessions.map((session) => ({ ...session, current: session.id === current?.sessionId }));
}

/** Ends one of the actor's own sessions (signed in on another computer, say); another user's is unknown. */
export async function endOwnSession(ctx: ServiceContext, actor: Actor, input: { id: string }): Promise<void> {
  authorize(actor, 'users.ownCredentials');
  if (actor.kind !== 'staff') throw new DomainError('auth.unauthenticated');
  const now = ctx.clock.now();
  await transact(ctx.db, async (trx) => {
    if ((await deleteSessionsById(trx, actor.userId, [input.id])) === 0)
      throw new DomainError('auth.sessionNotFound');
    await recordChange(trx, actor, {
      at: now,
      action: 'session.ended',
      subjectType: 'session',
      subjectId: input.id,
      agencyId: actor.agencyId,
      details: { by: 'owner' },
    });
  });
}

/** Ends the actor's session whose secret is `token` (an unknown one is already ended). */
export async function logout(ctx: ServiceContext, actor: Actor, input: { token: string }): Promise<void> {
  authorize(actor, 'users.ownCredentials');
  const now = ctx.clock.now();
  await transact(ctx.db, async (trx) => {
    const id = await deleteSessionByHash(trx, secretHash(input.token));
    if (id)
      await recordChange(trx, actor, {
        at: now,
        action: 'session.ended',
        subjectType: 'session',
        subjectId: id,
        agencyId: actor.agencyId,
      });
  });
}

/** Housekeeping by the operator (each sign-in also purges): removes expired and idle sessions; returns how many. */
export async function purgeExpiredSessions(ctx: ServiceContext, actor: Actor): Promise<number> {
  authorize(actor, 'users.purgeSessions');
  const now = ctx.clock.now();
  return transact(ctx.db, async (trx) => {
    const removed = await deleteExpiredSessions(trx, sessionLimits(ctx));
    if (removed > 0)
      await recordChange(trx, actor, {
        at: now,
        action: 'session.purged',
        subjectType: 'session',
        subjectId: '*',
        agencyId: null,
        details: { removed },
      });
    return removed;
  });
}
