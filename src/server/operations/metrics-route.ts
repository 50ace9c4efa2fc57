// GET /metrics: Prometheus text, for the addresses (and the token) the configuration allows — see config.ts.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.ts';
import { httpErrors } from '../http-errors.ts';
import type { ServerMetrics } from './metrics.ts';

export function metricsRoute(app: FastifyInstance, metrics: ServerMetrics, config: ServerConfig): void {
  const allowed = new Set(config.metrics.allowFrom);
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    const admitted =
      allowed.has(request.ip) &&
      !relayedUnseen(request, config.trustProxy) &&
      tokenMatches(request, config.metrics.token);
    if (!admitted) {
      const { status, body } = httpErrors.metricsForbidden();
      return reply.code(status).send(body);
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

/**
 * A request a reverse proxy relayed while trustProxy is off: request.ip is the proxy's (often loopback), not the
 * sender's, so the address check would let the whole internet in through a proxy on the same host. Refused.
 */
function relayedUnseen(request: FastifyRequest, trustProxy: ServerConfig['trustProxy']): boolean {
  return (
    trustProxy === false &&
    (request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined)
  );
}

function tokenMatches(request: FastifyRequest, token: string | undefined): boolean {
  if (token === undefined) return true;
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  // Constant time, so the answer's timing does not reveal how much of a guess was right.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
