// The password rules of GB/T 22239-2019 (信息安全技术 网络安全等级保护基本要求), level 3, 8.1.4.1 身份鉴别 a):
// passwords have a complexity requirement and are changed regularly. The standard names no figures; these defaults
// are the ones reviewers commonly expect (length ≥ 10, three of the four character classes, not the user name, none
// of the last five, optional expiry) and every figure is a setting (services/settings.ts, docs/operations.md).

export interface PasswordPolicy {
  minLength: number;
  /** How many of the four classes (lower-case, upper-case, digits, other characters) a password must mix. */
  minClasses: number;
  /** A new password may not equal any of this many most recent ones (the current one included); 0 turns it off. */
  historySize: number;
  /** Days after which a password must be changed at the next sign-in; null: never. */
  maxAgeDays: number | null;
}

export const DEFAULT_PASSWORD_POLICY: Readonly<PasswordPolicy> = Object.freeze({
  minLength: 10,
  minClasses: 3,
  historySize: 5,
  maxAgeDays: null,
});

const CLASSES: readonly RegExp[] = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

/** Why `password` breaks the policy, in Chinese, or null when it complies (reuse is checked against hashes apart). */
export function passwordProblem(password: string, username: string, policy: PasswordPolicy): string | null {
  if ([...password].length < policy.minLength) return `密码至少 ${policy.minLength} 位`;
  const classes = CLASSES.filter((pattern) => pattern.test(password)).length;
  if (classes < policy.minClasses)
    return `密码应包含小写字母、大写字母、数字、其他符号中的至少 ${policy.minClasses} 类`;
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    return '密码不能包含用户名';
  return null;
}

/** Whether a password set at `changedAt` has outlived the policy at `now`. */
export function passwordExpired(changedAt: string | null, now: Date, policy: PasswordPolicy): boolean {
  if (policy.maxAgeDays === null || changedAt === null) return false;
  return now.getTime() - Date.parse(changedAt) >= policy.maxAgeDays * 86_400_000;
}
