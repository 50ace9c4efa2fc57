// Sign-in and sign-out (session cookie), who am I, one's own sessions, and API tokens for system integration.
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeOwnPassword } from '../../services/accounts/own-password.ts';
import { createApiToken, listOwnApiTokens, revokeApiToken } from '../../services/accounts/api-tokens.ts';
import { endOwnSession, listOwnSessions, login, logout } from '../../services/accounts/sessions.ts';
import { PUBLIC_ACTOR } from '../../services/actor.ts';
import { permissionsOf } from '../../services/policy/authorize.ts';
import { clearedCookieOptions, SESSION_COOKIE, sessionCookieOptions } from '../auth/cookie.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import { rateLimitOption } from '../config.ts';
import type { RouteContext } from '../context.ts';
import { errorSchema, idParams, staffErrors } from '../../contracts/common.ts';
import {
  apiTokenListResponse,
  changePasswordBody,
  loginBody,
  loginResponse,
  newApiTokenBody,
  newApiTokenResponse,
  sessionListResponse,
  principalSchema,
} from '../../contracts/auth.ts';

export const authRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx, config }) => {
  app.post(
    '/auth/login',
    {
      config: rateLimitOption(config.loginRateLimit),
      schema: {
        tags: ['登录'],
        summary: '用户名和密码登录，设置会话 Cookie',
        body: loginBody,
        response: {
          200: loginResponse,
          400: errorSchema,
          401: errorSchema,
          423: errorSchema,
          429: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const session = await login(ctx, PUBLIC_ACTOR, request.body);
      reply.setCookie(
        SESSION_COOKIE,
        session.token,
        sessionCookieOptions(session.expiresAt, config.secureCookies),
      );
      return {
        user: session.user,
        expiresAt: session.expiresAt,
        mustChangePassword: session.user.mustChangePassword === true,
      };
    },
  );

  await app.register(async (scope) => {
    const staff = scope.withTypeProvider<ZodTypeProvider>();
    requireSignIn(staff, ctx);

    staff.post(
      '/auth/logout',
      {
        config: { allowedBeforePasswordChange: true },
        schema: { tags: ['登录'], summary: '退出登录', response: { 204: z.null(), ...staffErrors } },
      },
      async (request, reply) => {
        const session = request.cookies[SESSION_COOKIE];
        if (session) await logout(ctx, principalOf(request), { token: session });
        reply.clearCookie(SESSION_COOKIE, clearedCookieOptions(config.secureCookies));
        return reply.code(204).send(null);
      },
    );

    staff.get(
      '/auth/me',
      {
        config: { allowedBeforePasswordChange: true },
        schema: { tags: ['登录'], summary: '当前用户', response: { 200: principalSchema, ...staffErrors } },
      },
      async (request) => {
        const { userId, name, displayName, role, agencyId, agencyTree } = principalOf(request);
        return {
          id: userId,
          username: name,
          displayName,
          role,
          agencyId,
          agencyTree: [...agencyTree],
          permissions: permissionsOf(role),
          mustChangePassword: request.mustChangePassword,
        };
      },
    );

    staff.put(
      '/auth/password',
      {
        config: { allowedBeforePasswordChange: true },
        schema: {
          tags: ['登录'],
          summary: '设置本人的新密码（管理员新建账号或重置密码后，须先设置才能使用其他功能）',
          body: changePasswordBody,
          response: { 204: z.null(), ...staffErrors },
        },
      },
      async (request, reply) => {
        await changeOwnPassword(ctx, principalOf(request), request.body);
        return reply.code(204).send(null);
      },
    );

    staff.get(
      '/auth/sessions',
      {
        schema: {
          tags: ['登录'],
          summary: '当前用户未结束的登录会话（可在别处退出）',
          response: { 200: sessionListResponse, ...staffErrors },
        },
      },
      async (request) => ({
        items: await listOwnSessions(ctx, principalOf(request), {
          currentToken: request.cookies[SESSION_COOKIE],
        }),
      }),
    );

    staff.delete(
      '/auth/sessions/:id',
      {
        schema: {
          tags: ['登录'],
          summary: '结束自己的某个登录会话',
          params: idParams,
          response: { 204: z.null(), ...staffErrors },
        },
      },
      async (request, reply) => {
        await endOwnSession(ctx, principalOf(request), { id: request.params.id });
        return reply.code(204).send(null);
      },
    );

    staff.get(
      '/auth/tokens',
      {
        schema: {
          tags: ['登录'],
          summary: '当前用户的 API 令牌（不含令牌本身）',
          response: { 200: apiTokenListResponse, ...staffErrors },
        },
      },
      async (request) => ({ items: await listOwnApiTokens(ctx, principalOf(request)) }),
    );

    staff.post(
      '/auth/tokens',
      {
        schema: {
          tags: ['登录'],
          summary: '为当前用户签发 API 令牌（只显示一次）',
          body: newApiTokenBody,
          response: { 201: newApiTokenResponse, ...staffErrors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createApiToken(ctx, principalOf(request), request.body)),
    );

    staff.delete(
      '/auth/tokens/:id',
      {
        schema: {
          tags: ['登录'],
          summary: '撤销自己的 API 令牌',
          params: idParams,
          response: { 204: z.null(), ...staffErrors },
        },
      },
      async (request, reply) => {
        await revokeApiToken(ctx, principalOf(request), { id: request.params.id });
        return reply.code(204).send(null);
      },
    );
  });
};
