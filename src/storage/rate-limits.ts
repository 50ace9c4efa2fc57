// The rate_limit_windows table (migration 202): fixed windows counted by one upsert, so two server processes
// counting the same client at the same moment never lose a hit (PostgreSQL locks the conflicting row for the
// update; SQLite has one writer). Ended windows are restarted in place and purged by housekeeping.
import { sql, type Kysely } from 'kysely';
import type { Database } from './tables.ts';

export interface WindowCount {
  /** Hits in the current window, this one included. */
  hits: number;
  /** When the current window ends, in milliseconds since the epoch. */
  endsAt: number;
}

/** Counts one hit of `clientKey` on `scope` at `nowMs`, opening a new window of `windowMs` when the last one ended. */
export async function countHit(
  db: Kysely<Database>,
  scope: string,
  clientKey: string,
  nowMs: number,
  windowMs: number,
): Promise<WindowCount> {
  // Both SET expressions read the row as it was before this statement, on both engines.
  const ended = sql<boolean>`rate_limit_windows.window_ends_at <= ${nowMs}`;
  const row = await db
    .insertInto('rate_limit_windows')
    .values({ scope, client_key: clientKey, window_ends_at: nowMs + windowMs, hits: 1 })
    .onConflict((conflict) =>
      conflict.columns(['scope', 'client_key']).doUpdateSet({
        hits: sql`case when ${ended} then 1 else rate_limit_windows.hits + 1 end`,
        window_ends_at: sql`case when ${ended} then ${nowMs + windowMs} else rate_limit_windows.window_ends_at end`,
      }),
    )
    .returning(['hits', 'window_ends_at'])
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), endsAt: Number(row.window_ends_at) };
}

/** Removes the windows that ended before `beforeMs`; returns how many. */
export async function purgeEndedWindows(db: Kysely<Database>, beforeMs: number): Promise<number> {
  const result = await db
    .deleteFrom('rate_limit_windows')
    .where('window_ends_at', '<', beforeMs)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
