// Conversion from the `chinese-days` package's data (its `holidays` and `workdays` maps, "English,中文,N" values)
// into the project's YearSchedule form. Pure: the caller (the seed script, the CLI) loads the package's JSON.
// Only the maps are used, never the package's isWorkday(): for a year it lacks, that answers Monday–Friday.
import { DomainError } from '../errors/index.ts';
import type { IsoDate } from '../requests/events.ts';
import { sortedSchedule, type YearSchedule } from './schedule.ts';

export interface PackageHolidayData {
  holidays: Record<IsoDate, string>;
  workdays: Record<IsoDate, string>;
}

/** The package abbreviates three names; the notices write them in full. */
const NOTICE_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

function noticeName(value: string): string {
  const chinese = value.split(',')[1] ?? value;
  return NOTICE_NAMES[chinese] ?? chinese;
}

/** The notice a dated entry belongs to: December days of the New Year holiday belong to the next year's notice. */
function noticeYear(date: IsoDate, name: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5, 7) === '12' && name === '元旦' ? year + 1 : year;
}

export function packageYears(data: PackageHolidayData): number[] {
  const years = new Set<number>();
  for (const [date, value] of Object.entries(data.holidays)) years.add(noticeYear(date, noticeName(value)));
  return [...years].sort((a, b) => a - b);
}

export function scheduleFromPackage(data: PackageHolidayData, year: number, source: string): YearSchedule {
  const pick = (record: Record<IsoDate, string>) =>
    Object.fromEntries(
      Object.entries(record)
        .map(([date, value]) => [date, noticeName(value)] as const)
        .filter(([date, name]) => noticeYear(date, name) === year),
    );
  const holidays = pick(data.holidays);
  if (Object.keys(holidays).length === 0) throw new DomainError('calendar.packageLacksYear', { year });
  return sortedSchedule({ year, source, holidays, workdays: pick(data.workdays) });
}
