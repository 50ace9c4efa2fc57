// Users: creation by an administrator (or the operator), listing, and the password check with lockout after
// repeated failures that sign-in (sessions.ts) uses.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '../../core/errors/index.ts';
import { chinaMinuteOf } from '../clock.ts';
import { agencyById } from '../../storage/agencies.ts';
import { isUniqueViolation } from '../../storage/rows.ts';
import {
  clearLoginFailures,
  countLoginFailure,
  insertUser,
  listUsers as listUserRows,
  requirePasswordChange,
  userByUsername,
  type UserRecord,
} from '../../storage/users.ts';
import { staffActor, type Actor, type AuthenticatedUser } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput, text } from '../validation.ts';
import { passwordExpired } from '../../core/accounts/password-policy.ts';
import { checkPasswordComposition } from './password-rules.ts';
import { hashPassword, passwordMatches, spendPasswordCheck } from './passwords.ts';
import { ROLES, type Role } from '../../core/accounts/roles.ts';
import { passwordSchema, usernameSchema } from '../../contracts/users.ts';

export const newUserSchema = z.object({
  agencyId: z.string().min(1),
  username: usernameSchema,
  displayName: text(50),
  role: z.enum(ROLES),
  password: passwordSchema,
});
export type NewUserInput = z.input<typeof newUserSchema>;

export function toAuthenticatedUser(user: UserRecord): AuthenticatedUser {
  return {
    id: user.id,
    agencyId: user.agencyId,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    mustChangePassword: user.mustChangePassword,
  };
}

/**
 * A new user. One created by an administrator (a staff actor) gets a password that someone else knows, so they
 * must set their own at the first sign-in; so does one whose password is public (`passwordKnownToOthers`: the
 * demo's, printed in the README). The operator's command line and test fixtures (the system actor) create
 * accounts that work as they are.
 */
export async function createUser(
  ctx: ServiceContext,
  actor: Actor,
  input: NewUserInput,
  options: { passwordKnownToOthers?: boolean } = {},
): Promise<AuthenticatedUser> {
  authorize(actor, 'users.create', input.agencyId);
  const data = parseInput(newUserSchema, input);
  const mustChangePassword = actor.kind === 'staff' || options.passwordKnownToOthers === true;
  checkPasswordComposition(ctx, data.username, data.password);
  const passwordHash = await hashPassword(data.password);
  const now = ctx.clock.now();
  try {
    return await transact(ctx.db, async (trx) => {
      if (!(await agencyById(trx, data.agencyId)))
        throw new DomainError('platform.agencyNotFound', { agency: data.agencyId });
      const user = toAuthenticatedUser(
        await insertUser(
          trx,
          {
            id: randomUUID(),
            agencyId: data.agencyId,
            username: data.username,
            displayName: data.displayName,
            role: data.role,
            passwordHash,
            mustChangePassword,
          },
          now,
        ),
      );
      await recordChange(trx, actor, {
        at: now,
        action: 'user.created',
        subjectType: 'user',
        subjectId: user.id,
        agencyId: user.agencyId,
        details: {
          username: user.username,
          displayName: user.displayName,
          role: user.role,
          mustChangePassword,
        },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('platform.userExists', { username: data.username });
    throw error;
  }
}

/**
 * Users of one agency (an administrator's own by default), without their password hashes. The operator may omit
 * the agency to see every user of the installation.
 */
export async function listUsers(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId?: string } = {},
): Promise<AuthenticatedUser[]> {
  const agencyId = input.agencyId ?? actor.agencyId ?? undefined;
  authorize(actor, 'users.list', agencyId);
  return (await listUserRows(ctx.db, agencyId === undefined ? undefined : [agencyId])).map(
    toAuthenticatedUser,
  );
}

/**
 * Checks a username and password. After `maxFailedAttempts` failures in a row the account locks for `lockMinutes`;
 * a lock refuses even the right password until it expires. Failures and locks are audited.
 */
export async function verifyPassword(
  ctx: ServiceContext,
  username: string,
  password: string,
): Promise<AuthenticatedUser> {
  const { db } = ctx;
  const settings = ctx.settings.accounts;
  const now = ctx.clock.now();
  const user = await userByUsername(db, username);
  if (!user) {
    await spendPasswordCheck(password);
    throw new DomainError('auth.invalidCredentials');
  }
  if (user.disabled) throw new DomainError('auth.accountDisabled');
  if (user.lockedUntil && user.lockedUntil > now.toISOString()) {
    throw new DomainError('auth.accountLocked', { until: formatLocal(user.lockedUntil) });
  }
  if (await passwordMatches(password, user.passwordHash)) {
    // A password past its age (GB/T 22239-2019 8.1.4.1 a): the sign-in succeeds, but only to choose a new one.
    const expired =
      !user.mustChangePassword && passwordExpired(user.passwordChangedAt, now, settings.passwordPolicy);
    if (user.failedAttempts > 0 || user.lockedUntil || expired) {
      await transact(db, async (trx) => {
        await clearLoginFailures(trx, user.id);
        if (expired) await requirePasswordChange(trx, user.id);
      });
    }
    return toAuthenticatedUser({ ...user, mustChangePassword: user.mustChangePassword || expired });
  }
  const lockedUntil = new Date(now.getTime() + settings.lockMinutes * 60_000).toISOString();
  const counted = await transact(db, async (trx) => {
    const counted = await countLoginFailure(trx, user.id, {
      max: settings.maxFailedAttempts,
      lockUntil: lockedUntil,
    });
    await recordChange(trx, staffActor(toAuthenticatedUser(user)), {
      at: now,
      action: counted.locked ? 'user.locked' : 'user.loginFailed',
      subjectType: 'user',
      subjectId: user.id,
      agencyId: user.agencyId,
      details: { failures: counted.failures, lockedUntil: counted.locked ? lockedUntil : null },
    });
    return counted;
  });
  if (counted.locked) throw new DomainError('auth.accountLocked', { until: formatLocal(lockedUntil) });
  throw new DomainError('auth.invalidCredentials');
}

/** An instant as Beijing time, for messages. */
function formatLocal(iso: string): string {
  return `${chinaMinuteOf(new Date(iso))}（北京时间）`;
}
