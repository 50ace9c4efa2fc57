// The public side of the catalogue (no sign-in, rate-limited): lists, full-text search, item pages, the
// disclosure guide (《条例》第十二条) and an Atom feed of what was published. Only published items are visible.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../core/errors/index.ts';
import { CATEGORIES } from '../../../core/publications/vocabulary.ts';
import { listCatalogue, loadPublication } from '../../../services/publications/catalogue.ts';
import { disclosureGuide } from '../../../services/publications/guide.ts';
import { attachmentDownload, attachmentsOf } from '../../../services/publications/attachments.ts';
import { searchCatalogue, searchQuerySchema } from '../../../services/publications/search.ts';
import { rateLimitOption } from '../../config.ts';
import type { RouteContext } from '../../context.ts';
import { errorSchema, idParams, pageOf, pageQuery } from '../../../contracts/common.ts';
import { atomFeed } from './feed.ts';
import { attachmentSchema, guideSchema, publicItemSchema, publicView } from './schemas.ts';

const publicErrors = { 400: errorSchema, 404: errorSchema, 429: errorSchema };
const agencyId = z.string().min(1).max(64);
const PUBLISHED = ['published'];

export const publicCatalogueRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, config }) => {
  const limited = rateLimitOption(config.publicRateLimit);

  app.get(
    '/public/catalogue',
    {
      config: limited,
      schema: {
        tags: ['公众'],
        summary: '政府信息公开目录（已发布的信息，按发布日期由近及远）',
        querystring: z.strictObject({
          agencyId,
          category: z.enum(CATEGORIES).optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(publicItemSchema), ...publicErrors },
      },
    },
    async (request) => {
      const { agencyId: agency, category, year, page, pageSize } = request.query;
      const { total, items } = await listCatalogue(db, {
        agencyIds: [agency],
        statuses: PUBLISHED,
        category,
        year,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
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
        querystring: searchQuerySchema.extend({ agencyId: agencyId.optional() }).strict(),
        response: {
          200: z.object({
            words: z.array(z.string()),
            total: z.number().int(),
            capped: z.boolean(),
            page: z.number().int(),
            pageSize: z.number().int(),
            hits: z.array(
              z.object({
                item: publicItemSchema,
                score: z.number(),
                titleHtml: z.string(),
                snippetHtml: z.string(),
              }),
            ),
          }),
          ...publicErrors,
        },
      },
    },
    async (request) => {
      const { agencyId: agency, ...query } = request.query;
      const result = await searchCatalogue(
        db,
        { agencyIds: agency ? [agency] : undefined, statuses: PUBLISHED },
        query,
      );
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
    async (request) => {
      const item = await loadPublication(db, request.params.id);
      // Unpublished items do not exist for the public: the same answer as an unknown id.
      if (item.review.status !== 'published')
        throw new DomainError('publications.notFound', { id: request.params.id });
      return publicView(item);
    },
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
    async (request) => {
      const item = await loadPublication(db, request.params.id);
      if (item.review.status !== 'published')
        throw new DomainError('publications.notFound', { id: request.params.id });
      return { items: await attachmentsOf(db, item.id) };
    },
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
      const { attachment, content } = await attachmentDownload(db, request.params.id, true);
      return reply
        .type(attachment.mime)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        )
        .send(Buffer.from(content));
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
    async (request) => disclosureGuide(db, request.params.id),
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
      const guide = await disclosureGuide(db, request.params.id);
      const { items } = await listCatalogue(db, {
        agencyIds: [request.params.id],
        statuses: PUBLISHED,
        limit: 50,
        offset: 0,
      });
      const base = `${request.protocol}://${request.host}`;
      return reply
        .type('application/atom+xml; charset=utf-8')
        .send(atomFeed(guide.agencyName, request.params.id, items, base));
    },
  );
};
