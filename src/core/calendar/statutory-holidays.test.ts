import { describe, expect, it } from 'vitest';
import { dayOf, isoOf } from './days.ts';
import { lunarToSolar, qingmingDay } from './lunar.ts';
import { SEED_SCHEDULES } from './seed-data.ts';
import { buildCalendar } from './seed.ts';
import { statutoryHolidays } from './statutory-holidays.ts';

const holidaysOf = (year: number) => SEED_SCHEDULES.find((s) => s.year === year)!.holidays;

describe('lunar dates and 清明', () => {
  // Known dates: 春节 (正月初一), 清明, 端午 (五月初五), 中秋 (八月十五).
  const rows: [number, string, string, string, string][] = [
    [2024, '2024-02-10', '2024-04-04', '2024-06-10', '2024-09-17'],
    [2025, '2025-01-29', '2025-04-04', '2025-05-31', '2025-10-06'],
    [2026, '2026-02-17', '2026-04-05', '2026-06-19', '2026-09-25'],
    [2027, '2027-02-06', '2027-04-05', '2027-06-09', '2027-09-15'],
    [2028, '2028-01-26', '2028-04-04', '2028-05-28', '2028-10-03'],
  ];
  it.each(rows)('%i: 春节 %s, 清明 %s, 端午 %s, 中秋 %s', (year, spring, qingming, dragon, autumn) => {
    expect(isoOf(lunarToSolar(year, 1, 1))).toBe(spring);
    expect(isoOf(qingmingDay(year))).toBe(qingming);
    expect(isoOf(lunarToSolar(year, 5, 5))).toBe(dragon);
    expect(isoOf(lunarToSolar(year, 8, 15))).toBe(autumn);
  });

  it('does not depend on the process time zone (the package parses ISO strings as UTC)', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = zone;
        expect([zone, isoOf(lunarToSolar(2027, 1, 1)), isoOf(lunarToSolar(2027, 8, 15))]).toEqual([
          zone,
          '2027-02-06',
          '2027-09-15',
        ]);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('refuses years outside the tables instead of guessing', () => {
    expect(() => lunarToSolar(2100, 1, 1)).toThrow(RangeError);
    expect(() => qingmingDay(1999)).toThrow(RangeError);
  });
});

describe('statutory holidays (《全国年节及纪念日放假办法》第二条)', () => {
  it('2027: 元旦, 除夕 and 初一–初三, 清明, 1–2 May, 端午, 中秋, 1–3 Oct', () => {
    expect(statutoryHolidays(2027)).toEqual({
      '2027-01-01': '元旦',
      '2027-02-05': '春节',
      '2027-02-06': '春节',
      '2027-02-07': '春节',
      '2027-02-08': '春节',
      '2027-04-05': '清明节',
      '2027-05-01': '劳动节',
      '2027-05-02': '劳动节',
      '2027-06-09': '端午节',
      '2027-09-15': '中秋节',
      '2027-10-01': '国庆节',
      '2027-10-02': '国庆节',
      '2027-10-03': '国庆节',
    });
  });

  it('a day that is two holidays carries both names (2028: 中秋 on 3 October)', () => {
    expect(statutoryHolidays(2028)['2028-10-03']).toBe('中秋节、国庆节');
  });

  // The notices give at least the statutory days off; the 2024 revision (除夕, a second 劳动节 day) applies from 2025.
  it.each([2025, 2026])('the State Council notice of %i gives every computed statutory day off', (year) => {
    const official = holidaysOf(year);
    for (const [date, name] of Object.entries(statutoryHolidays(year)))
      expect([date, official[date]]).toEqual([date, name]);
  });

  it.each([2024])(
    '%i (before the revision): every computed day except 除夕 and 2 May is off in the notice',
    (year) => {
      const official = holidaysOf(year);
      const computed = Object.entries(statutoryHolidays(year)).filter(
        ([date, name]) =>
          !(name === '春节' && date === isoOf(lunarToSolar(year, 1, 1) - 1)) && date !== `${year}-05-02`,
      );
      for (const [date, name] of computed) expect([date, official[date]]).toEqual([date, name]);
    },
  );

  it('清明 computed for every notice since 2008 falls on a 清明节 holiday', () => {
    for (let year = 2008; year <= 2026; year++)
      expect([year, holidaysOf(year)[isoOf(qingmingDay(year))]]).toEqual([year, '清明节']);
  });

  it('春节, 端午 and 中秋 computed for every notice since 2008 fall on those holidays', () => {
    for (let year = 2008; year <= 2026; year++) {
      const official = holidaysOf(year);
      expect([year, official[isoOf(lunarToSolar(year, 1, 1))]]).toEqual([year, '春节']);
      // The seed (from chinese-days) lists 2012's 端午 holiday as 22 and 24 June, missing Saturday the 23rd.
      if (year !== 2012) expect([year, official[isoOf(lunarToSolar(year, 5, 5))]]).toEqual([year, '端午节']);
      expect([year, official[isoOf(lunarToSolar(year, 8, 15))]]).toMatchObject([
        year,
        expect.stringMatching(/中秋节|国庆节/),
      ]);
    }
  });
});

describe('the working calendar in a year no notice covers', () => {
  const calendar = buildCalendar();

  it('knows the statutory holidays but marks the year as not held', () => {
    expect(calendar.holds(2027)).toBe(false);
    for (const date of [
      '2027-01-01',
      '2027-02-05',
      '2027-02-08',
      '2027-04-05',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
    ])
      expect(calendar.dayInfo(date)).toMatchObject({ date, kind: 'holiday', working: false, known: false });
    // Days the State Council might add or swap stay Monday–Friday: no make-up days are invented.
    expect(calendar.dayInfo('2027-02-09')).toMatchObject({ kind: 'workday', known: false });
    expect(calendar.isWorkingDay(dayOf('2027-02-14'))).toBe(false);
  });

  it('still refuses a strict answer for the year', () => {
    expect(() => calendar.addWorkingDays('2026-12-30', 5)).toThrow();
  });
});
