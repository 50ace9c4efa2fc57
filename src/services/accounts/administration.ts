// An administrator's work on the accounts of their own agency: the list with each account's state, a role change,
// disabling and enabling, a password reset (the user must then choose their own) and lifting a lockout. Each is
// authorized against the user's agency, saved and audited in one transaction. Two guards keep an agency
// manageable: nobody disables themselves, and the last enabled administrator is neither disabled nor demoted.
import { z } from 'zod';
import { ROLES, type Role } from '../../core/accounts/roles.ts';
import { DomainError } from '../../core/errors/index.ts';
import { passwordSchema, type ManagedUser } from '../../contracts/users.ts';
import {
  countActiveAdmins,
  deleteSessionsOfUser,
  pageOfUsers,
  clearLoginFailures,
  replacePassword,
  setUserDisabled,
  setUserRole,
  userById,
  type UserRecord,
} from '../../storage/users.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact, type Db } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { checkReplacementPassword } from './password-rules.ts';
import { hashPassword } from './passwords.ts';

export function toManagedUser(user: UserRecord, now: Date): ManagedUser {
  return {
    id: user.id,
    agencyId: user.agencyId,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    disabled: user.disabled,
    // A lock that has run out is no lock: the next right password signs in.
    lockedUntil: user.lockedUntil && user.lockedUntil > now.toISOString() ? user.lockedUntil : null,
    mustChangePassword: user.mustChangePassword,
    createdAt: user.createdAt,
  };
}

const pageInput = z.object({
  agencyId: z.string().min(1).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

/** One page of the users of an agency (the administrator's own unless the operator names one). */
export async function listManagedUsers(
  ctx: ServiceContext,
  actor: Actor,
  input: z.input<typeof pageInput> = {},
): Promise<{ items: ManagedUser[]; total: number; page: number; pageSize: number }> {
  const agencyId = input.agencyId ?? actor.agencyId ?? undefined;
  authorize(actor, 'users.list', agencyId);
  const data = parseInput(pageInput, input);
  if (!agencyId) throw new DomainError('platform.agencyNotFound', { agency: '' });
  const { items, total } = await pageOfUsers(
    ctx.db,
    agencyId,
    data.pageSize,
    (data.page - 1) * data.pageSize,
  );
  const now = ctx.clock.now();
  return { items: items.map((u) => toManagedUser(u, now)), total, page: data.page, pageSize: data.pageSize };
}

/** The user `id`, authorized for `users.manage` on their agency; an unknown id is platform.userNotFound. */
export async function managedUser(db: Db, actor: Actor, id: string): Promise<UserRecord> {
  const user = await userById(db, id);
  if (!user) {
    // Authorize first against the actor's own agency, so a clerk probing ids learns nothing either way.
    authorize(actor, 'users.manage', actor.agencyId ?? undefined);
    throw new DomainError('platform.userNotFound', { user: id });
  }
  authorize(actor, 'users.manage', user.agencyId);
  return user;
}

/** Refuses a change that would leave the user's agency without an enabled administrator. */
async function keepAnAdmin(db: Db, user: UserRecord): Promise<void> {
  if (user.role === 'admin' && !user.disabled && (await countActiveAdmins(db, user.agencyId)) <= 1)
    throw new DomainError('platform.lastAdmin');
}

export async function changeUserRole(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; role: Role },
): Promise<ManagedUser> {
  const role = parseInput(z.enum(ROLES), input.role);
  const now = ctx.clock.now();
  return transact(ctx.db, async (trx) => {
    const user = await managedUser(trx, actor, input.id);
    if (user.role === role) return toManagedUser(user, now);
    if (user.role === 'admin') await keepAnAdmin(trx, user);
    await setUserRole(trx, user.id, role);
    await recordChange(trx, actor, {
      at: now,
      action: 'user.roleChanged',
      subjectType: 'user',
      subjectId: user.id,
      agencyId: user.agencyId,
      details: { from: user.role, to: role },
    });
    return toManagedUser({ ...user, role }, now);
  });
}

/** Disables (and signs out everywhere) or enables an account. */
export async function setUserEnabled(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; disabled: boolean },
): Promise<ManagedUser> {
  const disabled = parseInput(z.boolean(), input.disabled);
  const now = ctx.clock.now();
  return transact(ctx.db, async (trx) => {
    const user = await managedUser(trx, actor, input.id);
    if (user.disabled === disabled) return toManagedUser(user, now);
    if (disabled) {
      if (user.id === actor.userId) throw new DomainError('platform.cannotDisableSelf');
      await keepAnAdmin(trx, user);
      await deleteSessionsOfUser(trx, user.id);
    }
    await setUserDisabled(trx, user.id, disabled);
    await recordChange(trx, actor, {
      at: now,
      action: disabled ? 'user.disabled' : 'user.enabled',
      subjectType: 'user',
      subjectId: user.id,
      agencyId: user.agencyId,
    });
    return toManagedUser({ ...user, disabled }, now);
  });
}

/**
 * Gives the user a new password chosen by the administrator: it also lifts a lockout, ends the user's sessions,
 * and marks the account so that the next sign-in must set the user's own password.
 */
export async function resetUserPassword(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; password: string },
): Promise<ManagedUser> {
  const password = parseInput(passwordSchema, input.password);
  const hash = await hashPassword(password);
  const now = ctx.clock.now();
  return transact(ctx.db, async (trx) => {
    const user = await managedUser(trx, actor, input.id);
    await checkReplacementPassword(ctx, trx, user, password);
    await replacePassword(trx, user, { passwordHash: hash, mustChange: true, at: now.toISOString() });
    const ended = await deleteSessionsOfUser(trx, user.id);
    await recordChange(trx, actor, {
      at: now,
      action: 'user.passwordReset',
      subjectType: 'user',
      subjectId: user.id,
      agencyId: user.agencyId,
      details: { sessionsEnded: ended },
    });
    return toManagedUser({ ...user, mustChangePassword: true, failedAttempts: 0, lockedUntil: null }, now);
  });
}

/** Lifts a lockout after repeated failed sign-ins (services/accounts/users.ts verifyPassword). */
export async function unlockUser(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string },
): Promise<ManagedUser> {
  const now = ctx.clock.now();
  return transact(ctx.db, async (trx) => {
    const user = await managedUser(trx, actor, input.id);
    await clearLoginFailures(trx, user.id);
    await recordChange(trx, actor, {
      at: now,
      action: 'user.unlocked',
      subjectType: 'user',
      subjectId: user.id,
      agencyId: user.agencyId,
      details: { wasLockedUntil: user.lockedUntil },
    });
    return toManagedUser({ ...user, failedAttempts: 0, lockedUntil: null }, now);
  });
}
