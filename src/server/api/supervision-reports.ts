// A supervising office's annual-report pages over HTTP (services/supervision): the roster and the roll-up, each also
// as a workbook, and the import of reports of agencies not on the platform — multipart, in this plugin only (the
// rest of the JSON API keeps refusing multipart bodies). Each uploaded file is refused or kept on its own; an
// oversized upload is listed as refused rather than failing the batch.
import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffErrors } from '../../contracts/common.ts';
import {
  importResultSchema,
  rollupSchema,
  rosterSchema,
  supervisionReportsQuery,
} from '../../contracts/supervision-reports.ts';
import { DomainError, formatErrorMessage } from '../../core/errors/index.ts';
import { MAX_REPORT_BYTES, formatBytes } from '../../formats/read/limits.ts';
import { rollupXlsx, rosterXlsx } from '../../formats/write/supervision-xlsx.ts';
import { importReports, type UploadedFile } from '../../services/supervision/import.ts';
import { reportRollup } from '../../services/supervision/rollup.ts';
import { reportRoster } from '../../services/supervision/roster.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';

/** A zip of an office's reports may hold many; each report inside is still held to MAX_REPORT_BYTES. */
const MAX_UPLOAD_BYTES = 5 * MAX_REPORT_BYTES;
const MAX_UPLOAD_FILES = 200;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendXlsx(reply: FastifyReply, name: string, bytes: Uint8Array) {
  return reply
    .type(XLSX)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(Buffer.from(bytes));
}

export const supervisionReportRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);
  await app.register(multipart, { throwFileSizeLimit: false });

  app.get(
    '/supervision/reports',
    {
      schema: {
        tags: ['监督'],
        summary:
          '年报报送名册：所辖机关某年度年报的发布状态（《条例》第四十九条）、版本、检查结果、雷同段落，及导入的未上平台机关年报',
        querystring: supervisionReportsQuery,
        response: { 200: rosterSchema, ...staffErrors },
      },
    },
    async (request) => reportRoster(ctx, principalOf(request), request.query),
  );

  app.get(
    '/supervision/reports/roster.xlsx',
    {
      schema: {
        tags: ['监督'],
        summary: '年报报送名册（XLSX）',
        querystring: supervisionReportsQuery,
        response: { 200: z.any(), ...staffErrors },
      },
    },
    async (request, reply) => {
      const roster = await reportRoster(ctx, principalOf(request), request.query);
      return sendXlsx(
        reply,
        `${roster.office.name}${roster.year}年度年报报送名册.xlsx`,
        await rosterXlsx(roster),
      );
    },
  );

  app.get(
    '/supervision/reports/rollup',
    {
      schema: {
        tags: ['监督'],
        summary: '所辖机关年报表三（总计列）、表四汇总，含各机关数据及合计',
        querystring: supervisionReportsQuery,
        response: { 200: rollupSchema, ...staffErrors },
      },
    },
    async (request) => reportRollup(ctx, principalOf(request), request.query),
  );

  app.get(
    '/supervision/reports/rollup.xlsx',
    {
      schema: {
        tags: ['监督'],
        summary: '所辖机关年报表三、表四汇总（XLSX）',
        querystring: supervisionReportsQuery,
        response: { 200: z.any(), ...staffErrors },
      },
    },
    async (request, reply) => {
      const rollup = await reportRollup(ctx, principalOf(request), request.query);
      return sendXlsx(
        reply,
        `${rollup.office.name}${rollup.year}年度年报汇总.xlsx`,
        await rollupXlsx(rollup),
      );
    },
  );

  app.post(
    '/supervision/reports/imports',
    {
      schema: {
        tags: ['监督'],
        summary:
          '导入未上平台机关的年度报告（multipart：year、可选 agencyId、若干 PDF/DOCX/HTML/TXT/MD 文件或 ZIP）；同一机关同一年度再次导入即替换',
        response: { 200: importResultSchema, ...staffErrors },
      },
    },
    async (request) => {
      const fields: Record<string, string> = {};
      const files: UploadedFile[] = [];
      const tooLarge: { sourceName: string; code: string; reason: string }[] = [];
      const parts = request.parts({
        limits: { fileSize: MAX_UPLOAD_BYTES, files: MAX_UPLOAD_FILES, fields: 10 },
      });
      for await (const part of parts) {
        if (part.type === 'field') {
          if (typeof part.value === 'string') fields[part.fieldname] = part.value;
          continue;
        }
        if (part.filename === '') continue;
        const bytes = await part.toBuffer();
        if (part.file.truncated) {
          const params = {
            size: `超过 ${formatBytes(MAX_UPLOAD_BYTES)}`,
            limit: formatBytes(MAX_UPLOAD_BYTES),
          };
          tooLarge.push({
            sourceName: part.filename,
            code: 'report.fileTooLarge',
            reason: formatErrorMessage('report.fileTooLarge', params),
          });
        } else files.push({ name: part.filename, bytes: new Uint8Array(bytes) });
      }
      const year = Number(fields.year);
      if (!Number.isInteger(year))
        throw new DomainError('platform.invalidInput', { details: 'year：请填写年度' });
      const result = await importReports(ctx, principalOf(request), {
        year,
        ...(fields.agencyId ? { agencyId: fields.agencyId } : {}),
        files,
      });
      return { ...result, refused: [...tooLarge, ...result.refused] };
    },
  );
};
