// The statutory clock shared by request replies (《条例》第三十三条) and proactive publication (第二十六条): count N
// working days after a start day, skipping the working days inside pauses. Each pause covers (from, to]: the day it
// starts still counts, the days after it up to and including the day it ends do not [I: the Regulation only says
// the consultation time "不计算在前款规定的期限内"]. O(pauses) calendar calls, each O(1).
import type { DayNumber } from '../calendar/days.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';

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

/** `pauses` sorted by `from`; they may overlap. */
export function runClock(
  calendar: WorkingCalendar,
  start: DayNumber,
  workingDays: number,
  pauses: readonly ClockPause[],
): ClockRun {
  const segments: ClockSegment[] = [];
  let cursor = start;
  let remaining = workingDays;
  for (const pause of pauses) {
    if (pause.to <= cursor) continue;
    if (pause.from > cursor) {
      const available = calendar.countDays(cursor, pause.from);
      if (available >= remaining) break;
      if (available > 0) segments.push({ from: cursor, to: pause.from, workingDays: available });
      remaining -= available;
    }
    cursor = pause.to;
  }
  const due = calendar.addDays(cursor, remaining);
  segments.push({ from: cursor, to: due, workingDays: remaining });
  return { due, segments };
}

/** Working days from `from` to `to` with a sign: positive when `to` is later (days left), negative when earlier. */
export function signedWorkingDays(calendar: WorkingCalendar, from: DayNumber, to: DayNumber): number {
  return from <= to ? calendar.countDays(from, to) : -calendar.countDays(to, from);
}
