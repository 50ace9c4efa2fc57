// Users of the administrator's own agency: the list (a page at a time, with each account's state), creation, and
// the account actions — role, disable/enable, password reset, unlock — and the user's API tokens, to revoke.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changeUserRole,
  listManagedUsers,
  resetUserPassword,
  setUserEnabled,
  unlockUser,
} from '../../services/accounts/administration.ts';
import { listUserApiTokens, revokeUserApiToken } from '../../services/accounts/api-tokens.ts';
import { createUser } from '../../services/accounts/users.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { apiTokenListResponse } from '../../contracts/auth.ts';
import { errorSchema, idParams, staffErrors, userSchema } from '../../contracts/common.ts';
import {
  managedUserSchema,
  newUserBody,
  resetPasswordBody,
  userDisabledBody,
  userListQuery,
  userListResponse,
  userRoleBody,
} from '../../contracts/users.ts';

const errors = { ...staffErrors, 409: errorSchema };

export const userRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/users',
    {
      schema: {
        tags: ['用户'],
        summary: '本机关用户（管理员），分页',
        querystring: userListQuery,
        response: { 200: userListResponse, ...staffErrors },
      },
    },
    async (request) => listManagedUsers(ctx, principalOf(request), request.query),
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['用户'],
        summary: '在本机关新增用户（管理员）；用户首次登录须设置新密码',
        body: newUserBody,
        response: { 201: userSchema, 409: staffErrors[422], ...staffErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const user = await createUser(ctx, principal, { ...request.body, agencyId: principal.agencyId });
      return reply.code(201).send(user);
    },
  );

  app.put(
    '/users/:id/role',
    {
      schema: {
        tags: ['用户'],
        summary: '改变用户的角色（不能改掉本机关最后一名管理员）',
        params: idParams,
        body: userRoleBody,
        response: { 200: managedUserSchema, ...errors },
      },
    },
    async (request) =>
      changeUserRole(ctx, principalOf(request), { id: request.params.id, role: request.body.role }),
  );

  app.put(
    '/users/:id/disabled',
    {
      schema: {
        tags: ['用户'],
        summary: '停用或启用账号（停用即结束其所有会话；不能停用自己或最后一名管理员）',
        params: idParams,
        body: userDisabledBody,
        response: { 200: managedUserSchema, ...errors },
      },
    },
    async (request) =>
      setUserEnabled(ctx, principalOf(request), { id: request.params.id, disabled: request.body.disabled }),
  );

  app.post(
    '/users/:id/password',
    {
      schema: {
        tags: ['用户'],
        summary: '重置密码：同时解除锁定、结束其会话，用户下次登录须设置新密码',
        params: idParams,
        body: resetPasswordBody,
        response: { 200: managedUserSchema, ...errors },
      },
    },
    async (request) =>
      resetUserPassword(ctx, principalOf(request), {
        id: request.params.id,
        password: request.body.password,
      }),
  );

  app.post(
    '/users/:id/unlock',
    {
      schema: {
        tags: ['用户'],
        summary: '解除因连续登录失败造成的锁定',
        params: idParams,
        response: { 200: managedUserSchema, ...errors },
      },
    },
    async (request) => unlockUser(ctx, principalOf(request), { id: request.params.id }),
  );

  app.get(
    '/users/:id/tokens',
    {
      schema: {
        tags: ['用户'],
        summary: '本机关某用户的 API 令牌（不含令牌本身）',
        params: idParams,
        response: { 200: apiTokenListResponse, ...errors },
      },
    },
    async (request) => ({
      items: await listUserApiTokens(ctx, principalOf(request), { userId: request.params.id }),
    }),
  );

  app.delete(
    '/users/:id/tokens/:tokenId',
    {
      schema: {
        tags: ['用户'],
        summary: '撤销本机关某用户的 API 令牌',
        params: z.strictObject({ id: z.string().min(1).max(64), tokenId: z.string().min(1).max(64) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await revokeUserApiToken(ctx, principalOf(request), {
        userId: request.params.id,
        id: request.params.tokenId,
      });
      return reply.code(204).send(null);
    },
  );
};
