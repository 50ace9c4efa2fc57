// Login sessions (the HTTP layer puts the secret in an httpOnly cookie) and API tokens for system integration.
// Both are bearer secrets shown once and stored as SHA-256 hashes; both resolve to the user they act for.
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/errors/index.ts';
import {
  apiTokenById,
  apiTokenUser,
  deleteExpiredSessions,
  deleteSessionByHash,
  insertApiToken,
  insertSession,
  revokeApiTokenRow,
  sessionUser,
} from '../../storage/users.ts';
import { staffActor, type Actor, type AuthenticatedUser, type StaffActor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import { transact, type Db } from '../database.ts';
import { parseInput, text } from '../validation.ts';
import { accountSettings } from './policy.ts';
import { newSecret, secretHash } from './secrets.ts';
import { toAuthenticatedUser, verifyPassword } from './users.ts';

export interface Session {
  /** The secret for the cookie; never stored. */
  token: string;
  expiresAt: string;
  user: AuthenticatedUser;
}

/** Password login: checks the password (with lockout) and opens a session. */
export async function login(db: Db, username: string, password: string, now = new Date()): Promise<Session> {
  const user = await verifyPassword(db, username, password, now);
  return createSession(db, user, now);
}

export async function createSession(db: Db, user: AuthenticatedUser, now = new Date()): Promise<Session> {
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + accountSettings().sessionHours * 3600_000).toISOString();
  await transact(db, async (trx) => {
    const id = randomUUID();
    await insertSession(trx, {
      id,
      userId: user.id,
      tokenHash: secretHash(token),
      createdAt: now.toISOString(),
      expiresAt,
    });
    await recordChange(trx, staffActor(user), {
      action: 'session.created',
      subjectType: 'session',
      subjectId: id,
      agencyId: user.agencyId,
      details: { expiresAt },
    });
  });
  return { token, expiresAt, user };
}

/** The user of a live session; an unknown or expired session is `auth.unauthenticated`. */
export async function verifySession(db: Db, token: string, now = new Date()): Promise<AuthenticatedUser> {
  const found = token ? await sessionUser(db, secretHash(token), now.toISOString()) : undefined;
  if (!found) throw new DomainError('auth.unauthenticated');
  if (found.user.disabled) throw new DomainError('auth.accountDisabled');
  return toAuthenticatedUser(found.user);
}

export async function logout(db: Db, actor: StaffActor, token: string): Promise<void> {
  await transact(db, async (trx) => {
    const id = await deleteSessionByHash(trx, secretHash(token));
    if (id)
      await recordChange(trx, actor, {
        action: 'session.ended',
        subjectType: 'session',
        subjectId: id,
        agencyId: actor.agencyId,
      });
  });
}

/** Housekeeping: removes expired sessions; returns how many. */
export async function purgeExpiredSessions(db: Db, actor: Actor, now = new Date()): Promise<number> {
  return transact(db, async (trx) => {
    const removed = await deleteExpiredSessions(trx, now.toISOString());
    if (removed > 0)
      await recordChange(trx, actor, {
        action: 'session.purged',
        subjectType: 'session',
        subjectId: '*',
        agencyId: null,
        details: { removed },
      });
    return removed;
  });
}

export const API_TOKEN_PREFIX = 'gk_';

export async function createApiToken(
  db: Db,
  actor: StaffActor,
  name: string,
): Promise<{ id: string; token: string }> {
  const label = parseInput(text(100), name);
  const token = newSecret(API_TOKEN_PREFIX);
  const id = randomUUID();
  await transact(db, async (trx) => {
    await insertApiToken(trx, {
      id,
      userId: actor.userId,
      name: label,
      tokenHash: secretHash(token),
      createdAt: new Date().toISOString(),
    });
    await recordChange(trx, actor, {
      action: 'apiToken.created',
      subjectType: 'apiToken',
      subjectId: id,
      agencyId: actor.agencyId,
      details: { name: label },
    });
  });
  return { id, token };
}

export async function verifyApiToken(db: Db, token: string): Promise<AuthenticatedUser> {
  const user = token.startsWith(API_TOKEN_PREFIX) ? await apiTokenUser(db, secretHash(token)) : undefined;
  if (!user || user.disabled) throw new DomainError('auth.invalidToken');
  return toAuthenticatedUser(user);
}

/** Revokes a token of `user` (their own; administrators' wider reach is the policy's decision). */
export async function revokeApiToken(db: Db, actor: StaffActor, tokenId: string): Promise<void> {
  await transact(db, async (trx) => {
    const token = await apiTokenById(trx, tokenId);
    if (!token || token.userId !== actor.userId)
      throw new DomainError('platform.apiTokenNotFound', { token: tokenId });
    if (token.revokedAt) return;
    await revokeApiTokenRow(trx, tokenId, new Date().toISOString());
    await recordChange(trx, actor, {
      action: 'apiToken.revoked',
      subjectType: 'apiToken',
      subjectId: tokenId,
      agencyId: actor.agencyId,
    });
  });
}
