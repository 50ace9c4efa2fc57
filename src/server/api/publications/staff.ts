// The staff side of the catalogue: drafts, submission (screened), the review steps, publication, channels, the
// table 二 figures from other systems, and what the catalogue gives the annual report. Each route parses with
// the contract, calls the use case (which authorizes) and shapes the answer.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, pageOf, staffErrors } from '../../../contracts/common.ts';
import {
  annualParamsSchema,
  annualQuerySchema,
  annualSchema,
  attachmentParamsSchema,
  attachmentSchema,
  channelBodySchema,
  draftBodySchema,
  figureBodySchema,
  figureParamsSchema,
  figureSchema,
  reviewBodySchema,
  reviewQueueQuerySchema,
  reviewQueueSchema,
  screenResultSchema,
  staffItemSchema,
  staffItemWithHistorySchema,
  staffListItemSchema,
  staffListQuerySchema,
  staffSearchQuerySchema,
  staffSearchResultSchema,
} from '../../../contracts/publications.ts';
import { catalogueAnnual, enterExternalFigure } from '../../../services/publications/annual.ts';
import { attachmentsOf, downloadAttachment } from '../../../services/publications/attachments.ts';
import {
  createDraft,
  editDraft,
  listStaffCatalogue,
  readPublication,
} from '../../../services/publications/catalogue.ts';
import { recordChannel } from '../../../services/publications/channels.ts';
import { publish, reviewStep, submitForReview } from '../../../services/publications/review.ts';
import { dueStepLabels, reviewQueue } from '../../../services/publications/reviewing.ts';
import { screenDraft } from '../../../services/publications/screening.ts';
import { searchStaffCatalogue } from '../../../services/publications/search.ts';
import { principalOf, requireSignIn } from '../../auth/principal.ts';
import type { RouteContext } from '../../context.ts';
import { sendAttachment } from '../send-attachment.ts';
import { listView, staffView } from './views.ts';

export const staffCatalogueRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);
  const tags = ['主动公开'];

  app.get(
    '/publications',
    {
      schema: {
        tags,
        summary: '本机关的公开信息（含草稿和审核中）',
        querystring: staffListQuerySchema,
        response: { 200: pageOf(staffListItemSchema), ...staffErrors },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { total, items } = await listStaffCatalogue(ctx, principalOf(request), request.query);
      const labels = await dueStepLabels(ctx.db, items);
      return { items: items.map((i) => listView(i, labels)), total, page, pageSize };
    },
  );

  app.get(
    '/publications/review-queue',
    {
      schema: {
        tags,
        summary: '待我审核：本机关在当前用户的角色可办理的审核环节等待的信息（按本机关审核流程）',
        querystring: reviewQueueQuerySchema,
        response: { 200: reviewQueueSchema, ...staffErrors },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { total, items, steps } = await reviewQueue(ctx, principalOf(request), request.query);
      const labels = await dueStepLabels(ctx.db, items);
      return { items: items.map((i) => listView(i, labels)), total, page, pageSize, steps };
    },
  );

  app.post(
    '/publications/screen',
    {
      schema: {
        tags,
        summary: '发布前检查（不保存）：敏感词、错别字、密级标志、个人信息等，按字段给出位置',
        body: draftBodySchema,
        response: { 200: screenResultSchema, ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return {
        findings: await screenDraft(ctx, principal, { agencyId: principal.agencyId, draft: request.body }),
      };
    },
  );

  app.get(
    '/publications/search',
    {
      schema: {
        tags,
        summary: '检索本机关的公开信息（含草稿）',
        querystring: staffSearchQuerySchema,
        response: { 200: staffSearchResultSchema, ...staffErrors },
      },
    },
    async (request) => {
      const result = await searchStaffCatalogue(ctx, principalOf(request), request.query);
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
        body: draftBodySchema,
        response: { 201: staffItemSchema, ...staffErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const item = await createDraft(ctx, principal, { agencyId: principal.agencyId, draft: request.body });
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
        response: { 200: staffItemWithHistorySchema, ...staffErrors },
      },
    },
    async (request) => {
      const { history, position, ...item } = await readPublication(ctx, principalOf(request), request.params);
      return { ...staffView(item), history, position };
    },
  );

  app.put(
    '/publications/:id',
    {
      schema: {
        tags,
        summary: '修改草稿（仅草稿或退回的信息）',
        params: idParams,
        body: draftBodySchema,
        response: { 200: staffItemSchema, ...staffErrors },
      },
    },
    async (request) =>
      staffView(await editDraft(ctx, principalOf(request), { id: request.params.id, draft: request.body })),
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
    async (request) => staffView(await submitForReview(ctx, principalOf(request), request.params)),
  );

  app.post(
    '/publications/:id/review',
    {
      schema: {
        tags,
        summary: '审核：通过、退回、报请确定或登记确定意见（当前环节）',
        params: idParams,
        body: reviewBodySchema,
        response: { 200: staffItemSchema, ...staffErrors },
      },
    },
    async (request) =>
      staffView(await reviewStep(ctx, principalOf(request), { id: request.params.id, action: request.body })),
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
    async (request) => staffView(await publish(ctx, principalOf(request), request.params)),
  );

  app.post(
    '/publications/:id/channels',
    {
      schema: {
        tags,
        summary: '登记发布渠道和日期',
        params: idParams,
        body: channelBodySchema,
        response: { 200: staffItemSchema, ...staffErrors },
      },
    },
    async (request) =>
      staffView(
        await recordChannel(ctx, principalOf(request), { id: request.params.id, release: request.body }),
      ),
  );

  app.get(
    '/publications/:id/attachments',
    {
      schema: {
        tags,
        summary: '一条信息的附件（任何阶段）',
        params: idParams,
        response: { 200: z.object({ items: z.array(attachmentSchema) }), ...staffErrors },
      },
    },
    async (request) => ({
      items: await attachmentsOf(ctx, principalOf(request), { publicationId: request.params.id }),
    }),
  );

  app.get(
    '/publications/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: '下载一条信息的附件（任何阶段；类型为检测所得，始终作为下载）',
        params: attachmentParamsSchema,
        response: { 200: z.any(), ...staffErrors },
      },
    },
    async (request, reply) => {
      const { id, attachmentId } = request.params;
      const { attachment, content } = await downloadAttachment(ctx, principalOf(request), {
        id: attachmentId,
        publicationId: id,
      });
      return sendAttachment(reply, attachment, content);
    },
  );

  app.put(
    '/publications/figures/:year/:row',
    {
      schema: {
        tags,
        summary: '填报表二外部数据（行政许可、处罚、强制决定数，行政事业性收费万元）及来源',
        params: figureParamsSchema,
        body: figureBodySchema,
        response: { 200: figureSchema, ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return enterExternalFigure(ctx, principal, {
        agencyId: principal.agencyId,
        figure: { ...request.params, ...request.body },
      });
    },
  );

  app.get(
    '/publications/annual/:year',
    {
      schema: {
        tags,
        summary: '年度报告所需：表二、发布渠道和类别统计、外部数据来源、目录发现的问题',
        params: annualParamsSchema,
        querystring: annualQuerySchema,
        response: { 200: annualSchema, ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return catalogueAnnual(ctx, principal, {
        agencyId: request.query.agencyId ?? principal.agencyId,
        year: request.params.year,
      });
    },
  );
};
