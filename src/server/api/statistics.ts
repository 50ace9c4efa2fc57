// Annual statistics: the annual report of one agency and year built from the stored timelines and cases (tables
// 三 and 四 computed in SQL), as the report model's JSON, with the checker's findings.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { buildAnnualReport } from '../../services/statistics/report.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { staffErrors } from '../../contracts/common.ts';
import { annualReportQuery, builtReportResponse } from '../../contracts/statistics.ts';

export const statisticsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/reports/annual',
    {
      schema: {
        tags: ['年度统计'],
        summary: '由办理数据生成某机关某年度的年度报告（表三、表四），附检查结果',
        querystring: annualReportQuery,
        response: { 200: builtReportResponse, ...staffErrors },
      },
    },
    async (request) => buildAnnualReport(ctx, principalOf(request), request.query),
  );
};
