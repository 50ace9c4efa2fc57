// 行政复议 / 行政诉讼 cases (table 四): list, file, read, record the result.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../core/requests/events.ts';
import { REVIEW_GROUPS } from '../../core/taxonomy/review-table.ts';
import { authorize } from '../../services/policy/authorize.ts';
import { agenciesToList } from '../../services/policy/authorize.ts';
import {
  fileReviewCase,
  getReviewCase,
  recordReviewResult,
  reviewCasesOf,
} from '../../services/review-cases.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { idParams, pageOf, pageQuery, staffErrors } from '../../contracts/common.ts';

const RESULTS = ['upheld', 'corrected', 'otherResult', 'pending'] as const;

const reviewCaseSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  requestId: z.string().nullable(),
  kind: z.enum(REVIEW_GROUPS),
  caseNumber: z.string().nullable(),
  filedOn: z.string(),
  result: z.enum(RESULTS),
  closedOn: z.string().nullable(),
  notes: z.string(),
});

export const reviewCaseRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  requireSignIn(app, db);

  app.get(
    '/review-cases',
    {
      schema: {
        tags: ['复议诉讼'],
        summary: '行政复议、行政诉讼案件',
        querystring: z.strictObject({
          agencyId: z.string().min(1).max(64).optional(),
          kind: z.enum(REVIEW_GROUPS).optional(),
          result: z.enum(RESULTS).optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(reviewCaseSchema), ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { agencyId, kind, result, page, pageSize } = request.query;
      const agencies = agenciesToList(principal, 'reviewCases.read', agencyId);
      const cases = (await reviewCasesOf(db, agencies)).filter(
        (c) => (!kind || c.kind === kind) && (!result || c.result === result),
      );
      return paginate(cases, page, pageSize);
    },
  );

  app.post(
    '/review-cases',
    {
      schema: {
        tags: ['复议诉讼'],
        summary: '登记复议或诉讼案件（本机关）',
        body: z.strictObject({
          requestId: z.string().min(1).max(64).nullable().default(null),
          kind: z.enum(REVIEW_GROUPS),
          caseNumber: z.string().min(1).max(100).nullable().default(null),
          filedOn: isoDate,
          notes: z.string().max(2000).default(''),
        }),
        response: { 201: reviewCaseSchema, ...staffErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      authorize(principal, 'reviewCases.record', principal.agencyId);
      const filed = await fileReviewCase(db, principal, {
        ...request.body,
        agencyId: principal.agencyId,
      });
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
    async (request) => {
      const found = await getReviewCase(db, request.params.id);
      authorize(principalOf(request), 'reviewCases.read', found.agencyId);
      return found;
    },
  );

  app.put(
    '/review-cases/:id/result',
    {
      schema: {
        tags: ['复议诉讼'],
        summary: '记录审结结果（或改回尚未审结）',
        params: idParams,
        body: z.strictObject({ result: z.enum(RESULTS), closedOn: isoDate.nullable() }),
        response: { 200: reviewCaseSchema, ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const found = await getReviewCase(db, request.params.id);
      authorize(principal, 'reviewCases.record', found.agencyId);
      return recordReviewResult(db, principal, found.id, request.body);
    },
  );
};

/** One page of a list already filtered in memory (an agency's review cases stay few). */
function paginate<T>(all: readonly T[], page: number, pageSize: number) {
  return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
}
