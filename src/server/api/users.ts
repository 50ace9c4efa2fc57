// Users of the administrator's own agency: list and create.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createUser, listUsers } from '../../services/accounts/users.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { staffErrors, userSchema } from '../../contracts/common.ts';
import { newUserBody, userListResponse } from '../../contracts/users.ts';

export const userRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/users',
    {
      schema: {
        tags: ['用户'],
        summary: '本机关用户（管理员）',
        response: { 200: userListResponse, ...staffErrors },
      },
    },
    async (request) => ({ items: await listUsers(ctx, principalOf(request)) }),
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['用户'],
        summary: '在本机关新增用户（管理员）',
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
};
