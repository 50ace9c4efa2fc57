// The working-day calendar the request services count with: the seed years overlaid with the imported ones
// (services/calendar-store.ts), rebuilt only when an import changed the calendar directory.
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';
import { currentCalendar } from '../calendar-store.ts';
import { chinaDateOf } from '../clock.ts';

export function requestCalendar(): WorkingCalendar {
  return currentCalendar();
}

/** Today's date in China (UTC+8, no daylight saving): the statute counts calendar days there. */
export function chinaToday(now = new Date()): string {
  return chinaDateOf(now);
}
