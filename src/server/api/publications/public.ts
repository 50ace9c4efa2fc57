// The public side of the catalogue (no sign-in, rate-limited): lists, full-text search, item pages, the
// disclosure guide (《条例》第十二条) and an Atom feed of what was published. Only published items are visible,
// whoever is signed in: every route acts as the public.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema, idParams, pageOf } from '../../../contracts/common.ts';
import {
  attachmentSchema,
  guideSchema,
  publicItemSchema,
  publicListQuerySchema,
  publicSearchQuerySchema,
  publicSearchResultSchema,
} from '../../../contracts/publications.ts';
import { PUBLIC_ACTOR } from '../../../services/actor.ts';
import { getAgency } from '../../../services/agencies.ts';
import { downloadAttachment, publishedAttachments } from '../../../services/publications/attachments.ts';
import { listPublished, loadPublished } from '../../../services/publications/catalogue.ts';
import { disclosureGuide } from '../../../services/publications/guide.ts';
import { searchPublished } from '../../../services/publications/search.ts';
import { rateLimitOption } from '../../config.ts';
import type { RouteContext } from '../../context.ts';
import { sendAttachment } from '../send-attachment.ts';
import { atomFeed } from './feed.ts';
import { publicView } from './views.ts';

const publicErrors = { 400: errorSchema, 404: errorSchema, 429: errorSchema };

export const publicCatalogueRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx, config }) => {
  const limited = rateLimitOption(config.publicReadRateLimit);

  app.get(
    '/public/catalogue',
    {
      config: limited,
      schema: {
        tags: ['公众'],
        summary: '政府信息公开目录（已发布的信息，按发布日期由近及远）',
        querystring: publicListQuerySchema,
        response: { 200: pageOf(publicItemSchema), ...publicErrors },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { total, items } = await listPublished(ctx, PUBLIC_ACTOR, request.query);
      return { items: items.map(publicView), total, page, pageSize };
    },
  );

  app.get(
    '/public/catalogue/search',
    {
      config: limited,
      schema: {
        tags: ['公众'],
        summary: '全文检索（标题、正文、文号），可按类别、第二十条事项、年份、有效性和机关筛选',
        querystring: publicSearchQuerySchema,
        response: { 200: publicSearchResultSchema, ...publicErrors },
      },
    },
    async (request) => {
      const result = await searchPublished(ctx, PUBLIC_ACTOR, request.query);
      return { ...result, hits: result.hits.map((h) => ({ ...h, item: publicView(h.item) })) };
    },
  );

  app.get(
    '/public/catalogue/:id',
    {
      config: limited,
      schema: {
        tags: ['公众'],
        summary: '一条已发布信息',
        params: idParams,
        response: { 200: publicItemSchema, ...publicErrors },
      },
    },
    async (request) => publicView(await loadPublished(ctx, PUBLIC_ACTOR, request.params.id)),
  );

  app.get(
    '/public/catalogue/:id/attachments',
    {
      config: limited,
      schema: {
        tags: ['公众'],
        summary: '一条已发布信息的附件',
        params: idParams,
        response: { 200: z.object({ items: z.array(attachmentSchema) }), ...publicErrors },
      },
    },
    async (request) => ({
      items: await publishedAttachments(ctx, PUBLIC_ACTOR, { publicationId: request.params.id }),
    }),
  );

  app.get(
    '/public/attachments/:id',
    {
      config: limited,
      schema: {
        tags: ['公众'],
        summary: '下载附件（类型为检测所得，始终作为下载）',
        params: idParams,
        response: { 200: z.any(), ...publicErrors },
      },
    },
    async (request, reply) => {
      const { attachment, content } = await downloadAttachment(ctx, PUBLIC_ACTOR, request.params);
      return sendAttachment(reply, attachment, content);
    },
  );

  app.get(
    '/public/agencies/:id/guide',
    {
      config: limited,
      schema: {
        tags: ['公众'],
        summary: '政府信息公开指南（《条例》第十二条）',
        params: idParams,
        response: { 200: guideSchema, ...publicErrors },
      },
    },
    async (request) => disclosureGuide(ctx, PUBLIC_ACTOR, { agencyId: request.params.id }),
  );

  app.get(
    '/public/agencies/:id/feed.atom',
    {
      config: limited,
      schema: {
        tags: ['公众'],
        summary: '最新发布信息的 Atom 订阅源',
        params: idParams,
        response: { 200: z.string(), ...publicErrors },
      },
    },
    async (request, reply) => {
      const agencyId = request.params.id;
      const { agencyName } = await disclosureGuide(ctx, PUBLIC_ACTOR, { agencyId });
      const { code } = await getAgency(ctx.db, agencyId);
      const { items } = await listPublished(ctx, PUBLIC_ACTOR, { agencyId, page: 1, pageSize: 50 });
      const base = `${request.protocol}://${request.host}`;
      return reply
        .type('application/atom+xml; charset=utf-8')
        .send(atomFeed({ id: agencyId, name: agencyName, code }, items, base));
    },
  );
};
