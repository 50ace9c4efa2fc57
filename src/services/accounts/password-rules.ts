// A new password against the configured policy (core/accounts/password-policy.ts, GB/T 22239-2019 8.1.4.1 a)):
// its composition, then — for a user who has had passwords — none of the last few may come back. Reuse is judged
// against the stored scrypt hashes, so no earlier password is ever kept in a recoverable form.
import { passwordProblem } from '../../core/accounts/password-policy.ts';
import { DomainError } from '../../core/errors/index.ts';
import { earlierPasswordHashes, type UserRecord } from '../../storage/users.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../database.ts';
import { passwordMatches } from './passwords.ts';

export function checkPasswordComposition(ctx: ServiceContext, username: string, password: string): void {
  const problem = passwordProblem(password, username, ctx.settings.accounts.passwordPolicy);
  if (problem) throw new DomainError('auth.weakPassword', { reason: problem });
}

/** Composition and reuse of a password that is to replace `user`'s current one. */
export async function checkReplacementPassword(
  ctx: ServiceContext,
  db: Db,
  user: Pick<UserRecord, 'id' | 'username' | 'passwordHash'>,
  password: string,
): Promise<void> {
  checkPasswordComposition(ctx, user.username, password);
  const { historySize } = ctx.settings.accounts.passwordPolicy;
  if (historySize <= 0) return;
  const recent = [user.passwordHash, ...(await earlierPasswordHashes(db, user.id, historySize - 1))];
  for (const hash of recent)
    if (await passwordMatches(password, hash))
      throw new DomainError('auth.passwordReused', { count: historySize });
}
