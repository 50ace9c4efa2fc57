// GET /metrics: Prometheus text, for the addresses (and the token) the configuration allows — see config.ts.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.ts';
import { httpErrors } from '../http-errors.ts';
import type { ServerMetrics } from './metrics.ts';

export function metricsRoute(
  app: FastifyInstance,
  metrics: ServerMetrics,
  config: ServerConfig['metrics'],
): void {
  const allowed = new Set(config.allowFrom);
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    if (!allowed.has(request.ip) || !tokenMatches(request, config.token)) {
      const { status, body } = httpErrors.metricsForbidden();
      return reply.code(status).send(body);
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

function tokenMatches(request: FastifyRequest, token: string | undefined): boolean {
  if (token === undefined) return true;
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  // Constant time, so the answer's timing does not reveal how much of a guess was right.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
