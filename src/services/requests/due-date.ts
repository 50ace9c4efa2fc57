// The reply deadline of a request, from core's clock (computeDeadline, 《条例》第三十条至第三十五条), with the one
// setting every surface shares: a date in a year the calendar does not yet hold is the provisional answer (flagged
// 暂定 with its reason) rather than a refusal of the event. The stored due date, the detail, the receipt and /track
// all count through here, with the calendar of ctx.calendar.
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';
import type { IsoDate, RequestEvent } from '../../core/requests/events.ts';
import {
  computeDeadline,
  explainDeadline,
  type DeadlineResult,
  type ExplainedDeadline,
} from '../../core/requests/deadline.ts';

const SETTINGS = { allowProvisional: true } as const;

/** `today` matters only while the clock is paused: the due date is then the one if the pause ended today. */
export function requestDeadline(
  events: readonly RequestEvent[],
  calendar: WorkingCalendar,
  today: IsoDate,
): DeadlineResult {
  return computeDeadline(events, calendar, SETTINGS, today);
}

/** The same deadline with each step of the count, for the staff detail. */
export function explainedRequestDeadline(
  events: readonly RequestEvent[],
  calendar: WorkingCalendar,
  today: IsoDate,
): ExplainedDeadline {
  return explainDeadline(events, calendar, SETTINGS, today);
}
