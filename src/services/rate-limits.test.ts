// The database rate-limit count (several servers): fixed windows per route and client, restarted when they end,
// exact under concurrent hits from two connection pools (two server processes), purged by housekeeping.
import { describe, expect, it } from 'vitest';
import { forEachEngine, openSecondHandle } from '../../test/db.ts';
import { SYSTEM_ACTOR } from './actor.ts';
import { steppingClock } from './clock.ts';
import { createServiceContext } from './bootstrap.ts';
import { runHousekeeping } from './housekeeping.ts';
import { countRateLimitHit } from './rate-limits.ts';

describe('rate limits counted in the database', () => {
  forEachEngine((_engine, getDb, getTest) => {
    it('counts per route and client within a window, and starts again when it ends', async () => {
      const clock = steppingClock('2026-12-04T02:00:00Z');
      const ctx = createServiceContext({ db: getDb(), clock });
      const hit = (scope: string, clientKey: string) =>
        countRateLimitHit(ctx, { scope, clientKey, windowMs: 60_000 });
      expect(await hit('POST /login', '10.0.0.1')).toEqual({ hits: 1, ttlMs: 60_000 });
      clock.advance(20_000);
      expect(await hit('POST /login', '10.0.0.1')).toEqual({ hits: 2, ttlMs: 40_000 });
      expect(await hit('POST /login', '10.0.0.2')).toEqual({ hits: 1, ttlMs: 60_000 });
      expect(await hit('POST /apply', '10.0.0.1')).toEqual({ hits: 1, ttlMs: 60_000 });
      clock.advance(40_000); // the first window has ended: a new one opens with this hit
      expect(await hit('POST /login', '10.0.0.1')).toEqual({ hits: 1, ttlMs: 60_000 });
    });

    it('loses no hit when two processes count one client at once', async () => {
      const second = await openSecondHandle(getTest());
      try {
        const clock = steppingClock('2026-12-04T03:00:00Z');
        const processes = [getDb(), second.db].map((db) => createServiceContext({ db, clock }));
        const results = await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            countRateLimitHit(processes[i % 2]!, { scope: 'GET /x', clientKey: 'k', windowMs: 60_000 }),
          ),
        );
        // Each hit saw a different count: 1 … 100, none twice.
        expect(results.map((r) => r.hits).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 100 }, (_, i) => i + 1),
        );
      } finally {
        await second.close();
      }
    });

    it('housekeeping purges the windows that have ended and keeps the running ones', async () => {
      const clock = steppingClock('2026-12-05T02:00:00Z');
      const ctx = createServiceContext({ db: getDb(), clock });
      await countRateLimitHit(ctx, { scope: 'GET /old', clientKey: 'a', windowMs: 1_000 });
      await countRateLimitHit(ctx, { scope: 'GET /new', clientKey: 'a', windowMs: 3_600_000 });
      clock.advance(2_000);
      const { rateLimitWindows } = await runHousekeeping(ctx, SYSTEM_ACTOR);
      expect(rateLimitWindows).toBeGreaterThanOrEqual(1);
      const left = await getDb().selectFrom('rate_limit_windows').select('scope').execute();
      expect(left.map((row) => row.scope)).toContain('GET /new');
      expect(left.map((row) => row.scope)).not.toContain('GET /old');
    });
  });
});
