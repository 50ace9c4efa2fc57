// Users of an agency (src/server/api/users.ts).
import { z } from 'zod';
import { ROLES } from '../core/accounts/roles.ts';
import { userSchema } from './common.ts';

export const newUserBody = z.strictObject({
  username: z.string().min(1).max(40),
  displayName: z.string().min(1).max(50),
  role: z.enum(ROLES),
  password: z.string().min(1).max(200).describe('初始密码，至少 10 位'),
});

export const userListResponse = z.object({ items: z.array(userSchema) });
