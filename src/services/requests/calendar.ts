// The working-day calendar the request services count with: the shipped seed years. Built once per process
// (building is O(days); every lookup after is O(1)).
import { buildCalendar } from '../../core/calendar/seed.ts';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';

let calendar: WorkingCalendar | undefined;

export function requestCalendar(): WorkingCalendar {
  calendar ??= buildCalendar();
  return calendar;
}

/** Today's date in China (UTC+8, no daylight saving): the statute counts calendar days there. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
