// Rate-limit counting in the database, for an installation with several server processes behind a load balancer
// (docs/operations.md): every process counts a client's hits on a route in the same row, so the limit holds for
// the installation rather than per process. Time is ctx.clock's; windows are fixed, like the in-memory store's.
import { countHit, purgeEndedWindows } from '../storage/rate-limits.ts';
import type { ServiceContext } from './context.ts';

export interface RateLimitCount {
  /** Hits in the current window, this one included. */
  hits: number;
  /** Milliseconds until the current window ends. */
  ttlMs: number;
}

/** Counts one hit of a client on a limited route (`scope`) in the window of `windowMs` it falls in. */
export async function countRateLimitHit(
  ctx: ServiceContext,
  hit: { scope: string; clientKey: string; windowMs: number },
): Promise<RateLimitCount> {
  const now = ctx.clock.now().getTime();
  const { hits, endsAt } = await countHit(ctx.db, hit.scope, hit.clientKey, now, hit.windowMs);
  return { hits, ttlMs: Math.max(0, endsAt - now) };
}

/** Drops the windows that have ended (housekeeping): a client seen once leaves no row behind for long. */
export function purgeEndedRateLimitWindows(ctx: ServiceContext): Promise<number> {
  return purgeEndedWindows(ctx.db, ctx.clock.now().getTime());
}
