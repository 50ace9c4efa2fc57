// Reading requests: the staff list (paged, filtered), the public status lookup, and overdue warnings.
import { timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../core/errors/index.ts';
import { REQUEST_STATE_LABELS, type RequestState } from '../../core/requests/state.ts';
import { dayOf, isoOf } from '../../core/calendar/days.ts';
import { signedWorkingDays } from '../../core/requests/clock.ts';
import {
  listRequests as listRequestRows,
  requestByTracking,
  requestsDueBy,
  type DisclosureRequest,
  type RequestListQuery,
} from '../../storage/requests.ts';
import { secretHash } from '../accounts/secrets.ts';
import type { Db } from '../database.ts';
import { chinaToday, requestCalendar } from './calendar.ts';

export type { DisclosureRequest, RequestListQuery };

export function listRequests(
  db: Db,
  query: RequestListQuery,
): Promise<{ items: DisclosureRequest[]; total: number }> {
  return listRequestRows(db, query);
}

export interface PublicStatus {
  state: RequestState;
  stateLabel: string;
  dueOn: string | null;
}

/** The public status page: only the status and the due date, and only with the right query code. */
export async function publicStatus(db: Db, trackingNumber: string, queryCode: string): Promise<PublicStatus> {
  const found = await requestByTracking(db, trackingNumber.trim().toUpperCase());
  const given = Buffer.from(secretHash(queryCode.trim()), 'hex');
  // Same answer for an unknown tracking number and a wrong code: the page must not confirm that a number exists.
  if (!found || !timingSafeEqual(given, Buffer.from(found.queryCodeHash, 'hex'))) {
    throw new DomainError('platform.trackingNotFound');
  }
  const { state, dueOn } = found.request;
  return { state, stateLabel: REQUEST_STATE_LABELS[state], dueOn };
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
 * 超期预警: unanswered requests of the given agencies (one agency, or a supervisor's whole subtree) due within
 * `withinWorkingDays` working days, and those already overdue, most urgent first.
 */
export async function deadlineWarnings(
  db: Db,
  agencyIds: readonly string[],
  withinWorkingDays = 5,
  now = new Date(),
): Promise<DeadlineWarning[]> {
  const calendar = await requestCalendar(db);
  const today = dayOf(chinaToday(now));
  const horizon = isoOf(calendar.addDays(today, withinWorkingDays));
  const due = await requestsDueBy(db, agencyIds, RUNNING_STATES, horizon);
  return due.map((request) => {
    const workingDaysLeft = signedWorkingDays(calendar, today, dayOf(request.dueOn!));
    return { request, workingDaysLeft, overdue: request.dueOn! < isoOf(today) };
  });
}
