// The working-day calendar the request services count with: the installation's, read from the database
// (services/calendar/source.ts) — the same source as the ServiceContext of that database handle, so a service that
// still takes a bare `db` counts with exactly what `ctx.calendar` gives. Once these services take a ServiceContext
// they ask `ctx.calendar.current()` and this goes.
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';
import { databaseCalendarSource } from '../calendar/source.ts';
import type { Db } from '../database.ts';

export function requestCalendar(db: Db): Promise<WorkingCalendar> {
  return databaseCalendarSource(db).current();
}

/** Today's date in China (UTC+8, no daylight saving): the statute counts calendar days there. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
