// Publishing annual reports (services/reports/publish.ts): a leader publishes the agency's report for a finished
// year — the report as the data stand is frozen as a new version — and staff list what has been published.
// Registered inside statisticsRoutes, under its sign-in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema, staffErrors } from '../../contracts/common.ts';
import {
  listPublicationsQuery,
  publishReportBody,
  reportPublicationListSchema,
  reportPublicationSchema,
  reportYear,
} from '../../contracts/reports.ts';
import { publishAnnualReport } from '../../services/reports/publish.ts';
import { listReportPublications } from '../../services/reports/published.ts';
import { principalOf } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';

export const reportPublicationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  app.post(
    '/reports/annual/:year/publish',
    {
      schema: {
        tags: ['年度统计'],
        summary: '发布某年度的年度报告到门户（按当前数据生成并固定为新版本；再次发布即更正，须填写更正说明）',
        params: z.strictObject({ year: z.coerce.number().pipe(reportYear) }),
        body: publishReportBody,
        response: { 201: reportPublicationSchema, ...staffErrors, 409: errorSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const publication = await publishAnnualReport(ctx, principal, {
        ...request.body,
        agencyId: request.body.agencyId ?? principal.agencyId,
        year: request.params.year,
      });
      return reply.code(201).send(publication);
    },
  );

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
