// Times every answered request into the duration histogram, labelled with the route's pattern (/api/v1/requests/:id)
// — never the raw URL, whose ids and query strings would make one series per request.
import type { FastifyInstance } from 'fastify';
import type { ServerMetrics } from './metrics.ts';

/** The label of a request that matched no route (404s, malformed URLs): one series for all of them. */
const UNMATCHED = 'unmatched';

export function timeRequests(app: FastifyInstance, metrics: ServerMetrics): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.httpDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? UNMATCHED,
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
}
