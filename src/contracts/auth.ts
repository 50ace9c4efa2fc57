// Sign-in, sign-out, who am I, and API tokens (src/server/api/auth.ts).
import { z } from 'zod';
import { TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS, TOKEN_WRITE_AREAS } from '../core/accounts/token-scopes.ts';
import { userSchema } from './common.ts';
import { PASSWORD_MAX_LENGTH, passwordSchema } from './users.ts';

export const loginBody = z.strictObject({
  username: z.string().min(1).max(40),
  password: z.string().min(1).max(200),
});

const mustChangePassword = z
  .boolean()
  .describe(
    '须先设置新密码：在此之前，除设置密码、查看本人和退出登录外，其他接口都拒绝（auth.passwordChangeRequired）',
  );

export const loginResponse = z.object({
  user: userSchema,
  expiresAt: z.string().describe('会话到期时间（ISO 8601，UTC）'),
  mustChangePassword,
});

/** The signed-in user as the policy sees them. */
export const principalSchema = userSchema.extend({
  agencyTree: z.array(z.string()).describe('本机关及其下属机关（监督检查人员可查看的范围）'),
  permissions: z
    .array(z.string())
    .describe('本人角色可以执行的操作（services/policy 的规则名），控制台据此显示入口'),
  mustChangePassword,
});
export type Principal = z.infer<typeof principalSchema>;

export const newApiTokenBody = z.strictObject({
  name: z.string().min(1).max(100).describe('令牌用途，例如对接的系统名称'),
  writeAreas: z
    .array(z.enum(TOKEN_WRITE_AREAS))
    .optional()
    .describe('可以修改数据的业务领域（API 路径的第一段）；不给或为空则只读'),
  expiresInDays: z
    .number()
    .int()
    .optional()
    .describe(`有效天数，1–${TOKEN_MAX_DAYS}，默认 ${TOKEN_DEFAULT_DAYS}`),
});

export const newApiTokenResponse = z.object({
  id: z.string(),
  token: z.string().describe('令牌本身，仅此一次显示；以 gk_ 开头，放在 Authorization: Bearer 之后'),
  expiresAt: z.string(),
});

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  writeAreas: z.array(z.string()).describe('可以修改数据的业务领域；空为只读'),
  revokedAt: z.string().nullable().describe('撤销时间；有效的令牌为 null'),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
export const apiTokenListResponse = z.object({ items: z.array(apiTokenSchema) });

/** A sign-in session of the current user (never its secret). */
export const sessionListResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      createdAt: z.string().describe('登录时间'),
      lastSeenAt: z.string().describe('最近使用时间（每分钟至多记录一次）'),
      expiresAt: z.string().describe('最迟结束时间；空闲超过设定的分钟数也会结束'),
      current: z.boolean().describe('是否为发出本次请求的会话'),
    }),
  ),
});
export type OwnSession = z.infer<typeof sessionListResponse>['items'][number];

/** Setting one's own password: the current one proves it is the person, the new one follows the policy. */
export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, { message: '请输入当前密码' }).max(PASSWORD_MAX_LENGTH),
  newPassword: passwordSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
