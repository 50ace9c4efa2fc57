// What every use case receives first: `(ctx, actor, input)`. Built once, by services/bootstrap.ts, when a server
// or a command starts; tests build one with a fixed clock. Nothing below the doors reaches for a global instead.
import type { WorkingCalendar } from '../core/calendar/working-calendar.ts';
import type { Clock } from './clock.ts';
import type { Db } from './database.ts';
import type { Settings } from './settings.ts';
import type { WriteBatcher } from './write-batcher.ts';

/** The working calendar every process of an installation counts with (services/calendar/source.ts). */
export interface CalendarSource {
  /** The shipped years overlaid with the imported ones, as they are now. */
  current(): Promise<WorkingCalendar>;
  /** The same source reading through `db` (a transaction, which may hold the only connection). */
  within(db: Db): CalendarSource;
}

export interface ServiceContext {
  db: Db;
  clock: Clock;
  calendar: CalendarSource;
  /** Group commit for the high-volume writes (intake); drained when the context is closed. */
  writes: WriteBatcher;
  settings: Settings;
}

/** The same context working inside `trx`: use cases compose inside one transaction (the demo loader). */
export function withDb(ctx: ServiceContext, db: Db): ServiceContext {
  return { ...ctx, db, calendar: ctx.calendar.within(db) };
}
