// The one place a ServiceContext is made. The server and every command that touches data start here, so they
// share one clock, one calendar, one write batcher and one reading of the settings.
import { databaseCalendarSource } from './calendar/source.ts';
import { systemClock, type Clock } from './clock.ts';
import type { ServiceContext } from './context.ts';
import { openMigratedDatabase, type Db } from './database.ts';
import { settingsFromEnv, type Settings } from './settings.ts';
import { WriteBatcher } from './write-batcher.ts';

export interface ContextOptions {
  db: Db;
  clock?: Clock;
  settings?: Settings;
}

export function createServiceContext({ db, clock = systemClock, settings }: ContextOptions): ServiceContext {
  return {
    db,
    clock,
    calendar: databaseCalendarSource(db),
    writes: new WriteBatcher(db),
    settings: settings ?? settingsFromEnv(process.env),
  };
}

/** Lets the queued writes commit; call before closing the database. */
export function closeServiceContext(ctx: ServiceContext): Promise<void> {
  return ctx.writes.close();
}

/** For a one-shot command: the database at `url`, migrated, with its context; `close` ends both. */
export async function openServiceContext(
  url?: string,
  options: Omit<ContextOptions, 'db'> = {},
): Promise<{ ctx: ServiceContext; close(): Promise<void> }> {
  const opened = await openMigratedDatabase(url);
  const ctx = createServiceContext({ ...options, db: opened.db });
  return {
    ctx,
    close: async () => {
      await closeServiceContext(ctx);
      await opened.close();
    },
  };
}
