// Annual statistics: the annual report of one agency and year built from the stored timelines and cases (tables
// 三 and 四 computed in SQL), as the report model's JSON, with the checker's findings.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { builtReportSchema } from '../../contracts/reports.ts';
import { buildReport } from '../../services/reports/build.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { staffErrors } from '../../contracts/common.ts';

export const statisticsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/reports/annual',
    {
      schema: {
        tags: ['年度统计'],
        summary: '由办理数据生成某机关某年度的年度报告（表三、表四），附检查结果',
        querystring: z.strictObject({
          agencyId: z.string().min(1).max(64).optional(),
          year: z.coerce.number().int().min(2008).max(2100),
        }),
        response: {
          200: builtReportSchema,
          ...staffErrors,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { report, findings } = await buildReport(ctx, principal, {
        agencyId: request.query.agencyId ?? principal.agencyId,
        year: request.query.year,
      });
      return { report, findings };
    },
  );
};
