// Calendar dates as integers: a "day number" counts days since 1970-01-01. All working-day arithmetic runs on these
// numbers so that it never allocates a Date; ISO strings (YYYY-MM-DD) are only the outside form.
import type { IsoDate } from '../requests/events.ts';

export type DayNumber = number;

/** Days from 1970-01-01 to the given civil date (proleptic Gregorian; Howard Hinnant's days_from_civil). Integer
 * truncation (`| 0`) stands for floor division: every operand is non-negative for years ≥ 1. */
export function dayFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = (y / 400) | 0;
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = (((153 * mp + 2) / 5) | 0) + day - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (inverse of dayFromParts). */
export function partsOfDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day numbers of the 1st of every month of 1900–2199: parsing a date in that range is a table lookup instead of
 * dayFromParts' four divisions (a deadline parses every event's dates; they were a fifth of its time). 14 KB. */
const TABLE_FIRST_YEAR = 1900;
const MONTH_STARTS = new Int32Array(300 * 12);
for (let i = 0; i < MONTH_STARTS.length; i++)
  MONTH_STARTS[i] = dayFromParts(TABLE_FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1, 1);

/** Parses a YYYY-MM-DD string that the caller has already validated (requestEventSchema's isoDate). */
export function dayOf(iso: IsoDate): DayNumber {
  // Hot path (every event of every deadline): digit arithmetic, no closures, no Date.
  const year =
    iso.charCodeAt(0) * 1000 + iso.charCodeAt(1) * 100 + iso.charCodeAt(2) * 10 + iso.charCodeAt(3) - 53328;
  const month = iso.charCodeAt(5) * 10 + iso.charCodeAt(6) - 528;
  const day = iso.charCodeAt(8) * 10 + iso.charCodeAt(9) - 528;
  const i = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  return i >= 0 && i < MONTH_STARTS.length ? MONTH_STARTS[i]! + day - 1 : dayFromParts(year, month, day);
}

export function isoOf(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = partsOfDay(dayNumber);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: DayNumber): boolean {
  const w = weekdayOf(dayNumber);
  return w === 0 || w === 6;
}

export function yearOf(dayNumber: DayNumber): number {
  return partsOfDay(dayNumber).year;
}

/** True when the string is a real YYYY-MM-DD date (for inputs that did not pass through zod). */
export function isValidIso(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isoOf(dayOf(value)) === value;
}

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** 星期一 … 星期日 */
export function weekdayName(dayNumber: DayNumber): string {
  return `星期${WEEKDAY_NAMES[weekdayOf(dayNumber)]}`;
}

/** 2023年10月7日 — the form used in letters. */
export function chineseDate(dayNumber: DayNumber): string {
  const { year, month, day } = partsOfDay(dayNumber);
  return `${year}年${month}月${day}日`;
}
