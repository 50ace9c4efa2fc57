// The staff side of the catalogue: drafts, submission (screened), the review steps, publication, channels, the
// table 二 figures from other systems, and what the catalogue gives the annual report. The services decide who
// may write (the agency's review workflow, staff roles); reading is checked here.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXTERNAL_FIGURE_ROWS } from '../../../core/publications/proactive-table.ts';
import { CATEGORIES, CHANNELS } from '../../../core/publications/vocabulary.ts';
import { publicationDraftSchema } from '../../../core/publications/item.ts';
import { agenciesToList, authorize } from '../../../services/policy/authorize.ts';
import {
  catalogueChannelCounts,
  catalogueFindings,
  catalogueProactiveTable,
  enterExternalFigure,
  externalFigures,
} from '../../../services/publications/annual.ts';
import {
  createDraft,
  editDraft,
  listCatalogue,
  loadPublication,
} from '../../../services/publications/catalogue.ts';
import { recordChannel } from '../../../services/publications/channels.ts';
import { addAttachment } from '../../../services/publications/attachments.ts';
import {
  publish,
  reviewHistory,
  reviewStep,
  submitForReview,
} from '../../../services/publications/review.ts';
import { searchCatalogue, searchQuerySchema } from '../../../services/publications/search.ts';
import { principalOf, requireSignIn } from '../../auth/principal.ts';
import type { RouteContext } from '../../context.ts';
import { idParams, pageOf, pageQuery, staffErrors } from '../../../contracts/common.ts';
import { attachmentSchema, findingsSchema, staffItemSchema, staffView } from './schemas.ts';

const STATUSES = ['draft', 'inReview', 'referred', 'approved', 'published'] as const;
// The service validates the values; the keys are checked here so an unknown field is refused, not dropped.
const draftBody = z.partialRecord(
  z.enum(Object.keys(publicationDraftSchema.shape) as [string, ...string[]]),
  z.unknown(),
);
// A name is shown and offered for download: no path, no control characters, no hidden-file dot.
const attachmentName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine(
    (name) =>
      !name.startsWith('.') &&
      [...name].every((c) => c !== '/' && c !== '\\' && c.charCodeAt(0) > 0x1f && c !== '\u007f'),
    {
      error: '文件名不能包含路径分隔符或控制字符，也不能以“.”开头',
    },
  );
const reviewBody = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('approve'),
    step: z.string().min(1).max(40),
    comment: z.string().max(1000).optional(),
  }),
  z.strictObject({
    type: z.literal('return'),
    step: z.string().min(1).max(40),
    comment: z.string().max(1000),
  }),
  z.strictObject({
    type: z.literal('refer'),
    step: z.string().min(1).max(40),
    referredTo: z.string().max(100),
    comment: z.string().max(1000).optional(),
  }),
  z.strictObject({
    type: z.literal('determine'),
    step: z.string().min(1).max(40),
    comment: z.string().max(1000),
  }),
]);
const historySchema = z.array(
  z.object({
    seq: z.number(),
    action: z.string(),
    step: z.string().nullable(),
    stepLabel: z.string().nullable(),
    role: z.string(),
    actor: z.string(),
    round: z.number(),
    comment: z.string().nullable(),
    referredTo: z.string().nullable(),
    from: z.string(),
    to: z.string(),
    at: z.string(),
  }),
);
const year = z.coerce.number().int().min(2008).max(2100);
// No agency decides a billion cases or collects a billion 万元 a year: a bigger figure is a typo or an attack
// (1e308 was stored and would have been summed into 表二).
const FIGURE_MAX = 1_000_000_000;

