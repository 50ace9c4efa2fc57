// Annual statistics: the annual report of one agency and year built from the stored timelines and cases (tables
// 三 and 四 computed in SQL), as the report model's JSON, with the checker's findings; and the same report as a
// document to download (text, HTML, Markdown, JSON, DOCX, XLSX: the writers of formats/write).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { builtReportSchema, REPORT_FORMATS, type ReportFormat } from '../../contracts/reports.ts';
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
      const fileName = `${report.agency ?? ''}${year}年政府信息公开工作年度报告.${DOWNLOADS[format].extension}`;
      return reply
        .type(DOWNLOADS[format].type)
        .header(
          'content-disposition',
          `attachment; filename="annual-report-${year}.${DOWNLOADS[format].extension}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(typeof written === 'string' ? written : Buffer.from(written!));
    },
  );
};

const DOWNLOADS: Record<ReportFormat, { extension: string; type: string }> = {
  text: { extension: 'txt', type: 'text/plain; charset=utf-8' },
  html: { extension: 'html', type: 'text/html; charset=utf-8' },
  md: { extension: 'md', type: 'text/markdown; charset=utf-8' },
  json: { extension: 'json', type: 'application/json; charset=utf-8' },
  docx: {
    extension: 'docx',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: { extension: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};
