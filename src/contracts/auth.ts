// Sign-in, sign-out, who am I, and API tokens (src/server/api/auth.ts).
import { z } from 'zod';
import { userSchema } from './common.ts';

export const loginBody = z.strictObject({
  username: z.string().min(1).max(40),
  password: z.string().min(1).max(200),
});

export const loginResponse = z.object({
  user: userSchema,
  expiresAt: z.string().describe('会话到期时间（ISO 8601，UTC）'),
});

/** The signed-in user as the policy sees them. */
export const principalSchema = userSchema.extend({
  agencyTree: z.array(z.string()).describe('本机关及其下属机关（监督检查人员可查看的范围）'),
  permissions: z.array(z.string()).describe('本人角色可以执行的操作（services/policy 的规则名），控制台据此显示入口'),
});
export type Principal = z.infer<typeof principalSchema>;

export const newApiTokenBody = z.strictObject({
  name: z.string().min(1).max(100).describe('令牌用途，例如对接的系统名称'),
});

export const newApiTokenResponse = z.object({
  id: z.string(),
  token: z.string().describe('令牌本身，仅此一次显示；以 gk_ 开头，放在 Authorization: Bearer 之后'),
});
