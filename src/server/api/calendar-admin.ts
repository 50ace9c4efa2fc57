// Importing a year's holiday arrangement from the console: preview (writes nothing) and import, both from the
// notice text an administrator pastes. Signed in; the rule (calendar.import) admits administrators and the operator.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calendarNoticeBody,
  calendarNoticeImportResponse,
  calendarNoticePreviewResponse,
} from '../../contracts/calendar.ts';
import { staffErrors } from '../../contracts/common.ts';
import { importNotice, previewNoticeImport } from '../../services/calendar/notice-import.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';

export const calendarAdminRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.post(
    '/calendar/import/preview',
    {
      schema: {
        tags: ['工作日历'],
        summary: '预览导入国务院办公厅通知：变化的日期和本机关答复期限变化的未办结申请（不保存）',
        body: calendarNoticeBody,
        response: { 200: calendarNoticePreviewResponse, ...staffErrors },
      },
    },
    (request) => previewNoticeImport(ctx, principalOf(request), request.body),
  );

  app.post(
    '/calendar/import',
    {
      schema: {
        tags: ['工作日历'],
        summary: '导入国务院办公厅通知（替换该年已导入的安排，所有服务器即时生效）',
        body: calendarNoticeBody,
        response: { 201: calendarNoticeImportResponse, ...staffErrors },
      },
    },
    async (request, reply) => {
      const saved = await importNotice(ctx, principalOf(request), request.body);
      return reply
        .code(201)
        .send({ year: saved.schedule.year, source: saved.schedule.source, revision: saved.revision });
    },
  );
};
