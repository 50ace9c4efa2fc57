// 工作台 and 监督 for staff: parse with the contract (contracts/workbench.ts), call the use case
// (services/workbench, which asks the policy first), answer.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, staffErrors } from '../../contracts/common.ts';
import { overduePage, overdueQuery, supervisionSchema, workbenchSchema } from '../../contracts/workbench.ts';
import { supervisedOverdue, supervisionOverview } from '../../services/workbench/supervision.ts';
import { workbench } from '../../services/workbench/workbench.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';

export const workbenchRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/workbench',
    {
      schema: {
        tags: ['工作台'],
        summary: '工作台：即将到期、已超期、待签发的申请，待审核的公开信息，年度报告状态及公布期限',
        response: { 200: workbenchSchema, ...staffErrors },
      },
    },
    async (request) => workbench(ctx, principalOf(request)),
  );

  app.get(
    '/supervision',
    {
      schema: {
        tags: ['监督'],
        summary: '所辖机关的公开工作情况：未办结、即将到期、已超期的申请，审核积压，年度报告状态',
        response: { 200: supervisionSchema, ...staffErrors },
      },
    },
    async (request) => supervisionOverview(ctx, principalOf(request)),
  );

  app.get(
    '/supervision/agencies/:id/overdue',
    {
      schema: {
        tags: ['监督'],
        summary: '所辖某机关的超期申请（分页，超期最久的在前）',
        params: idParams,
        querystring: overdueQuery,
        response: { 200: overduePage, ...staffErrors },
      },
    },
    async (request) =>
      supervisedOverdue(ctx, principalOf(request), { agencyId: request.params.id, ...request.query }),
  );
};
