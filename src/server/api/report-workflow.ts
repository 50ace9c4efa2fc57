// The annual report's review (services/reports/workflow.ts): read where the year's report stands, then submit,
// review and sign off — each by its role, each naming the state it expects (409 platform.concurrentChange when
// someone else moved the report meanwhile). Sign-off publishes. Registered inside statisticsRoutes, under its sign-in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema, staffErrors } from '../../contracts/common.ts';
import {
  reviewReportBody,
  signOffReportBody,
  submitReportBody,
  workflowSchema,
} from '../../contracts/report-workflow.ts';
import { reportYear } from '../../contracts/reports.ts';
import { readWorkflow, reviewReport, signOffReport, submitReport } from '../../services/reports/workflow.ts';
import { principalOf } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';

const params = z.strictObject({ year: z.coerce.number().pipe(reportYear) });
const stepErrors = { ...staffErrors, 409: errorSchema, 422: errorSchema };

export const reportWorkflowRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  app.get(
    '/reports/annual/:year/workflow',
    {
      schema: {
        tags: ['年度统计'],
        summary: '年度报告的审核与签发：当前状态、提交时固定的报告及检查结果、各轮记录',
        params,
        querystring: z.strictObject({ agencyId: z.string().min(1).max(64).optional() }),
        response: { 200: workflowSchema, ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const agencyId = request.query.agencyId ?? principal.agencyId ?? '';
      return readWorkflow(ctx, principal, { agencyId, year: request.params.year });
    },
  );

  app.post(
    '/reports/annual/:year/workflow/submit',
    {
      schema: {
        tags: ['年度统计'],
        summary:
          '提交审核（公开办经办人或负责人）：按当前数据生成报告并固定；发布后再次提交即为更正，须填写更正说明',
        params,
        body: submitReportBody,
        response: { 200: workflowSchema, ...stepErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return submitReport(ctx, principal, {
        ...request.body,
        agencyId: request.body.agencyId ?? principal.agencyId ?? '',
        year: request.params.year,
      });
    },
  );

  app.post(
    '/reports/annual/:year/workflow/review',
    {
      schema: {
        tags: ['年度统计'],
        summary: '审核（公开办负责人，不能是提交人）：通过后送领导签发，或填写意见退回修改',
        params,
        body: reviewReportBody,
        response: { 200: workflowSchema, ...stepErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return reviewReport(ctx, principal, {
        ...request.body,
        agencyId: request.body.agencyId ?? principal.agencyId ?? '',
        year: request.params.year,
      });
    },
  );

  app.post(
    '/reports/annual/:year/workflow/sign-off',
    {
      schema: {
        tags: ['年度统计'],
        summary: '签发（机关领导，不能是审核人）：发布提交时固定的报告到门户，并列入公开目录“年报”类',
        params,
        body: signOffReportBody,
        response: { 200: workflowSchema, ...stepErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return signOffReport(ctx, principal, {
        ...request.body,
        agencyId: request.body.agencyId ?? principal.agencyId ?? '',
        year: request.params.year,
      });
    },
  );
};
