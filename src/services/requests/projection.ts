// The projection row of a request, derived from its timeline by core's pure functions: the state machine
// (core/requests/state.ts), the report facts (core/requests/annual.ts) and the deadline.
import type { IsoDate, RequestEvent } from '../../core/requests/events.ts';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';
import { requestYearFacts } from '../../core/requests/annual.ts';
import { stateOf } from '../../core/requests/state.ts';
import { foldTimeline } from '../../core/requests/timeline.ts';
import type { RequestProjection } from '../../storage/requests.ts';
import { dueDateOf } from './due-date.ts';

/** `today` matters only while the clock is paused: the due date is then the one if the pause ended today. */
export function projectTimeline(
  events: readonly RequestEvent[],
  calendar: WorkingCalendar,
  today: IsoDate,
): RequestProjection {
  const facts = foldTimeline(events);
  const year = requestYearFacts(events);
  return {
    receivedOn: year.receivedOn,
    state: stateOf(facts),
    dueOn: dueDateOf(events, calendar, today),
    outcome: year.outcome,
    decidedOn: facts.decided?.on ?? null,
    closedOn: year.closedOn,
  };
}
