// Users of the administrator's own agency: list and create.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../services/accounts/roles.ts';
import { createUser, listUsers } from '../../services/accounts/users.ts';
import { authorize } from '../../services/policy/authorize.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { staffErrors, userSchema } from '../../contracts/common.ts';

const newUserBody = z.strictObject({
  username: z.string().min(1).max(40),
  displayName: z.string().min(1).max(50),
  role: z.enum(ROLES),
  password: z.string().min(1).max(200),
});

export const userRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  requireSignIn(app, db);

  app.get(
    '/users',
    {
      schema: {
        tags: ['用户'],
        summary: '本机关用户（管理员）',
        response: { 200: z.object({ items: z.array(userSchema) }), ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      authorize(principal, 'users.list', principal.agencyId);
      return { items: await listUsers(db, [principal.agencyId]) };
    },
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
      authorize(principal, 'users.create', principal.agencyId);
      const user = await createUser(db, principal, {
        ...request.body,
        agencyId: principal.agencyId,
      });
      return reply.code(201).send(user);
    },
  );
};
