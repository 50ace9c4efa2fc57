// Agencies: the signed-in user's own, and for a supervisor those under it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listReadableAgencies, showAgency } from '../../services/agencies.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { idParams, staffErrors } from '../../contracts/common.ts';
import { agencyListResponse, agencySchema } from '../../contracts/agencies.ts';

export const agencyRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/agencies',
    {
      schema: {
        tags: ['机关'],
        summary: '可查看的机关',
        response: { 200: agencyListResponse, ...staffErrors },
      },
    },
    async (request) => ({ items: await listReadableAgencies(ctx, principalOf(request)) }),
  );

  app.get(
    '/agencies/:id',
    {
      schema: {
        tags: ['机关'],
        summary: '机关详情',
        params: idParams,
        response: { 200: agencySchema, ...staffErrors },
      },
    },
    async (request) => showAgency(ctx, principalOf(request), { id: request.params.id }),
  );
};
