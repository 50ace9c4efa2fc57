// The projection row of a request, derived from its timeline by core's pure functions: the state machine
// (core/requests/state.ts), the report facts (core/requests/annual.ts) and the deadline.
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';
import type { IsoDate, RequestEvent } from '../../core/requests/events.ts';
import { requestYearFacts } from '../../core/requests/annual.ts';
import { stateOf } from '../../core/requests/state.ts';
import { foldTimeline } from '../../core/requests/fold.ts';
import type { RequestProjection } from '../../contracts/requests.ts';
import { requestDeadline } from './due-date.ts';

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
    dueOn: requestDeadline(events, calendar, today).dueOn,
    outcome: year.outcome,
    decidedOn: facts.decided?.on ?? null,
    closedOn: year.closedOn,
  };
}
