// The public site's 依申请公开 side and its stylesheet: the application form (apply-routes.ts) and the status lookup
// (track-routes.ts), each in its own scope with the body parsers it takes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { applyRoutes } from './apply-routes.ts';
import type { PortalContext } from './portal-context.ts';
import { STYLESHEET, STYLESHEET_PATH } from './stylesheet.ts';
import { trackRoutes } from './track-routes.ts';

export const pageRoutes: FastifyPluginAsyncZod<PortalContext> = async (app, context) => {
  app.get(STYLESHEET_PATH, { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET),
  );
  await app.register(applyRoutes, context);
  await app.register(trackRoutes, context);
};
