// The agency's review steps, for its administrator (系统管理 → 审核流程): read and save. The rest of the catalogue
// settings keep their own routes; these two touch only the workflow.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema, staffErrors } from '../../../contracts/common.ts';
import { reviewWorkflowBody, reviewWorkflowResponse } from '../../../contracts/review-workflow.ts';
import {
  reviewWorkflowSettings,
  saveReviewWorkflow,
} from '../../../services/publications/review-workflow-settings.ts';
import { principalOf, requireSignIn } from '../../auth/principal.ts';
import type { RouteContext } from '../../context.ts';

export const reviewWorkflowRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/publications/settings/review-workflow',
    {
      schema: {
        tags: ['主动公开'],
        summary: '本机关的发布前审核环节及各环节的办理角色（管理员）',
        response: { 200: reviewWorkflowResponse, ...staffErrors },
      },
    },
    (request) => reviewWorkflowSettings(ctx, principalOf(request)),
  );

  app.put(
    '/publications/settings/review-workflow',
    {
      schema: {
        tags: ['主动公开'],
        summary: '设置本机关的发布前审核环节（有公开信息正在审核时不能增减环节）',
        body: reviewWorkflowBody,
        response: { 200: reviewWorkflowResponse, ...staffErrors, 409: errorSchema },
      },
    },
    (request) => saveReviewWorkflow(ctx, principalOf(request), { workflow: request.body }),
  );
};
