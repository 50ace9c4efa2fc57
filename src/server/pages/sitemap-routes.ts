// /sitemap.xml (the index robots.txt names) and each agency's /{code}/sitemap.xml, paged by ?page=N.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC_ACTOR } from '../../services/actor.ts';
import { publishedIndex } from '../../services/publications/catalogue.ts';
import { badRequestPage, notFoundPage } from './error-pages.ts';
import { frameOf } from './frame.ts';
import type { PortalContext } from './portal-context.ts';
import { sendDocument } from './send-document.ts';
import { sendPage } from './send.ts';
import { agencySitemap, sitemapIndex, sitemapPageCount, sitemapPath, sitemapSlice } from './sitemap.ts';

const hidden = { hide: true } as const;
const XML = 'application/xml; charset=utf-8';

export const sitemapRoutes: FastifyPluginAsyncZod<PortalContext> = async (app, { ctx, sites }) => {
  const itemCount = async (agencyId: string) =>
    (await publishedIndex(ctx, PUBLIC_ACTOR, { agencyId, limit: 0, offset: 0 })).total;

  app.get('/sitemap.xml', { schema: hidden }, async (request, reply) => {
    const files: string[] = [];
    for (const agency of await sites.list()) {
      const pages = sitemapPageCount(await itemCount(agency.id));
      for (let page = 1; page <= pages; page++) files.push(sitemapPath(agency, page));
    }
    const base = `${request.protocol}://${request.host}`;
    return sendDocument(request, reply, sitemapIndex(base, files), XML, 3600);
  });

  app.get<{ Params: { site: string }; Querystring: { page?: unknown } }>(
    '/:site/sitemap.xml',
    { schema: hidden },
    async (request, reply) => {
      const agency = await sites.require(request.params.site);
      const raw = request.query.page ?? '1';
      const page = typeof raw === 'string' && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : NaN;
      const frame = frameOf(request, agency);
      if (Number.isNaN(page))
        return sendPage(request, reply, badRequestPage(frame, ['页码应为正整数']), { status: 400 });
      const { sections, offset, limit } = sitemapSlice(page);
      const { total, entries } = await publishedIndex(ctx, PUBLIC_ACTOR, {
        agencyId: agency.id,
        limit,
        offset,
      });
      if (page > sitemapPageCount(total))
        return sendPage(request, reply, notFoundPage(frame), { status: 404 });
      const base = `${request.protocol}://${request.host}`;
      return sendDocument(request, reply, agencySitemap(base, agency, sections, entries), XML, 3600);
    },
  );
};
