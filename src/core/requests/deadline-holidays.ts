// The holidays and make-up working days inside the counted stretches of the reply clock, for the explanation
// ("2023年9月29日至10月6日中秋节、国庆节不计入"). Spans that touch are joined into one.
import { isWeekend, type DayNumber } from '../calendar/days.ts';
import type { DayRun, WorkingCalendar } from '../calendar/working-calendar.ts';
import type { ClockSegment } from './clock.ts';
import type { HolidaySpan } from './deadline-types.ts';

export interface CountedDays {
  /** Holiday runs that fell on days that would otherwise have been working days. */
  holidays: HolidaySpan[];
  /** Make-up working days (调休上班日) that were counted. */
  makeUpDays: HolidaySpan[];
}

export function countedHolidays(calendar: WorkingCalendar, segments: readonly ClockSegment[]): CountedDays {
  const holidays: HolidaySpan[] = [];
  const makeUpDays: HolidaySpan[] = [];
  let holidayEnd = Number.NaN;
  let makeUpEnd = Number.NaN;
  for (const segment of segments) {
    for (
      let i = calendar.firstRunAfter(segment.from), r = calendar.runAt(i);
      r && r.from <= segment.to;
      r = calendar.runAt(++i)
    ) {
      const from = Math.max(r.from, segment.from + 1);
      const to = Math.min(r.to, segment.to);
      if (r.kind === 'makeUpWorkday') makeUpEnd = appendSpan(makeUpDays, makeUpEnd, calendar, r, from, to);
      else if (holidayCostsWorkingDays(from, to))
        holidayEnd = appendSpan(holidays, holidayEnd, calendar, r, from, to);
    }
  }
  return { holidays, makeUpDays };
}

/** Adds a span, joining it to the previous one when they touch (2023: 中秋节 29 Sep + 国庆节 30 Sep–6 Oct).
 * `lastEnd` is the previous span's last day (NaN while there is none); returns the new one. */
function appendSpan(
  spans: HolidaySpan[],
  lastEnd: DayNumber,
  calendar: WorkingCalendar,
  run: DayRun,
  from: DayNumber,
  to: DayNumber,
): DayNumber {
  // Only indexed when a span exists: reading index -1 of an empty array is a slow lookup in V8.
  const last = lastEnd + 1 === from ? spans[spans.length - 1] : undefined;
  if (last) {
    last.to = calendar.iso(to);
    if (last.name !== run.name && !last.name.includes(run.name)) last.name += `、${run.name}`;
  } else spans.push({ name: run.name, from: calendar.iso(from), to: calendar.iso(to) });
  return to;
}

/** A holiday run matters to the count only when it covers at least one Monday–Friday. */
function holidayCostsWorkingDays(from: DayNumber, to: DayNumber): boolean {
  for (let day = from; day <= to; day++) if (!isWeekend(day)) return true;
  return false;
}
