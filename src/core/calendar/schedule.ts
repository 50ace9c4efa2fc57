// A year's official arrangement as data, in the project's own form: the State Council General Office's yearly notice
// (国务院办公厅关于20XX年部分节假日安排的通知) sets which days are public holidays (放假) and which weekend days are
// make-up working days (调休上班). A schedule belongs to the notice's year; its dates are in that year, except the
// New Year holiday that may begin in the previous December (e.g. 2023's 元旦 starts 2022-12-31).
import { z } from 'zod';
import { DomainError } from '../errors/index.ts';
import { isoDate, type IsoDate } from '../requests/events.ts';
import { dayOf, isWeekend, weekdayName, dayFromParts } from './days.ts';

export interface YearSchedule {
  /** The notice's year. */
  year: number;
  /** Where the data came from (package and version, notice title, imported file). */
  source: string;
  /** Date → holiday name. Includes the weekend days inside a holiday run when the notice counts them (共N天). */
  holidays: Record<IsoDate, string>;
  /** Date → holiday name: weekend days that are working days (调休上班日). */
  workdays: Record<IsoDate, string>;
}

export const yearScheduleSchema = z.object({
  year: z.number().int().min(1949).max(2200),
  source: z.string().min(1).max(500),
  holidays: z.record(isoDate, z.string().min(1).max(100)),
  workdays: z.record(isoDate, z.string().min(1).max(100)),
});

/** First and last day a schedule of `year` may name: the previous December (元旦 runs) through 31 December. */
export function scheduleBounds(year: number): { first: number; last: number } {
  return { first: dayFromParts(year - 1, 12, 1), last: dayFromParts(year, 12, 31) };
}

/** Checks what zod cannot: dates inside the year, no day both off and on, make-up days on weekends. */
export function checkSchedule(schedule: YearSchedule): YearSchedule {
  const { year } = schedule;
  const { first, last } = scheduleBounds(year);
  const inYear = (date: string) => {
    const d = dayOf(date);
    if (d < first || d > last) throw new DomainError('calendar.dateOutsideYear', { date, year });
  };
  if (Object.keys(schedule.holidays).length === 0) throw new DomainError('calendar.emptyYear', { year });
  for (const date of Object.keys(schedule.holidays)) inYear(date);
  for (const date of Object.keys(schedule.workdays)) {
    inYear(date);
    if (date in schedule.holidays) throw new DomainError('calendar.dayConflict', { date });
    if (!isWeekend(dayOf(date)))
      throw new DomainError('calendar.makeUpNotWeekend', { date, weekday: weekdayName(dayOf(date)) });
  }
  return schedule;
}

/** Parses untrusted JSON (an imported or stored file) into a checked schedule. */
export function parseScheduleJson(value: unknown): YearSchedule {
  const parsed = yearScheduleSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('calendar.fileInvalid', {
      reason: `${issue.path.join('.') || '（根）'}：${issue.message}`,
    });
  }
  return checkSchedule(sortedSchedule(parsed.data));
}

/** The same schedule with its days in date order (stable files, stable comparisons). */
export function sortedSchedule(schedule: YearSchedule): YearSchedule {
  const sortRecord = (r: Record<string, string>) =>
    Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ...schedule, holidays: sortRecord(schedule.holidays), workdays: sortRecord(schedule.workdays) };
}
