// Published annual reports: staff list the versions published (each through the review workflow,
// server/api/report-workflow.ts). Registered inside statisticsRoutes, under its sign-in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { staffErrors } from '../../contracts/common.ts';
import { listPublicationsQuery, reportPublicationListSchema } from '../../contracts/reports.ts';
import { listReportPublications } from '../../services/reports/published.ts';
import { principalOf } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';

export const reportPublicationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  app.get(
    '/reports/annual/publications',
    {
      schema: {
        tags: ['年度统计'],
        summary: '已发布的年度报告（各年度的全部版本，新的在前）',
        querystring: listPublicationsQuery,
        response: { 200: reportPublicationListSchema, ...staffErrors },
      },
    },
    async (request) => ({
      items: await listReportPublications(ctx, principalOf(request), request.query),
    }),
  );
};
