// 工作要点台账 and the register of 人大建议、政协提案 for staff (issue 14): a supervisor assigns the year's tasks and
// reads the roster; an agency records its progress and registers proposals.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, staffErrors } from '../../contracts/common.ts';
import {
  assignTasksBody,
  progressBody,
  proposalBody,
  proposalSchema,
  rosterSchema,
  workPlanQuery,
  workPlanTaskSchema,
} from '../../contracts/work-plan.ts';
import { listProposals, registerProposal } from '../../services/participation/proposals.ts';
import {
  assignTasks,
  listTasks,
  recordProgress,
  workPlanRoster,
} from '../../services/participation/work-plan.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';

const tags = ['工作要点与建议提案'];

export const workPlanRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/participation/work-plan',
    {
      schema: {
        tags,
        summary: '年度政务公开工作要点任务（本机关；监督人员为所辖机关）',
        querystring: workPlanQuery,
        response: { 200: z.array(workPlanTaskSchema), ...staffErrors },
      },
    },
    async (request) => listTasks(ctx, principalOf(request), request.query),
  );

  app.post(
    '/participation/work-plan',
    {
      schema: {
        tags,
        summary: '下达工作要点任务（每项任务分给所列各机关）',
        body: assignTasksBody,
        response: { 201: z.array(workPlanTaskSchema), ...staffErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const tasks = await assignTasks(ctx, principal, {
        ...request.body,
        supervisorAgencyId: principal.agencyId,
      });
      return reply.code(201).send(tasks);
    },
  );

  app.post(
    '/participation/work-plan/:id/progress',
    {
      schema: {
        tags,
        summary: '填报任务落实情况（可附本机关已发布的公开信息作佐证）',
        params: idParams,
        body: progressBody,
        response: { 201: workPlanTaskSchema, ...staffErrors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordProgress(ctx, principalOf(request), { taskId: request.params.id, ...request.body }),
        ),
  );

  app.get(
    '/participation/work-plan/roster',
    {
      schema: {
        tags,
        summary: '各机关工作要点完成情况',
        querystring: workPlanQuery,
        response: { 200: rosterSchema, ...staffErrors },
      },
    },
    async (request) => workPlanRoster(ctx, principalOf(request), request.query),
  );

  app.get(
    '/participation/proposals',
    {
      schema: {
        tags,
        summary: '本机关承办的人大建议、政协提案',
        querystring: z.strictObject({ year: workPlanQuery.shape.year }),
        response: { 200: z.array(proposalSchema), ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return listProposals(ctx, principal, { agencyId: principal.agencyId, year: request.query.year });
    },
  );

  app.post(
    '/participation/proposals',
    {
      schema: {
        tags,
        summary: '登记人大建议、政协提案（答复公开的附公开信息，不公开的说明理由）',
        body: proposalBody,
        response: { 201: proposalSchema, ...staffErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      return reply
        .code(201)
        .send(await registerProposal(ctx, principal, { ...request.body, agencyId: principal.agencyId }));
    },
  );
};
