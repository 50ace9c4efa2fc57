// Agencies: the signed-in user's own, and for a supervisor those under it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allAgencies, getAgency } from '../../services/agencies.ts';
import { authorize } from '../../services/policy/authorize.ts';
import { readableAgencyIds } from '../../services/policy/authorize.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { idParams, staffErrors } from '../../contracts/common.ts';

export const agencySchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  code: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  postcode: z.string().nullable(),
  level: z.string(),
  canMakeRegulations: z.boolean(),
  registrationPrefix: z.string(),
});

export const agencyRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  requireSignIn(app, db);

  app.get(
    '/agencies',
    {
      schema: {
        tags: ['机关'],
        summary: '可查看的机关',
        response: { 200: z.object({ items: z.array(agencySchema) }), ...staffErrors },
      },
    },
    async (request) => {
      const readable = new Set(readableAgencyIds(principalOf(request)));
      return { items: (await allAgencies(db)).filter((agency) => readable.has(agency.id)) };
    },
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
    async (request) => {
      const agency = await getAgency(db, request.params.id);
      authorize(principalOf(request), 'agencies.read', agency.id);
      return agency;
    },
  );
};
