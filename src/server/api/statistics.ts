// Annual statistics: the annual report of one agency and year built from the stored timelines and cases (tables
// 三 and 四 computed in SQL), as the report model's JSON, with the checker's findings; and the same report as a
// document to download (text, HTML, Markdown, JSON, DOCX, XLSX: the writers of formats/write); publishing it
// (reports-publication.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { builtReportSchema, REPORT_FORMATS } from '../../contracts/reports.ts';
import { buildReport } from '../../services/reports/build.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { REPORT_FILE_TYPES, reportDisposition } from '../report-downloads.ts';
import { staffErrors } from '../../contracts/common.ts';
import { reportNarrativeRoutes } from './report-narrative.ts';
import { reportCellRoutes } from './report-cells.ts';
import { reportPublicationRoutes } from './reports-publication.ts';
import { reportWorkflowRoutes } from './report-workflow.ts';

export const statisticsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, context) => {
  const { ctx } = context;
  requireSignIn(app, ctx);
  await app.register(reportPublicationRoutes, context);
  await app.register(reportWorkflowRoutes, context);
  await app.register(reportNarrativeRoutes, context);
  await app.register(reportCellRoutes, context);

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

  app.get(
    '/reports/annual/download',
    {
      schema: {
        tags: ['年度统计'],
        summary: '下载由办理数据生成的年度报告（文本、HTML、Markdown、JSON、DOCX、XLSX）',
        querystring: z.strictObject({
          agencyId: z.string().min(1).max(64).optional(),
          year: z.coerce.number().int().min(2008).max(2100),
          format: z.enum(REPORT_FORMATS).describe('文件格式'),
        }),
        // The document itself, not JSON: sent as is, never serialised.
        response: { 200: z.unknown().describe('年度报告文件'), ...staffErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { format, year } = request.query;
      const { report, written } = await buildReport(ctx, principal, {
        agencyId: request.query.agencyId ?? principal.agencyId,
        year,
        format,
      });
      const { type } = REPORT_FILE_TYPES[format];
      const name = `${report.agency ?? ''}${year}年政府信息公开工作年度报告`;
      return reply
        .type(type)
        .header('content-disposition', reportDisposition(name, year, format))
        .send(typeof written === 'string' ? written : Buffer.from(written!));
    },
  );
};
