// The catalogue's public pages under an agency's site: the list with filters, the full-text search, the item page,
// the item's attachments, and the Atom feed the pages link to; the sitemaps are registered with them. The query is
// validated before any lookup (a malformed one is the 400 page); an item that is not a published item of the
// agency of the path — another agency's, a draft, a malformed or unknown id — is the 404 page, the same for all.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isDomainError } from '../../core/errors/index.ts';
import type { Publication } from '../../core/publications/publication.ts';
import { PUBLIC_ACTOR } from '../../services/actor.ts';
import { downloadAttachment, publishedAttachments } from '../../services/publications/attachments.ts';
import { listPublished, loadPublished, publishedYearsOf } from '../../services/publications/catalogue.ts';
import { COUNT_CAP, searchPublished } from '../../services/publications/search.ts';
import { atomFeed } from '../api/publications/feed.ts';
import { catalogueListPage, catalogueSearchPage } from './catalogue.ts';
import { catalogueItemPage } from './catalogue-item.ts';
import { consultationsAbout } from '../../services/participation/comments.ts';
import { PAGE_SIZE, parseListQuery, parseSearchQuery, type Parsed } from './catalogue-query.ts';
import { badRequestPage, notFoundPage } from './error-pages.ts';
import { frameOf } from './frame.ts';
import type { PageFrame } from './layout.ts';
import type { PortalContext } from './portal-context.ts';
import { sendDocument } from './send-document.ts';
import { sendPage } from './send.ts';
import type { PortalAgency } from './site.ts';
import { sitemapRoutes } from './sitemap-routes.ts';

type SiteParams = { Params: { site: string } };
type ItemParams = { Params: { site: string; id: string } };
const hidden = { hide: true } as const;
const cached = { pageCache: true } as const;
const FEED_SIZE = 50;
const INTERPRETATIONS_SHOWN = 50;

const isUuid = (id: string) => z.uuid().safeParse(id).success;

export const catalogueRoutes: FastifyPluginAsyncZod<PortalContext> = async (app, options) => {
  const { ctx, sites } = options;
  await app.register(sitemapRoutes, options);

  const notFound = (request: FastifyRequest, reply: FastifyReply, agency: PortalAgency) =>
    sendPage(request, reply, notFoundPage(frameOf(request, agency, 'catalogue')), { status: 404 });

  const badRequest = (
    request: FastifyRequest,
    reply: FastifyReply,
    agency: PortalAgency,
    parsed: Extract<Parsed<unknown>, { ok: false }>,
  ) =>
    sendPage(request, reply, badRequestPage(frameOf(request, agency, 'catalogue'), parsed.problems), {
      status: 400,
    });

  /** The published item of `agency` with this id, or undefined (never another agency's, never a draft). */
  const publishedOf = async (agency: PortalAgency, id: string | null): Promise<Publication | undefined> => {
    if (!id || !isUuid(id)) return undefined;
    try {
      const item = await loadPublished(ctx, PUBLIC_ACTOR, id);
      return item.agencyId === agency.id ? item : undefined;
    } catch (error) {
      if (isDomainError(error) && error.code === 'publications.notFound') return undefined;
      throw error;
    }
  };

  /** A list or search page: the query checked first (400 page), then the page of results and the year filter. */
  const filteredPage =
    <Q, R>(
      parse: (query: unknown) => Parsed<Q>,
      load: (agency: PortalAgency, query: Q) => Promise<R>,
      render: (agency: PortalAgency, query: Q, years: number[], result: R, frame: PageFrame) => string,
    ) =>
    async (request: FastifyRequest<SiteParams>, reply: FastifyReply) => {
      const agency = await sites.require(request.params.site);
      const parsed = parse(request.query);
      if (!parsed.ok) return badRequest(request, reply, agency, parsed);
      const [years, result] = await Promise.all([
        publishedYearsOf(ctx, PUBLIC_ACTOR, { agencyId: agency.id }),
        load(agency, parsed.value),
      ]);
      const frame = frameOf(request, agency, 'catalogue');
      return sendPage(request, reply, render(agency, parsed.value, years, result, frame));
    };

  app.get<SiteParams>(
    '/:site/catalogue',
    { schema: hidden, config: cached },
    filteredPage(
      parseListQuery,
      (agency, query) =>
        listPublished(ctx, PUBLIC_ACTOR, {
          ...query,
          agencyId: agency.id,
          pageSize: PAGE_SIZE,
          countCap: COUNT_CAP,
        }),
      catalogueListPage,
    ),
  );

  app.get<SiteParams>(
    '/:site/catalogue/search',
    { schema: hidden, config: cached },
    filteredPage(
      parseSearchQuery,
      async (agency, query) =>
        query.q
          ? searchPublished(ctx, PUBLIC_ACTOR, { ...query, agencyId: agency.id, pageSize: PAGE_SIZE })
          : null,
      catalogueSearchPage,
    ),
  );

  app.get<SiteParams>('/:site/catalogue/feed.atom', { schema: hidden }, async (request, reply) => {
    const agency = await sites.require(request.params.site);
    const { items } = await listPublished(ctx, PUBLIC_ACTOR, {
      agencyId: agency.id,
      page: 1,
      pageSize: FEED_SIZE,
      countCap: FEED_SIZE,
    });
    const base = `${request.protocol}://${request.host}`;
    return sendDocument(request, reply, atomFeed(agency, items, base), 'application/atom+xml; charset=utf-8');
  });

  app.get<ItemParams>('/:site/catalogue/:id', { schema: hidden, config: cached }, async (request, reply) => {
    const agency = await sites.require(request.params.site);
    const item = await publishedOf(agency, request.params.id);
    if (!item) return notFound(request, reply, agency);
    const [attachments, interpretations, interprets, successor, consultations] = await Promise.all([
      publishedAttachments(ctx, PUBLIC_ACTOR, { publicationId: item.id }),
      listPublished(ctx, PUBLIC_ACTOR, {
        agencyId: agency.id,
        interpretsId: item.id,
        page: 1,
        pageSize: INTERPRETATIONS_SHOWN,
      }),
      publishedOf(agency, item.interpretsId),
      publishedOf(agency, item.validity?.successorId ?? null),
      consultationsAbout(ctx, PUBLIC_ACTOR, item.id),
    ]);
    const content = {
      item,
      attachments,
      interpretations: interpretations.items,
      interprets: interprets ?? null,
      successor: successor ?? null,
      consultations,
    };
    const frame = frameOf(request, agency, 'catalogue');
    return sendPage(request, reply, catalogueItemPage(agency, content, frame));
  });

  app.get<ItemParams>('/:site/attachments/:id', { schema: hidden }, async (request, reply) => {
    const agency = await sites.require(request.params.site);
    const { id } = request.params;
    if (!isUuid(id)) return notFound(request, reply, agency);
    let found;
    try {
      found = await downloadAttachment(ctx, PUBLIC_ACTOR, { id });
    } catch (error) {
      if (isDomainError(error) && error.code === 'publications.notFound')
        return notFound(request, reply, agency);
      throw error;
    }
    // downloadAttachment has checked that the item is published; the path must also name its agency.
    if (!(await publishedOf(agency, found.attachment.publicationId))) return notFound(request, reply, agency);
    void reply.header(
      'content-disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(found.attachment.fileName)}`,
    );
    return sendDocument(request, reply, found.content, found.attachment.mime, 3600);
  });
};
