// The drill-down of the built annual report (services/reports/cells.ts): the catalogue items, requests or review
// cases one cell of table 二 (第二十条第(一)项), 三 or 四 counts. Registered inside statisticsRoutes, under its sign-in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffErrors } from '../../contracts/common.ts';
import { cellDrillDownSchema, type CellInput } from '../../contracts/report-cells.ts';
import { reportYear } from '../../contracts/reports.ts';
import { drillDownCell } from '../../services/reports/cells.ts';
import { principalOf } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';

export const reportCellRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  app.get(
    '/reports/annual/:year/cells',
    {
      schema: {
        tags: ['年度统计'],
        summary:
          '年度报告某一格统计了哪些目录条目（表二第二十条第(一)项）、申请（表三）或复议诉讼案件（表四）；条数等于该格数值',
        params: z.strictObject({ year: z.coerce.number().pipe(reportYear) }),
        querystring: z.strictObject({
          table: z
            .enum(['proactive', 'applications', 'reviewLitigation'])
            .describe('proactive：表二；applications：表三；reviewLitigation：表四'),
          row: z
            .string()
            .min(1)
            .max(64)
            .describe('行的键，如 regulation、received、withheld.stateSecret、review'),
          column: z.string().min(1).max(64).describe('列的键，如 inForce、naturalPerson、total、upheld'),
          agencyId: z.string().min(1).max(64).optional(),
        }),
        response: { 200: cellDrillDownSchema, ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      // Row and column are checked against the table by the use case (contracts/report-cells.ts).
      const input = {
        ...request.query,
        agencyId: request.query.agencyId ?? principal.agencyId ?? '',
        year: request.params.year,
      } as CellInput;
      return drillDownCell(ctx, principal, input);
    },
  );
};
