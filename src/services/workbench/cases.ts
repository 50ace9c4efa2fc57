// What 工作台 and 监督 share about requests: which of them count as 即将到期 and 已超期 on a day (the official
// calendar's working days, ctx.calendar), and a request row as the lists show it, with its working days left and
// its state's label from core (so the console's 工作台 chunk need not carry the labels).
import { dayOf, isoOf } from '../../core/calendar/days.ts';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';
import { signedWorkingDays } from '../../core/requests/clock.ts';
import { REQUEST_STATE_LABELS } from '../../core/requests/state.ts';
import type { CaseItem } from '../../contracts/workbench.ts';
import type { CaseFilter, CaseRow } from '../../storage/workbench.ts';
import { RUNNING_STATES } from '../requests/queries.ts';

export interface DueWindow {
  today: string;
  /** The last day of 即将到期: today + N working days. */
  dueSoonUntil: string;
}

export function dueWindow(calendar: WorkingCalendar, today: string, withinWorkingDays: number): DueWindow {
  return { today, dueSoonUntil: isoOf(calendar.addDays(dayOf(today), withinWorkingDays)) };
}

/**
 * 即将到期: the reply is owed and the clock runs (the states of the overdue warnings), due today or within the
 * window. Waits that pause or restart the clock (补正, 征求意见, 缴费) cannot run late, so they are not listed.
 */
export function dueSoonFilter(agencyIds: readonly string[], window: DueWindow): CaseFilter {
  return { agencyIds, states: RUNNING_STATES, dueFrom: window.today, dueTo: window.dueSoonUntil };
}

/** 已超期: owed and running, due before today. */
export function overdueFilter(agencyIds: readonly string[], window: DueWindow): CaseFilter {
  return { agencyIds, states: RUNNING_STATES, dueBefore: window.today };
}

export function caseItem(calendar: WorkingCalendar, today: string, row: CaseRow): CaseItem {
  return {
    ...row,
    stateLabel: REQUEST_STATE_LABELS[row.state],
    workingDaysLeft: row.dueOn === null ? null : signedWorkingDays(calendar, dayOf(today), dayOf(row.dueOn)),
  };
}
