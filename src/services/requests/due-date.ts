// The reply deadline kept in the projection, from core's clock (computeDeadline, 《条例》第三十条至第三十五条).
// Settings are the defaults of core/requests/options.ts, except that a date in a year the calendar does not yet
// hold is stored as the provisional answer rather than refusing the event (the clerk sees it flagged there).
import type { IsoDate, RequestEvent } from '../../core/requests/events.ts';
import { computeDeadline } from '../../core/requests/deadline.ts';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';

/** Null while the clock has not started (an unconfirmed online receipt, a correction awaited). */
export function dueDateOf(
  events: readonly RequestEvent[],
  calendar: WorkingCalendar,
  today: IsoDate,
): IsoDate | null {
  return computeDeadline(events, calendar, { allowProvisional: true }, today).dueOn;
}
