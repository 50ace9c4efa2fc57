// Disclosure requests for staff: register, list with filters, read with timeline and deadline, append events,
// overdue warnings, reply letter, the applicant's e-mail notifications. Each route parses with the contract
// (contracts/requests.ts), calls the use case (services/requests, which asks the policy first) and maps the
// answer; no rule is decided here.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idempotencyHeaders, idParams, pageOf, staffErrors } from '../../contracts/common.ts';
import {
  appendEventBody,
  appendEventResponse,
  listQuery,
  registrationBody,
  registrationResponse,
  replyLetterQuery,
  requestDetailSchema,
  requestSchema,
  warningsQuery,
  warningsResponse,
} from '../../contracts/requests.ts';
import { notificationsResponse, requestIdParams } from '../../contracts/notifications.ts';
import { requestAttachmentParams, requestAttachmentsResponse } from '../../contracts/request-attachments.ts';
import { withDb } from '../../services/context.ts';
import { listRequestAttachments, requestAttachmentFile } from '../../services/requests/attachments.ts';
import { idempotent } from '../../services/idempotency.ts';
import { appendEvent } from '../../services/requests/append-event.ts';
import { requestDetail } from '../../services/requests/detail.ts';
import { registerRequest } from '../../services/requests/intake.ts';
import { deadlineWarnings, listRequests } from '../../services/requests/queries.ts';
import { requestNotifications } from '../../services/notifications/read.ts';
import { replyLetter } from '../../services/requests/reply-letter.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { intakeTally } from '../operations/metrics.ts';
import { sendAttachment } from './send-attachment.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const requestRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx, metrics }) => {
  requireSignIn(app, ctx);

  app.post(
    '/requests',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '登记申请（当面、邮寄、传真、电子邮件、网上等各渠道），登记到本人所在机关',
        headers: idempotencyHeaders,
        body: registrationBody,
        response: { 201: registrationResponse, ...staffErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      // Intake is the high-volume write: it joins the server's group commit (services/write-batcher.ts).
      const input = { ...request.body, agencyId: principal.agencyId };
      const key = request.headers['idempotency-key'];
      const tally = intakeTally(metrics, 'staff');
      // With an idempotency key the claim on the key and the intake share the unit's transaction.
      const ack =
        key === undefined
          ? await tally.track(registerRequest(ctx, principal, input))
          : await ctx.writes.run((trx) =>
              idempotent(
                withDb(ctx, trx),
                principal,
                { key, operation: 'requests.register', input },
                (scoped) => tally.track(registerRequest(scoped, principal, input)),
              ),
            );
      tally.committed();
      const { request: registered, queryCode, provisional, provisionalReason, text } = ack;
      return reply
        .code(201)
        .send({ request: registered, queryCode, provisional, provisionalReason, acknowledgement: text });
    },
  );

  app.get(
    '/requests',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '申请列表（按机关、状态、登记号或申请人筛选，分页）',
        querystring: listQuery,
        response: { 200: pageOf(requestSchema), ...staffErrors },
      },
    },
    async (request) => listRequests(ctx, principalOf(request), request.query),
  );

  app.get(
    '/requests/:id',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '申请详情：时间线、答复期限（含暂定标记）及其计算说明',
        params: idParams,
        response: { 200: requestDetailSchema, ...staffErrors },
      },
    },
    async (request) => requestDetail(ctx, principalOf(request), { requestId: request.params.id }),
  );

  app.post(
    '/requests/:id/events',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '在时间线上追加一条记录（分办、补正、征求意见、延期、收费、决定、答复、送达、归档、撤回）',
        params: idParams,
        headers: idempotencyHeaders,
        body: appendEventBody,
        response: { 201: appendEventResponse, 409: staffErrors[422], ...staffErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const input = { ...request.body, requestId: request.params.id };
      const key = request.headers['idempotency-key'];
      const result = await idempotent(
        ctx,
        principal,
        { key, operation: 'requests.appendEvent', input },
        (scoped) => appendEvent(scoped, principal, input),
      );
      const warnings = result.warnings.map(({ rule, severity, message }) => ({ rule, severity, message }));
      return reply.code(201).send({ request: result.request, warnings });
    },
  );

  app.get(
    '/requests/:id/notifications',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '给申请人的电子邮件通知（补正、答复）及其发送状态；收件地址已部分隐藏',
        params: requestIdParams,
        response: { 200: notificationsResponse, ...staffErrors },
      },
    },
    async (request) => ({
      items: await requestNotifications(ctx, principalOf(request), { requestId: request.params.id }),
    }),
  );

  app.get(
    '/warnings',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '超期预警：即将到期和已超期的申请（本机关；主管部门可看所辖机关）',
        querystring: warningsQuery,
        response: { 200: warningsResponse, ...staffErrors },
      },
    },
    async (request) => ({ items: await deadlineWarnings(ctx, principalOf(request), request.query) }),
  );

  app.get(
    '/requests/:id/reply-letter/preview',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '答复书预览：HTML 文本装在 JSON 里，供工作台在页面内显示',
        params: idParams,
        response: { 200: z.object({ fileName: z.string(), html: z.string() }), ...staffErrors },
      },
    },
    async (request) => {
      const letter = await replyLetter(ctx, principalOf(request), {
        requestId: request.params.id,
        format: 'html',
      });
      return { fileName: letter.fileName, html: letter.content as string };
    },
  );

  app.get(
    '/requests/:id/reply-letter',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '答复书（按办理结果选用文书样式并引用条款），HTML 或 DOCX',
        params: idParams,
        querystring: replyLetterQuery,
        // The document itself (text/html or .docx), not JSON: sent as is, never serialised.
        response: { 200: z.unknown().describe('答复书 HTML 或 DOCX'), ...staffErrors },
      },
    },
    async (request, reply) => {
      const letter = await replyLetter(ctx, principalOf(request), {
        requestId: request.params.id,
        format: request.query.format,
      });
      if (letter.format === 'html') return reply.type('text/html; charset=utf-8').send(letter.content);
      return reply
        .type(DOCX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="reply-letter.docx"; filename*=UTF-8''${encodeURIComponent(letter.fileName)}`,
        )
        .send(Buffer.from(letter.content));
    },
  );

  app.get(
    '/requests/:id/attachments',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '申请人在线提交的申请材料（身份证明等，《条例》第二十九条）',
        params: requestIdParams,
        response: { 200: requestAttachmentsResponse, ...staffErrors },
      },
    },
    async (request) => ({
      items: await listRequestAttachments(ctx, principalOf(request), { requestId: request.params.id }),
    }),
  );

  app.get(
    '/requests/:id/attachments/:attachmentId',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '下载一份申请材料（按文件内容识别的类型发送，不在浏览器中打开）',
        params: requestAttachmentParams,
        response: { 200: z.unknown().describe('文件内容'), ...staffErrors },
      },
    },
    async (request, reply) => {
      const { attachment, content } = await requestAttachmentFile(ctx, principalOf(request), {
        requestId: request.params.id,
        attachmentId: request.params.attachmentId,
      });
      return sendAttachment(reply, attachment, content);
    },
  );
};
