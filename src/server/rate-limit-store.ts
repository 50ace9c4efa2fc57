// @fastify/rate-limit's store over the database (services/rate-limits.ts), for several server processes behind a
// load balancer: the plugin makes one child store per limited route (child()), and each counts its route's hits
// in rows of its own scope — "METHOD url", the route pattern, never the address asked for — so one client's
// login attempts and its public submissions stay separate counts, as with the plugin's in-memory store.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RouteOptions } from 'fastify';
import type { ServiceContext } from '../services/context.ts';
import { countRateLimitHit } from '../services/rate-limits.ts';

type Incr = FastifyRateLimitStore['incr'];

/** The class to pass as `store`, bound to `ctx`; the plugin constructs it (arguments unused) and asks for children. */
export function databaseRateLimitStore(ctx: ServiceContext): FastifyRateLimitStoreCtor {
  return class DatabaseStore implements FastifyRateLimitStore {
    scope = '';

    incr(clientKey: string, callback: Parameters<Incr>[1], timeWindow: number): void {
      countRateLimitHit(ctx, { scope: this.scope, clientKey, windowMs: timeWindow }).then(
        ({ hits, ttlMs }) => callback(null, { current: hits, ttl: ttlMs }),
        (error: unknown) => callback(error as Error),
      );
    }

    // The plugin passes the route's merged limit settings, the route itself under routeInfo (its typings say
    // otherwise; index.js onRoute is what runs).
    child(settings: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      const route = (settings as unknown as { routeInfo: RouteOptions }).routeInfo;
      const store = new DatabaseStore();
      store.scope = `${[route.method].flat().join(',')} ${route.url}`;
      return store;
    }
  };
}
