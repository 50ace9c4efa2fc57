// Setting one's own password. The current password proves it is the person at the keyboard (a session left open is
// not enough); the new one follows the configured policy (password-rules.ts) and is none of the last few.
// Setting it clears the "must change" mark an administrator's password leaves (services/accounts/administration.ts).
import { DomainError } from '../../core/errors/index.ts';
import { changePasswordBody, type ChangePasswordBody } from '../../contracts/auth.ts';
import { replacePassword, userById } from '../../storage/users.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { checkReplacementPassword } from './password-rules.ts';
import { hashPassword, passwordMatches } from './passwords.ts';

export async function changeOwnPassword(
  ctx: ServiceContext,
  actor: Actor,
  input: ChangePasswordBody,
): Promise<void> {
  authorize(actor, 'users.changePassword');
  // The rule admits staff only; the password is a person's own.
  if (actor.kind !== 'staff') throw new DomainError('auth.unauthenticated');
  const data = parseInput(changePasswordBody, input);
  const user = await userById(ctx.db, actor.userId);
  if (!user) throw new DomainError('auth.unauthenticated');
  // A wrong current password is not a failed sign-in (the person holds a session), and it must not answer 401,
  // which would read as "signed out".
  if (!(await passwordMatches(data.currentPassword, user.passwordHash)))
    throw new DomainError('auth.currentPasswordIncorrect');
  if (data.newPassword === data.currentPassword) throw new DomainError('auth.passwordUnchanged');
  await checkReplacementPassword(ctx, ctx.db, user, data.newPassword);
  const hash = await hashPassword(data.newPassword);
  const now = ctx.clock.now();
  await transact(ctx.db, async (trx) => {
    await replacePassword(trx, user, { passwordHash: hash, mustChange: false, at: now.toISOString() });
    await recordChange(trx, actor, {
      at: now,
      action: 'user.passwordChanged',
      subjectType: 'user',
      subjectId: user.id,
      agencyId: user.agencyId,
      details: { wasRequired: user.mustChangePassword },
    });
  });
}
