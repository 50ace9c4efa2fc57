// The statutory clock shared by request replies (《条例》第三十三条) and proactive publication (第二十六条): count N
// working days after a start day, skipping the working days inside pauses. Each pause covers (from, to]: the day it
// starts still counts, the days after it up to and including the day it ends do not [I: the Regulation only says
// the consultation time "不计算在前款规定的期限内"]. O(pauses) calendar calls, each O(1).
import type { DayNumber } from '../calendar/days.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { DomainError } from '../errors/index.ts';

export interface ClockPause {
  from: DayNumber;
  to: DayNumber;
}

/** A stretch of counting: working days in (from, to]. */
export interface ClockSegment {
  from: DayNumber;
  to: DayNumber;
  workingDays: number;
}

export interface ClockRun {
  due: DayNumber;
  segments: ClockSegment[];
}

/** `pauses` sorted by `from`; they may overlap. The due day and the stretches that were counted (for the
 * explanation). */
export function runClock(
  calendar: WorkingCalendar,
  start: DayNumber,
  workingDays: number,
  pauses: readonly ClockPause[],
): ClockRun {
  const segments: ClockSegment[] = [];
  return { due: walkClock(calendar, start, workingDays, pauses, segments), segments };
}

/** The due day alone, allocating nothing: the same walk for callers that need no explanation. */
export function clockDue(
  calendar: WorkingCalendar,
  start: DayNumber,
  workingDays: number,
  pauses: readonly ClockPause[],
): DayNumber {
  return walkClock(calendar, start, workingDays, pauses, null);
}

function walkClock(
  calendar: WorkingCalendar,
  start: DayNumber,
  workingDays: number,
  pauses: readonly ClockPause[],
  segments: ClockSegment[] | null,
): DayNumber {
  let cursor = start;
  let remaining = workingDays;
  for (let i = 0; i < pauses.length; i++) {
    const pause = pauses[i]!;
    if (pause.to <= cursor) continue;
    if (pause.from > cursor) {
      const available = calendar.countDays(cursor, pause.from);
      if (available >= remaining) break;
      if (segments && available > 0) segments.push({ from: cursor, to: pause.from, workingDays: available });
      remaining -= available;
    }
    cursor = pause.to;
  }
  const due = calendar.addDays(cursor, remaining);
  segments?.push({ from: cursor, to: due, workingDays: remaining });
  return due;
}

/** Working days from `from` to `to` with a sign: positive when `to` is later (days left), negative when earlier. */
export function signedWorkingDays(calendar: WorkingCalendar, from: DayNumber, to: DayNumber): number {
  return from <= to ? calendar.countDays(from, to) : -calendar.countDays(to, from);
}

/**
 * Whether the days (lo, hi] the computation relied on lie in years the calendar holds. Throws calendar.yearUnknown
 * unless the caller accepts a provisional answer; then returns the unheld years (empty when all are held).
 */
const NONE: readonly number[] = Object.freeze([]);

export function unheldYears(
  calendar: WorkingCalendar,
  lo: DayNumber,
  hi: DayNumber,
  allowProvisional: boolean,
): readonly number[] {
  if (!calendar.touchesUnknown(lo, hi)) return NONE;
  const years = calendar.unknownYearsIn(lo, hi);
  if (!allowProvisional)
    throw new DomainError('calendar.yearUnknown', {
      year: years[0]!,
      held: calendar.heldLabel(),
      date: calendar.iso(hi),
    });
  return years;
}

export function provisionalReason(years: readonly number[]): string {
  return `${years.join('、')}年的放假安排国务院办公厅尚未通知（工作日历未收录），相关日期暂按法定节假日（《全国年节及纪念日放假办法》第二条）推算，未计调休；通知公布并导入后须重新计算`;
}
