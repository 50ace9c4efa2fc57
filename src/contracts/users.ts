// Users of an agency, managed by its administrator (src/server/api/users.ts), and the password policy every form
// that sets a password shares: the server validates with these schemas (services/accounts) and the console's forms
// with the same ones, so both refuse the same passwords with the same words.
import { z } from 'zod';
import { DEFAULT_PASSWORD_POLICY } from '../core/accounts/password-policy.ts';
import { ROLES } from '../core/accounts/roles.ts';
import { pageOf, pageQuery, userSchema } from './common.ts';

/**
 * What the forms check before sending: the default policy's length. The whole policy (composition, reuse, expiry;
 * configurable) is enforced by the server (services/accounts/password-rules.ts), whose refusal the forms show.
 */
export const PASSWORD_MIN_LENGTH = DEFAULT_PASSWORD_POLICY.minLength;
/** The default policy in words, under every field that sets a password. */
export const PASSWORD_HINT = `至少 ${PASSWORD_MIN_LENGTH} 位，含小写字母、大写字母、数字、其他符号中的至少 ${DEFAULT_PASSWORD_POLICY.minClasses} 类，不含用户名，不与最近 ${DEFAULT_PASSWORD_POLICY.historySize} 次的密码相同`;
export const PASSWORD_MAX_LENGTH = 200;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `密码至少 ${PASSWORD_MIN_LENGTH} 位` })
  .max(PASSWORD_MAX_LENGTH, { message: `密码最多 ${PASSWORD_MAX_LENGTH} 位` });

export const usernameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{3,40}$/, { message: '用户名应为 3–40 位字母、数字或 _ . -' });

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, { message: '请填写姓名' })
  .max(50, { message: '姓名最多 50 字' });

export const newUserBody = z.strictObject({
  username: z.string().min(1).max(40),
  displayName: z.string().min(1).max(50),
  role: z.enum(ROLES),
  password: z.string().min(1).max(200).describe(`初始密码，至少 ${PASSWORD_MIN_LENGTH} 位`),
});
export type NewUserBody = z.infer<typeof newUserBody>;

/** A user as the administrator sees them: the account's state besides who they are. */
export const managedUserSchema = userSchema.extend({
  disabled: z.boolean().describe('已停用'),
  lockedUntil: z.string().nullable().describe('连续登录失败被锁定时，锁定到何时（ISO 8601）；未锁定为 null'),
  mustChangePassword: z.boolean().describe('须在下次登录时设置新密码（管理员新建或重置密码后）'),
  createdAt: z.string(),
});
export type ManagedUser = z.infer<typeof managedUserSchema>;

export const userListQuery = z.strictObject({ ...pageQuery });
export const userListResponse = pageOf(managedUserSchema);
export type UserListResponse = z.infer<typeof userListResponse>;

export const userRoleBody = z.strictObject({ role: z.enum(ROLES) });
export const userDisabledBody = z.strictObject({ disabled: z.boolean() });
export const resetPasswordBody = z.strictObject({
  password: z
    .string()
    .min(1)
    .max(200)
    .describe(`新的初始密码，至少 ${PASSWORD_MIN_LENGTH} 位；用户下次登录须改设`),
});
