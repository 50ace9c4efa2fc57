// Lunar dates and the 清明 solar term, for the statutory holidays of years no State Council notice covers yet
// (statutory-holidays.ts). The lunar months come from `chinese-days` (its month table, 1900–2099, follows the
// Hong Kong Observatory's almanac). ICU's Chinese calendar (Intl, `ca-chinese`) is not used: it puts 2027's
// 正月初一 on 7 February, a day late, because that new moon falls minutes before midnight Beijing time.
import chineseDays from 'chinese-days';
import type { IsoDate } from '../requests/events.ts';
import { dayFromParts, dayOf, type DayNumber } from './days.ts';

/** The years the package's month table covers. */
export const LUNAR_FIRST_YEAR = 1901;
export const LUNAR_LAST_YEAR = 2099;

/** The Gregorian day of lunar `month`/`day` (never a leap month) of the lunar year that starts in `year`.
 * The package reads and writes dates in the process's local time zone but parses ISO strings as UTC, so west of
 * Greenwich a string answers a day early; a local Date in and its own local formatting out is right everywhere. */
export function lunarToSolar(year: number, month: number, day: number): DayNumber {
  if (year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR)
    throw new RangeError(`农历换算只支持 ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR} 年，不支持 ${year} 年`);
  const { date } = chineseDays.getSolarDateFromLunar(new Date(year, month - 1, day));
  return dayOf(date as IsoDate);
}

/** 清明 (the sun at 15° ecliptic longitude, Beijing time) in 2000–2099: the day-of-month by the customary
 * formula [Y × 0.2422 + 4.81] − [Y / 4], Y the last two digits of the year (its error is under a day in this century;
 * lunar.test.ts checks it against every 清明 holiday of the notices since 2008). */
export function qingmingDay(year: number): DayNumber {
  if (year < 2000 || year > 2099) throw new RangeError(`清明日期只支持 2000–2099 年，不支持 ${year} 年`);
  const y = year % 100;
  return dayFromParts(year, 4, Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4));
}
