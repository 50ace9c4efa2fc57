// The statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision, 国务院令第795号, in force from
// 1 January 2025), article 2: 元旦 1 January; 春节 农历除夕 and 正月初一 to 初三; 清明节 the 清明 solar-term day;
// 劳动节 1–2 May; 端午节 农历五月初五; 中秋节 农历八月十五; 国庆节 1–3 October. These days are fixed by law, so a year
// the State Council's notice has not covered yet still knows them; only the notice's arrangement (days moved next to
// weekends, make-up working days) stays unknown, and the calendar marks such a year as not held (provisional).
import type { IsoDate } from '../requests/events.ts';
import { dayFromParts, isoOf, type DayNumber } from './days.ts';
import { lunarToSolar, qingmingDay } from './lunar.ts';

/** The first year of the 2024 revision; earlier years had other holidays and all have notices. */
export const STATUTORY_FIRST_YEAR = 2025;
/** The last year the lunar and solar-term computations cover (lunar.ts). */
export const STATUTORY_LAST_YEAR = 2099;

/**
 * The statutory holidays of one year, date → name (the names the notices use). When two fall on one day
 * (中秋节 on 1–3 October, as in 2028 and 2031) the day carries both names.
 */
export function statutoryHolidays(year: number): Record<IsoDate, string> {
  const days = new Map<DayNumber, string>();
  const add = (name: string, first: DayNumber, count = 1) => {
    for (let day = first; day < first + count; day++) {
      const other = days.get(day);
      days.set(day, other ? `${other}、${name}` : name);
    }
  };
  const newYear = lunarToSolar(year, 1, 1);
  add('元旦', dayFromParts(year, 1, 1));
  add('春节', newYear - 1, 4); // 除夕 is the day before 正月初一, whether the twelfth month has 29 or 30 days
  add('清明节', qingmingDay(year));
  add('劳动节', dayFromParts(year, 5, 1), 2);
  add('端午节', lunarToSolar(year, 5, 5));
  add('中秋节', lunarToSolar(year, 8, 15));
  add('国庆节', dayFromParts(year, 10, 1), 3);
  return Object.fromEntries([...days].sort(([a], [b]) => a - b).map(([day, name]) => [isoOf(day), name]));
}

/** Whether statutoryHolidays can answer for the year. */
export function hasStatutoryHolidays(year: number): boolean {
  return year >= STATUTORY_FIRST_YEAR && year <= STATUTORY_LAST_YEAR;
}
