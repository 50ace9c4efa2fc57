// 行政复议 / 行政诉讼 cases (table 四): list, file, read, record the result.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  fileReviewCase,
  listReviewCases,
  recordReviewResult,
  showReviewCase,
} from '../../services/review-cases.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { idParams, staffErrors } from '../../contracts/common.ts';
import {
  newReviewCaseBody,
  reviewCasePage,
  reviewCaseQuery,
  reviewCaseSchema,
  reviewResultBody,
} from '../../contracts/review-cases.ts';

export const reviewCaseRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/review-cases',
    {
      schema: {
        tags: ['复议诉讼'],
        summary: '行政复议、行政诉讼案件',
        querystring: reviewCaseQuery,
        response: { 200: reviewCasePage, ...staffErrors },
      },
    },
    async (request) => listReviewCases(ctx, principalOf(request), request.query),
  );

  app.post(
    '/review-cases',
    {
      schema: {
        tags: ['复议诉讼'],
        summary: '登记复议或诉讼案件（本机关）',
        body: newReviewCaseBody,
        response: { 201: reviewCaseSchema, ...staffErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const filed = await fileReviewCase(ctx, principal, { ...request.body, agencyId: principal.agencyId });
      return reply.code(201).send(filed);
    },
  );

  app.get(
    '/review-cases/:id',
    {
      schema: {
        tags: ['复议诉讼'],
        summary: '案件详情',
        params: idParams,
        response: { 200: reviewCaseSchema, ...staffErrors },
      },
    },
    async (request) => showReviewCase(ctx, principalOf(request), { id: request.params.id }),
  );

  app.put(
    '/review-cases/:id/result',
    {
      schema: {
        tags: ['复议诉讼'],
        summary: '记录审结结果（或改回尚未审结）',
        params: idParams,
        body: reviewResultBody,
        response: { 200: reviewCaseSchema, ...staffErrors },
      },
    },
    async (request) =>
      recordReviewResult(ctx, principalOf(request), { id: request.params.id, ...request.body }),
  );
};
