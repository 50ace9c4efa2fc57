// The server's periodic cleanup (gongkai serve runs it at start and every hour): expired sessions, idempotency
// keys older than a day — a client retries a lost answer within seconds or minutes, never a day later — and the
// rate-limit windows that have ended.
import { forgetKeysBefore } from '../storage/idempotency.ts';
import { purgeExpiredSessions } from './accounts/sessions.ts';
import type { Actor } from './actor.ts';
import type { ServiceContext } from './context.ts';
import { purgeEndedRateLimitWindows } from './rate-limits.ts';
import { authorize } from './policy/authorize.ts';

export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

export interface HousekeepingResult {
  sessions: number;
  idempotencyKeys: number;
  rateLimitWindows: number;
}

export async function runHousekeeping(ctx: ServiceContext, actor: Actor): Promise<HousekeepingResult> {
  authorize(actor, 'platform.housekeeping');
  const sessions = await purgeExpiredSessions(ctx, actor);
  const before = new Date(ctx.clock.now().getTime() - IDEMPOTENCY_KEY_TTL_MS).toISOString();
  const idempotencyKeys = await forgetKeysBefore(ctx.db, before);
  const rateLimitWindows = await purgeEndedRateLimitWindows(ctx);
  return { sessions, idempotencyKeys, rateLimitWindows };
}
