// The public site's pages that take a body, and its stylesheet: the application form (apply-routes.ts), the status
// lookup (track-routes.ts), 年报体检 (checkup-routes.ts) and the participation pages (participation-routes.ts), each in its own scope with the body parsers it takes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { applyRoutes } from './apply-routes.ts';
import { checkupRoutes } from './checkup-routes.ts';
import type { PortalContext } from './portal-context.ts';
import { STYLESHEET, STYLESHEET_PATH } from './stylesheet.ts';
import { trackRoutes } from './track-routes.ts';
import { participationPageRoutes } from './participation-routes.ts';

export const pageRoutes: FastifyPluginAsyncZod<PortalContext> = async (app, context) => {
  app.get(STYLESHEET_PATH, { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET),
  );
  await app.register(applyRoutes, context);
  await app.register(trackRoutes, context);
  await app.register(checkupRoutes, context);
  await app.register(participationPageRoutes, context);
};
