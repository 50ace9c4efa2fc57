// Agencies: the signed-in user's own, and for a supervisor those under it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agencyProfile,
  editAgencyProfile,
  listReadableAgencies,
  showAgency,
} from '../../services/agencies.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { errorSchema, idParams, staffErrors } from '../../contracts/common.ts';
import {
  agencyListResponse,
  agencyProfileBody,
  agencyProfileResponse,
  agencySchema,
} from '../../contracts/agencies.ts';

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

  app.get(
    '/agencies/:id/profile',
    {
      schema: {
        tags: ['机关'],
        summary: '机关信息及其在层级中的位置（上级机关、直接下属机关）',
        params: idParams,
        response: { 200: agencyProfileResponse, ...staffErrors },
      },
    },
    async (request) => agencyProfile(ctx, principalOf(request), { id: request.params.id }),
  );

  app.put(
    '/agencies/:id',
    {
      schema: {
        tags: ['机关'],
        summary: '修改本机关信息（管理员）：名称、代码、地址、电话、邮编、登记号前缀',
        params: idParams,
        body: agencyProfileBody,
        response: { 200: agencySchema, ...staffErrors, 409: errorSchema },
      },
    },
    async (request) =>
      editAgencyProfile(ctx, principalOf(request), { ...request.body, id: request.params.id }),
  );
};