export const staffCatalogueRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  requireSignIn(app, db);
  const tags = ['主动公开'];

  app.get(
    '/publications',
    {
      schema: {
        tags,
        summary: '本机关的公开信息（含草稿和审核中）',
        querystring: z.strictObject({
          agencyId: z.string().min(1).max(64).optional(),
          status: z.enum(STATUSES).optional(),
          category: z.enum(CATEGORIES).optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(staffItemSchema), ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { agencyId, status, category, page, pageSize } = request.query;
      const agencies = agenciesToList(principal, 'catalogue.read', agencyId);
      const { total, items } = await listCatalogue(db, {
        agencyIds: agencies,
        statuses: status ? [status] : undefined,
        category,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: items.map(staffView), total, page, pageSize };
    },
  );

  app.get(
    '/publications/search',
    {
      schema: {
        tags,
        summary: '检索本机关的公开信息（含草稿）',
        querystring: searchQuerySchema.extend({ agencyId: z.string().min(1).max(64).optional() }).strict(),
        response: {
          200: z.object({
            total: z.number(),
            capped: z.boolean(),
            hits: z.array(
              z.object({ item: staffItemSchema, titleHtml: z.string(), snippetHtml: z.string() }),
            ),
          }),
          ...staffErrors,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { agencyId, ...query } = request.query;
      const agencies = agenciesToList(principal, 'catalogue.read', agencyId);
      const result = await searchCatalogue(db, { agencyIds: agencies }, query);
      return {
        total: result.total,
        capped: result.capped,
        hits: result.hits.map((h) => ({
          item: staffView(h.item),
          titleHtml: h.titleHtml,
          snippetHtml: h.snippetHtml,
        })),
      };
    },
  );

  app.post(
    '/publications',
    {
      schema: {
        tags,
        summary: '新建草稿',
        body: draftBody,
        response: { 201: staffItemSchema, ...staffErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const item = await createDraft(db, principal, principal.agencyId, request.body);
      return reply.code(201).send(staffView(item));
    },
  );

  app.get(
    '/publications/:id',
    {
      schema: {
        tags,
        summary: '一条公开信息（含筛查结果和审核记录）',
        params: idParams,
        response: { 200: staffItemSchema.extend({ history: historySchema }), ...staffErrors },
      },
    },
    async (request) => {
      const item = await loadPublication(db, request.params.id);
      authorize(principalOf(request), 'catalogue.read', item.agencyId);
      return { ...staffView(item), history: await reviewHistory(db, item.id) };
    },
  );

  app.put(
    '/publications/:id',
    {
      schema: {
        tags,
        summary: '修改草稿（仅草稿或退回的信息）',
        params: idParams,
        body: draftBody,
        response: { 200: staffItemSchema, ...staffErrors },
      },
    },
    async (request) => staffView(await editDraft(db, principalOf(request), request.params.id, request.body)),
  );

  app.post(
    '/publications/:id/submit',
    {
      schema: {
        tags,
        summary: '发布前检查并提交审核',
        params: idParams,
        response: { 200: staffItemSchema, ...staffErrors },
      },
    },
    async (request) => staffView(await submitForReview(db, principalOf(request), request.params.id)),
  );

  app.post(
    '/publications/:id/review',
    {
      schema: {
        tags,
        summary: '审核：通过、退回、报请确定或登记确定意见（当前环节）',
        params: idParams,
        body: reviewBody,
        response: { 200: staffItemSchema, ...staffErrors },
      },
    },
    async (request) => staffView(await reviewStep(db, principalOf(request), request.params.id, request.body)),
  );

  app.post(
    '/publications/:id/publish',
    {
      schema: {
        tags,
        summary: '发布（全部审核环节通过后），生成索引号',
        params: idParams,
        response: { 200: staffItemSchema, ...staffErrors },
      },
    },
    async (request) => staffView(await publish(db, principalOf(request), request.params.id)),
  );

  app.post(
    '/publications/:id/channels',
    {
      schema: {
        tags,
        summary: '登记发布渠道和日期',
        params: idParams,
        body: z.strictObject({
          channel: z.enum(CHANNELS),
          account: z.string().max(100).nullable().optional(),
          releasedOn: z.string(),
          url: z.string().max(500).nullable().optional(),
        }),
        response: { 200: staffItemSchema, ...staffErrors },
      },
    },
    async (request) =>
      staffView(await recordChannel(db, principalOf(request), request.params.id, request.body)),
  );

  app.post(
    '/publications/:id/attachments',
    {
      schema: {
        tags,
        summary: '上传附件（按文件内容判断类型，检查大小；仅草稿）',
        params: idParams,
        body: z.strictObject({ fileName: attachmentName, contentBase64: z.base64() }),
        response: { 201: attachmentSchema, ...staffErrors },
      },
    },
    async (request, reply) => {
      const bytes = new Uint8Array(Buffer.from(request.body.contentBase64, 'base64'));
      const stored = await addAttachment(
        db,
        principalOf(request),
        request.params.id,
        request.body.fileName,
        bytes,
      );
      return reply.code(201).send(stored);
    },
  );

  app.put(
    '/publications/figures/:year/:row',
    {
      schema: {
        tags,
        summary: '填报表二外部数据（行政许可、处罚、强制决定数，行政事业性收费万元）及来源',
        params: z.strictObject({ year, row: z.enum(EXTERNAL_FIGURE_ROWS) }),
        body: z.strictObject({
          value: z
            .number()
            .max(FIGURE_MAX, { error: '数值过大，请核对（处理决定数或收费万元数不应超过十亿）' }),
          source: z.string().max(200),
        }),
        response: {
          200: z.object({ row: z.string(), year: z.number(), value: z.number(), source: z.string() }),
          ...staffErrors,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return enterExternalFigure(db, principal, principal.agencyId, {
        ...request.params,
        ...request.body,
      });
    },
  );

  app.get(
    '/publications/annual/:year',
    {
      schema: {
        tags,
        summary: '年度报告所需：表二、发布渠道和类别统计、外部数据来源、目录发现的问题',
        params: z.strictObject({ year }),
        querystring: z.strictObject({ agencyId: z.string().min(1).max(64).optional() }),
        response: {
          200: z.object({
            proactiveTable: z.record(z.string(), z.array(z.number().nullable())),
            channelCounts: z.object({
              byChannel: z.record(z.string(), z.number()),
              byCategory: z.record(z.string(), z.number()),
              byChannelAndCategory: z.record(z.string(), z.record(z.string(), z.number())),
            }),
            figures: z.array(
              z.object({
                row: z.string(),
                value: z.number(),
                source: z.string(),
                enteredBy: z.string(),
                enteredAt: z.string(),
              }),
            ),
            findings: findingsSchema,
          }),
          ...staffErrors,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const agencyId = request.query.agencyId ?? principal.agencyId;
      authorize(principal, 'catalogue.read', agencyId);
      const y = request.params.year;
      const [proactiveTable, channelCounts, figures, findings] = await Promise.all([
        catalogueProactiveTable(db, { id: agencyId }, y),
        catalogueChannelCounts(db, agencyId, y),
        externalFigures(db, agencyId, y),
        catalogueFindings(db, agencyId),
      ]);
      return { proactiveTable, channelCounts, figures, findings };
    },
  );
};
