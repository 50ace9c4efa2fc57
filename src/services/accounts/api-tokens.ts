// API tokens for system integration (issue 12): issued by a signed-in person for one of their systems, shown once,
// stored as a SHA-256 hash, with a life of at most a year and the areas the system may write
// (core/accounts/token-scopes.ts). A token never issues tokens. Its owner lists and revokes their own; the agency's
// administrator lists and revokes any of its users' (a system left behind by someone who moved on).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS, TOKEN_WRITE_AREAS } from '../../core/accounts/token-scopes.ts';
import { DomainError } from '../../core/errors/index.ts';
import {
  apiTokenById,
  apiTokensOfUser,
  insertApiToken,
  liveApiToken,
  revokeApiTokenRow,
  type ApiTokenSummary,
} from '../../storage/api-tokens.ts';
import type { Actor, AuthenticatedUser } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput, text } from '../validation.ts';
import { managedUser } from './administration.ts';
import { newSecret, secretHash } from './secrets.ts';
import { toAuthenticatedUser } from './users.ts';

export const API_TOKEN_PREFIX = 'gk_';

export const newApiTokenInput = z.object({
  name: text(100),
  writeAreas: z
    .array(z.enum(TOKEN_WRITE_AREAS, { error: '可写范围只能是规定的业务领域' }))
    .max(TOKEN_WRITE_AREAS.length)
    .refine((areas) => new Set(areas).size === areas.length, '可写范围中有重复的领域')
    .default([]),
  expiresInDays: z
    .number()
    .int()
    .min(1, { message: '有效天数至少 1 天' })
    .max(TOKEN_MAX_DAYS, { message: `有效期最长 ${TOKEN_MAX_DAYS} 天` })
    .default(TOKEN_DEFAULT_DAYS),
});
export type NewApiTokenInput = z.input<typeof newApiTokenInput>;

/** A new API token of the signed-in user, shown once. */
export async function createApiToken(
  ctx: ServiceContext,
  actor: Actor,
  input: NewApiTokenInput,
): Promise<{ id: string; token: string; expiresAt: string }> {
  authorize(actor, 'users.ownCredentials');
  // The rule admits staff only; a token always belongs to a person, and only a person issues one.
  if (actor.kind !== 'staff') throw new DomainError('auth.unauthenticated');
  if (actor.viaToken) throw new DomainError('auth.tokenCannotManageCredentials');
  const data = parseInput(newApiTokenInput, input);
  const token = newSecret(API_TOKEN_PREFIX);
  const id = randomUUID();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + data.expiresInDays * 86_400_000).toISOString();
  await transact(ctx.db, async (trx) => {
    await insertApiToken(trx, {
      id,
      userId: actor.userId,
      name: data.name,
      tokenHash: secretHash(token),
      createdAt: now.toISOString(),
      expiresAt,
      writeAreas: data.writeAreas,
    });
    await recordChange(trx, actor, {
      at: now,
      action: 'apiToken.created',
      subjectType: 'apiToken',
      subjectId: id,
      agencyId: actor.agencyId,
      details: { name: data.name, writeAreas: data.writeAreas, expiresAt },
    });
  });
  return { id, token, expiresAt };
}

/** The signed-in user's API tokens, revoked and expired ones included (never their secrets). */
export async function listOwnApiTokens(ctx: ServiceContext, actor: Actor): Promise<ApiTokenSummary[]> {
  authorize(actor, 'users.ownCredentials');
  if (actor.kind !== 'staff') throw new DomainError('auth.unauthenticated');
  return apiTokensOfUser(ctx.db, actor.userId);
}

/** The user a live token acts for, and what it was granted. */
export async function verifyApiToken(
  ctx: ServiceContext,
  token: string,
): Promise<{ user: AuthenticatedUser; tokenId: string; writeAreas: string[] }> {
  const found = token.startsWith(API_TOKEN_PREFIX)
    ? await liveApiToken(ctx.db, secretHash(token), ctx.clock.now().toISOString())
    : undefined;
  if (!found || found.user.disabled) throw new DomainError('auth.invalidToken');
  return { user: toAuthenticatedUser(found.user), tokenId: found.tokenId, writeAreas: found.writeAreas };
}

/** Revokes one of the actor's own tokens; another user's token is answered like an unknown one. */
export async function revokeApiToken(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string },
): Promise<void> {
  authorize(actor, 'users.ownCredentials');
  await revoke(ctx, actor, input.id, (token) => token.userId === actor.userId);
}

/** An administrator's view of one of their agency's users' tokens. */
export async function listUserApiTokens(
  ctx: ServiceContext,
  actor: Actor,
  input: { userId: string },
): Promise<ApiTokenSummary[]> {
  const user = await managedUser(ctx.db, actor, input.userId);
  return apiTokensOfUser(ctx.db, user.id);
}

/** An administrator revokes a token of one of their agency's users. */
export async function revokeUserApiToken(
  ctx: ServiceContext,
  actor: Actor,
  input: { userId: string; id: string },
): Promise<void> {
  const user = await managedUser(ctx.db, actor, input.userId);
  await revoke(ctx, actor, input.id, (token) => token.userId === user.id);
}

async function revoke(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  mayRevoke: (token: { userId: string }) => boolean,
): Promise<void> {
  const now = ctx.clock.now();
  await transact(ctx.db, async (trx) => {
    const token = await apiTokenById(trx, id);
    if (!token || !mayRevoke(token)) throw new DomainError('platform.apiTokenNotFound', { token: id });
    if (token.revokedAt) return;
    await revokeApiTokenRow(trx, id, now.toISOString());
    await recordChange(trx, actor, {
      at: now,
      action: 'apiToken.revoked',
      subjectType: 'apiToken',
      subjectId: id,
      agencyId: actor.agencyId,
      details: { ownerUserId: token.userId },
    });
  });
}
