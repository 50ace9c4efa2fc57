// The portal's frame routes: the platform index, the display-mode switch, each agency's column home, its
// 政府信息公开指南 and 制度 pages, and the files every site serves (robots.txt, the favicon). The catalogue,
// annual-report, application and status pages have their own route modules.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC_ACTOR } from '../../services/actor.ts';
import { listPublished } from '../../services/publications/catalogue.ts';
import { disclosureGuide } from '../../services/publications/guide.ts';
import { safeReturnPath, setDisplayMode } from './display.ts';
import { frameOf } from './frame.ts';
import { guidePage } from './guide.ts';
import { sitePath } from './layout.ts';
import type { PortalContext } from './portal-context.ts';
import { columnHomePage, platformIndexPage } from './portal.ts';
import { rulesPage } from './rules.ts';
import { sendPage } from './send.ts';
import { FAVICON_SVG } from './favicon.ts';

type SiteParams = { Params: { site: string } };
const hidden = { hide: true } as const;
const cached = { pageCache: true } as const;
// The pages show these many items and no total: the count stops there (not at the agency's 100,000).
const LATEST_SHOWN = 10;
const RULES_SHOWN = 100;

export const portalRoutes: FastifyPluginAsyncZod<PortalContext> = async (app, { ctx, config, sites }) => {
  app.get('/', { schema: hidden, config: cached }, async (request, reply) =>
    sendPage(request, reply, platformIndexPage(await sites.list(), frameOf(request))),
  );

  app.get<{ Querystring: { mode?: string; back?: string } }>(
    '/display',
    { schema: hidden },
    async (request, reply) => {
      setDisplayMode(reply, request.query.mode === 'large' ? 'large' : 'standard', config.secureCookies);
      return reply.header('cache-control', 'no-store').redirect(safeReturnPath(request.query.back), 303);
    },
  );

  app.get('/robots.txt', { schema: hidden }, async (request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(
        'User-agent: *\nDisallow: /api/\nDisallow: /console/\nDisallow: /track\nDisallow: /*/track\nDisallow: /display\n' +
          `Sitemap: ${request.protocol}://${request.host}/sitemap.xml\n`,
      ),
  );
  app.get('/favicon.svg', { schema: hidden }, async (_request, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=604800').send(FAVICON_SVG),
  );
  app.get('/favicon.ico', { schema: hidden }, async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=604800').redirect('/favicon.svg', 301),
  );

  app.get<SiteParams>('/:site', { schema: hidden }, async (request, reply) =>
    reply.redirect(sitePath(await sites.require(request.params.site), 'home'), 301),
  );

  app.get<SiteParams>('/:site/', { schema: hidden, config: cached }, async (request, reply) => {
    const agency = await sites.require(request.params.site);
    const { items } = await listPublished(ctx, PUBLIC_ACTOR, {
      agencyId: agency.id,
      page: 1,
      pageSize: 10,
      countCap: LATEST_SHOWN,
    });
    return sendPage(request, reply, columnHomePage(agency, items, frameOf(request, agency, 'home')));
  });

  app.get<SiteParams>('/:site/guide', { schema: hidden, config: cached }, async (request, reply) => {
    const agency = await sites.require(request.params.site);
    const guide = await disclosureGuide(ctx, PUBLIC_ACTOR, { agencyId: agency.id });
    return sendPage(request, reply, guidePage(agency, guide, frameOf(request, agency, 'guide')));
  });

  app.get<SiteParams>('/:site/rules', { schema: hidden, config: cached }, async (request, reply) => {
    const agency = await sites.require(request.params.site);
    const { items } = await listPublished(ctx, PUBLIC_ACTOR, {
      agencyId: agency.id,
      category: 'disclosureRules',
      page: 1,
      pageSize: RULES_SHOWN,
      countCap: RULES_SHOWN,
    });
    return sendPage(request, reply, rulesPage(agency, items, frameOf(request, agency, 'rules')));
  });
};
