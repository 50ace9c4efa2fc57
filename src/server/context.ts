// What every route module receives: the service context its use cases are called with (database, clock, calendar,
// write batcher, settings — built once in services/bootstrap.ts) and the validated server settings.
import type { ServiceContext } from '../services/context.ts';
import type { ServerConfig } from './config.ts';
import type { ServerMetrics } from './operations/metrics.ts';

export interface RouteContext {
  ctx: ServiceContext;
  config: ServerConfig;
  /** This server's Prometheus metrics: the intake routes count what they registered. */
  metrics: ServerMetrics;
}
