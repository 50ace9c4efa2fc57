// What importing a year would do, before it is saved: the days whose status changes and the open deadlines that
// move with them (spec: "importing a year that changes known days reports which open deadlines it moves").
// Callers pass their open deadlines as functions of a calendar, so the same plan serves request replies
// (《条例》第三十三条) and publication deadlines (第二十六条) alike.
import type { IsoDate } from '../requests/events.ts';
import { isDomainError } from '../errors/index.ts';
import { mergeSchedules } from './seed.ts';
import type { YearSchedule } from './schedule.ts';
import { WorkingCalendar, type DayKind } from './working-calendar.ts';

export interface DayChange {
  date: IsoDate;
  before: DayKind;
  after: DayKind;
  beforeName: string | null;
  afterName: string | null;
  /** True when the day was in a year the calendar did not hold (its "before" was only the provisional answer:
   * Monday–Friday minus the statutory holidays). */
  wasGuess: boolean;
}

export interface OpenDeadline {
  id: string;
  /** The due date under a calendar; null when it cannot be computed (e.g. awaiting correction). */
  dueOn(calendar: WorkingCalendar): IsoDate | null;
}

export interface MovedDeadline {
  id: string;
  before: IsoDate | null;
  after: IsoDate | null;
}

export interface ImportPlan {
  schedules: YearSchedule[];
  calendar: WorkingCalendar;
  /** The schedule this import replaces, if the year was held. */
  replaced: YearSchedule | null;
  changes: DayChange[];
  moved: MovedDeadline[];
}

export function planYearImport(
  current: WorkingCalendar,
  incoming: YearSchedule,
  open: readonly OpenDeadline[] = [],
): ImportPlan {
  const schedules = mergeSchedules(current.schedules, [incoming]);
  const next = new WorkingCalendar(schedules);
  const replaced = current.schedule(incoming.year) ?? null;
  const dates = new Set<IsoDate>([
    ...Object.keys(incoming.holidays),
    ...Object.keys(incoming.workdays),
    ...(replaced ? [...Object.keys(replaced.holidays), ...Object.keys(replaced.workdays)] : []),
  ]);
  const changes: DayChange[] = [];
  for (const date of [...dates].sort()) {
    const before = current.dayInfo(date);
    const after = next.dayInfo(date);
    if (before.kind !== after.kind || before.name !== after.name)
      changes.push({
        date,
        before: before.kind,
        after: after.kind,
        beforeName: before.name,
        afterName: after.name,
        wasGuess: !before.known,
      });
  }
  const moved: MovedDeadline[] = [];
  for (const deadline of open) {
    const before = dueOrNull(deadline, current);
    const after = dueOrNull(deadline, next);
    if (before !== after) moved.push({ id: deadline.id, before, after });
  }
  return { schedules, calendar: next, replaced, changes, moved };
}

function dueOrNull(deadline: OpenDeadline, calendar: WorkingCalendar): IsoDate | null {
  try {
    return deadline.dueOn(calendar);
  } catch (error) {
    if (isDomainError(error) && error.code === 'calendar.yearUnknown') return null;
    throw error;
  }
}
