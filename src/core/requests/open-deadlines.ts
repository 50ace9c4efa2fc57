// Open deadlines in the form the calendar import plan takes (core/calendar/import-plan.ts), so an agency sees which
// requests and publications a new holiday arrangement moves before it saves it.
import type { OpenDeadline } from '../calendar/import-plan.ts';
import type { IsoDate, RequestEvent } from './events.ts';
import { computeDeadline } from './deadline.ts';
import type { ClockOptions } from './options.ts';
import { publicationDeadline, type PublicationDeadlineInput } from './publication-deadline.ts';

/** Computed provisionally on both sides, so a year that becomes known shows as a move, not as an error. */
export function requestOpenDeadline(
  id: string,
  events: readonly RequestEvent[],
  options: Partial<ClockOptions>,
  today: IsoDate,
): OpenDeadline {
  return {
    id,
    dueOn: (calendar) =>
      computeDeadline(events, calendar, { ...options, allowProvisional: true }, today).dueOn,
  };
}

export function publicationOpenDeadline(
  id: string,
  input: PublicationDeadlineInput,
  today: IsoDate,
): OpenDeadline {
  return {
    id,
    dueOn: (calendar) => publicationDeadline(input, calendar, { allowProvisional: true }, today).dueOn,
  };
}
