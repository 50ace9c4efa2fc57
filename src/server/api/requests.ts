// Disclosure requests for staff: register, list with filters, read with timeline and deadline, append events,
// reply letter. Tenancy and roles are the policy's (services/policy/requests.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { computeDeadline } from '../../core/requests/deadline.ts';
import { requestEventSchema } from '../../core/requests/events.ts';
import { deadlineSentence, explainSteps } from '../../core/requests/explain.ts';
import { EVENT_LABELS } from '../../core/requests/labels.ts';
import { REQUEST_STATES } from '../../core/requests/state.ts';
import { agenciesToList } from '../../services/policy/authorize.ts';
import { authorize } from '../../services/policy/authorize.ts';
import { requestEventAction } from '../../services/policy/rules.ts';
import { chinaToday } from '../../services/requests/calendar.ts';
import { registerRequest } from '../../services/requests/intake.ts';
import { deadlineWarnings, listRequests } from '../../services/requests/queries.ts';
import { appendEvent, getRequest, getTimeline } from '../../services/requests/timeline.ts';
import { DomainError } from '../../core/errors/index.ts';
import { renderReplyLetter } from '../../formats/letters/index.ts';
import { getAgency } from '../../services/agencies.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { registrationBody, requestDetailSchema, requestSchema } from './request-schemas.ts';
import { idParams, pageOf, pageQuery, staffErrors } from '../../contracts/common.ts';

const agencyFilter = z.string().min(1).max(64).optional();

export const requestRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx, db, writes }) => {
  requireSignIn(app, db);

  app.post(
    '/requests',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '登记申请（当面、邮寄、传真、电子邮件、网上等各渠道）',
        body: registrationBody,
        response: {
          201: z.object({ request: requestSchema, queryCode: z.string(), acknowledgement: z.string() }),
          ...staffErrors,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      authorize(principal, 'requests.register', principal.agencyId);
      const ack = await writes.run((trx) =>
        registerRequest(trx, principal, { ...request.body, agencyId: principal.agencyId }),
      );
      return reply
        .code(201)
        .send({ request: ack.request, queryCode: ack.queryCode, acknowledgement: ack.text });
    },
  );

  app.get(
    '/requests',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '申请列表（按机关、状态、登记号或申请人筛选，分页）',
        querystring: z.strictObject({
          agencyId: agencyFilter,
          state: z
            .string()
            .max(200)
            .optional()
            .transform((s) => (s ? s.split(',') : undefined))
            .pipe(z.array(z.enum(REQUEST_STATES)).optional()),
          q: z.string().trim().min(1).max(100).optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(requestSchema), ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { agencyId, state, q, page, pageSize } = request.query;
      const agencyIds = agenciesToList(principal, 'requests.read', agencyId);
      const found = await listRequests(db, {
        agencyIds,
        states: state,
        search: q,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { ...found, page, pageSize };
    },
  );

  app.get(
    '/requests/:id',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '申请详情：时间线、答复期限及其计算说明',
        params: idParams,
        response: { 200: requestDetailSchema, ...staffErrors },
      },
    },
    async (request) => {
      const found = await getRequest(db, request.params.id);
      authorize(principalOf(request), 'requests.read', found.agencyId);
      const timeline = await getTimeline(db, found.id);
      // Same settings as the stored due date (services/requests/due-date.ts): a year the calendar lacks gives a flagged
      // provisional answer rather than a refusal.
      const deadline = computeDeadline(
        timeline.map((t) => t.event),
        await ctx.calendar.current(),
        { allowProvisional: true },
        chinaToday(),
      );
      return {
        request: found,
        timeline: timeline.map((t) => ({ ...t, label: EVENT_LABELS[t.event.type] })),
        deadline: {
          receivedOn: deadline.receivedOn,
          dueOn: deadline.dueOn,
          paused: deadline.paused,
          pausedBy: deadline.pausedBy,
          daysLeft: deadline.daysLeft,
          overdue: deadline.overdue,
          provisional: deadline.provisional,
          explanation: explainSteps(deadline),
          sentence: deadlineSentence(deadline),
        },
      };
    },
  );

  app.post(
    '/requests/:id/events',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '在时间线上追加一条记录（分办、补正、征求意见、延期、收费、决定、答复、送达、归档、撤回）',
        params: idParams,
        body: z.strictObject({
          event: requestEventSchema,
          expectedEventCount: z.number().int().min(0).optional(),
        }),
        response: {
          201: z.object({
            request: requestSchema,
            warnings: z.array(z.object({ rule: z.string(), severity: z.string(), message: z.string() })),
          }),
          409: staffErrors[422],
          ...staffErrors,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const found = await getRequest(db, request.params.id);
      authorize(principal, requestEventAction(request.body.event.type), found.agencyId);
      const result = await appendEvent(db, principal, found.id, request.body.event, {
        expectedEventCount: request.body.expectedEventCount,
      });
      const warnings = result.warnings.map(({ rule, severity, message }) => ({ rule, severity, message }));
      return reply.code(201).send({ request: result.request, warnings });
    },
  );

  app.get(
    '/warnings',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '超期预警：即将到期和已超期的申请（本机关；主管部门可看所辖机关）',
        querystring: z.strictObject({
          agencyId: agencyFilter,
          withinWorkingDays: z.coerce.number().int().min(0).max(60).default(5),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({ request: requestSchema, workingDaysLeft: z.number().int(), overdue: z.boolean() }),
            ),
          }),
          ...staffErrors,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const agencyIds = agenciesToList(principal, 'requests.read', request.query.agencyId);
      return { items: await deadlineWarnings(db, agencyIds, request.query.withinWorkingDays) };
    },
  );

  app.get(
    '/requests/:id/reply-letter',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '答复书（按办理结果选用文书样式并引用条款），HTML 或 DOCX',
        params: idParams,
        querystring: z.strictObject({ format: z.enum(['html', 'docx']).default('html') }),
        // The document itself (text/html or .docx), not JSON: sent as is, never serialised.
        response: { 200: z.unknown().describe('答复书 HTML 或 DOCX'), ...staffErrors },
      },
    },
    async (request, reply) => {
      const found = await getRequest(db, request.params.id);
      authorize(principalOf(request), 'requests.read', found.agencyId);
      const decided = (await getTimeline(db, found.id)).map((t) => t.event).find((e) => e.type === 'decided');
      if (!decided) throw new DomainError('requests.notDecided', { event: '答复书' });
      const agency = await getAgency(db, found.agencyId);
      const data = {
        agency: {
          name: agency.name,
          address: agency.address ?? '',
          phone: agency.phone ?? '',
          ...(agency.postcode ? { postcode: agency.postcode } : {}),
        },
        applicant: { name: found.applicant.name },
        registrationNumber: found.registrationNumber,
        receivedOn: found.receivedOn,
        requestSummary: found.informationSought.slice(0, 2000),
        outcome: decided.outcome,
        reasons: decided.reasons,
        ...(decided.articles.trim() ? { articles: decided.articles } : {}),
        decidedOn: decided.on,
      };
      if (request.query.format === 'html') {
        return reply.type('text/html; charset=utf-8').send(await renderReplyLetter(data, 'html'));
      }
      const file = `${found.registrationNumber}答复书.docx`;
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header(
          'content-disposition',
          `attachment; filename="reply-letter.docx"; filename*=UTF-8''${encodeURIComponent(file)}`,
        )
        .send(Buffer.from(await renderReplyLetter(data, 'docx')));
    },
  );
};
