// The operations surface of a server: request ids, request timing, /healthz, /readyz and /metrics.
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../services/context.ts';
import type { ServerConfig } from '../config.ts';
import { timeRequests } from './http-metrics.ts';
import { metricsRoute } from './metrics-route.ts';
import type { ServerMetrics } from './metrics.ts';
import { probeRoutes } from './probes.ts';
import { echoRequestId } from './request-id.ts';

export function installOperations(
  app: FastifyInstance,
  ctx: ServiceContext,
  config: ServerConfig,
  metrics: ServerMetrics,
): void {
  echoRequestId(app);
  timeRequests(app, metrics);
  probeRoutes(app, ctx);
  metricsRoute(app, metrics, config);
}
