// Reading requests: the staff list (paged, filtered) and overdue warnings (the public status lookup is
// public-track.ts). Each asks
// the policy first: a list shows only agencies within the actor's reach (agenciesToList).
import type { RequestState } from '../../core/requests/state.ts';
import { dayOf, isoOf } from '../../core/calendar/days.ts';
import { signedWorkingDays } from '../../core/requests/clock.ts';
import type { DisclosureRequest, ListQuery, WarningsQuery } from '../../contracts/requests.ts';
import { listRequests as listRequestRows, requestsDueBy } from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { agenciesToList } from '../policy/authorize.ts';

export interface RequestPage {
  items: DisclosureRequest[];
  total: number;
  page: number;
  pageSize: number;
}

/** The agency asked for (or every agency the actor may read), filtered by state and text, newest first. */
export async function listRequests(
  ctx: ServiceContext,
  actor: Actor,
  { agencyId, state, q, channel, applicantKind, dueWithin, page, pageSize, ...query }: ListQuery,
): Promise<RequestPage> {
  const agencyIds = agenciesToList(actor, 'requests.read', agencyId);
  // A due-date filter concerns the replies still owed: overdue = due before today; within N = due by N working
  // days from today (the overdue included), counted on the working calendar.
  const overdue = query.overdue === 'true';
  let dueBy: string | undefined;
  let states = state;
  if (overdue || dueWithin !== undefined) {
    const calendar = await ctx.calendar.current();
    const today = dayOf(ctx.clock.today());
    dueBy = overdue ? isoOf(today - 1) : isoOf(calendar.addDays(today, dueWithin!));
    states = (state ?? RUNNING_STATES).filter((s) => RUNNING_STATES.includes(s));
    if (states.length === 0) return { items: [], total: 0, page, pageSize };
  }
  const found = await listRequestRows(ctx.db, {
    agencyIds,
    states,
    search: q,
    channels: channel,
    applicantKinds: applicantKind,
    dueBy,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { ...found, page, pageSize };
}

/**
 * States in which the reply is owed and the clock runs. Waiting for a correction (the clock restarts), for a
 * consultee or for a fee (paused) cannot run late, so they raise no warning.
 */
export const RUNNING_STATES: readonly RequestState[] = ['registered', 'inProgress', 'decided'];

export interface DeadlineWarning {
  request: DisclosureRequest;
  /** Working days left until the due date (0 = due today); negative once overdue. */
  workingDaysLeft: number;
  overdue: boolean;
}

/**
 * 超期预警: unanswered requests of the agency asked for (or every agency the actor may read: a supervisor's whole
 * subtree) due within `withinWorkingDays` working days of today, and those already overdue, most urgent first.
 */
export async function deadlineWarnings(
  ctx: ServiceContext,
  actor: Actor,
  { agencyId, withinWorkingDays }: WarningsQuery,
): Promise<DeadlineWarning[]> {
  const agencyIds = agenciesToList(actor, 'requests.read', agencyId);
  const calendar = await ctx.calendar.current();
  const today = dayOf(ctx.clock.today());
  const horizon = isoOf(calendar.addDays(today, withinWorkingDays));
  const due = await requestsDueBy(ctx.db, agencyIds, RUNNING_STATES, horizon);
  return due.map((request) => {
    const workingDaysLeft = signedWorkingDays(calendar, today, dayOf(request.dueOn!));
    return { request, workingDaysLeft, overdue: request.dueOn! < isoOf(today) };
  });
}
