import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDomainError } from '../errors/index.ts';
import { requestOpenDeadline } from '../requests/open-deadlines.ts';
import { dayFromParts, dayOf, isoOf } from './days.ts';
import { planYearImport } from './import-plan.ts';
import { SEED_SCHEDULES } from './seed-data.ts';
import { buildCalendar } from './seed.ts';
import { parseScheduleCsv, parseScheduleJsonText } from './tabular.ts';
import { WorkingCalendar } from './working-calendar.ts';

const calendar = buildCalendar();
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return isDomainError(error) ? error.code : String(error);
  }
  return null;
};

describe('WorkingCalendar', () => {
  it('holds 2004–2026 from the package seed and says so', () => {
    expect(calendar.years[0]).toBe(2004);
    expect(calendar.years.at(-1)).toBe(2026);
    expect(calendar.heldLabel()).toBe('2004–2026');
    expect(calendar.holds(2027)).toBe(false);
  });

  it('knows holidays and make-up days (2023-10-07 is a Saturday worked for 国庆节)', () => {
    expect(calendar.dayInfo('2023-10-07')).toMatchObject({
      kind: 'makeUpWorkday',
      working: true,
      name: '国庆节',
      known: true,
    });
    expect(calendar.dayInfo('2023-10-02')).toMatchObject({ kind: 'holiday', working: false, name: '国庆节' });
    expect(calendar.dayInfo('2022-12-31')).toMatchObject({ kind: 'holiday', name: '元旦' });
    expect(calendar.dayInfo('2023-10-14')).toMatchObject({ kind: 'weekend', working: false });
  });

  it('never guesses 2027: 2027-10-01 is unknown, strict arithmetic refuses', () => {
    expect(calendar.dayInfo('2027-10-01')).toMatchObject({ known: false });
    expect(codeOf(() => calendar.addWorkingDays('2026-12-20', 20))).toBe('calendar.yearUnknown');
    expect(codeOf(() => calendar.countWorkingDays('2027-09-28', '2027-10-08'))).toBe('calendar.yearUnknown');
    expect(codeOf(() => calendar.addWorkingDays('1990-01-01', 1))).toBe('calendar.outOfRange');
  });

  it('adds and counts in O(1) exactly as a day-by-day walk does', () => {
    const lo = dayFromParts(2004, 1, 1);
    const hi = dayFromParts(2026, 6, 30);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), fc.integer({ min: 1, max: 60 }), (start, n) => {
        let day = start;
        for (let left = n; left > 0;) if (calendar.isWorkingDay(++day)) left--;
        expect(calendar.addDays(start, n)).toBe(day);
        expect(calendar.countDays(start, day)).toBe(n);
        let walked = 0;
        for (let d = start + 1; d <= start + n; d++) if (calendar.isWorkingDay(d)) walked++;
        expect(calendar.countDays(start, start + n)).toBe(walked);
      }),
    );
  });

  it('shows a month with its holidays and make-up days', () => {
    const october = calendar.month(2023, 10);
    expect(october).toHaveLength(31);
    expect(october.filter((d) => d.kind === 'holiday').map((d) => d.date.slice(8))).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
    ]);
    expect(october.filter((d) => d.kind === 'makeUpWorkday').map((d) => d.date.slice(8))).toEqual([
      '07',
      '08',
    ]);
  });

  it('refuses a date claimed by two years and a schedule with a weekday make-up day', () => {
    const y2023 = SEED_SCHEDULES.find((s) => s.year === 2023)!;
    const clash = {
      ...y2023,
      year: 2024,
      holidays: { '2023-12-31': '元旦', '2024-01-01': '元旦' },
      workdays: {},
    };
    const before = { ...y2023, holidays: { ...y2023.holidays, '2023-12-31': '元旦' } };
    expect(codeOf(() => new WorkingCalendar([before, clash]))).toBe('calendar.yearClaimedTwice');
    expect(codeOf(() => new WorkingCalendar([{ ...y2023, workdays: { '2023-10-09': '国庆节' } }]))).toBe(
      'calendar.makeUpNotWeekend',
    );
  });
});

describe('importing a year', () => {
  const csv = readFileSync(
    new URL('../../../test/fixtures/calendar/invented-2027.csv', import.meta.url),
    'utf8',
  );

  it('reads CSV and infers the year', () => {
    const schedule = parseScheduleCsv(csv, 'test');
    expect(schedule.year).toBe(2027);
    expect(schedule.workdays).toEqual({ '2027-02-14': '春节', '2027-10-09': '国庆节' });
  });

  it('reads JSON in the project form, and refuses a bad one with the reason', () => {
    const json = JSON.stringify({ year: 2027, holidays: { '2027-01-01': '元旦' }, workdays: {} });
    expect(parseScheduleJsonText(json, 'x.json')).toMatchObject({ year: 2027, source: 'x.json' });
    expect(
      codeOf(() => parseScheduleJsonText('{"year":2027,"holidays":{"2027-13-01":"x"},"workdays":{}}', 'x')),
    ).toBe('calendar.fileInvalid');
    expect(codeOf(() => parseScheduleCsv('2027-01-01,休息日', 'x'))).toBe('calendar.csvLine');
  });

  it('reports the changed days and the open deadlines they move', () => {
    const incoming = parseScheduleCsv(csv, 'test');
    const received = (on: string) => [
      {
        type: 'received' as const,
        on,
        channel: 'inPerson' as const,
        applicantKind: 'naturalPerson' as const,
      },
    ];
    const open = [
      requestOpenDeadline('A', received('2026-12-15'), {}, '2026-12-16'),
      requestOpenDeadline('B', received('2026-03-02'), {}, '2026-03-03'),
      requestOpenDeadline('D', received('2027-01-20'), {}, '2027-01-21'),
    ];
    const plan = planYearImport(calendar, incoming, open);
    expect(plan.replaced).toBeNull();
    expect(plan.calendar.holds(2027)).toBe(true);
    // 元旦 on Fri 1 Jan 2027 is statutory, so the provisional calendar already had it: no change there, and A's
    // provisional 13 Jan stands. The arrangement's longer 春节 (9–12 Feb off, Sun 14 Feb worked) moves D.
    expect(plan.changes.find((c) => c.date === '2027-01-01')).toBeUndefined();
    expect(plan.changes.find((c) => c.date === '2027-02-09')).toMatchObject({
      before: 'workday',
      after: 'holiday',
      wasGuess: true,
    });
    expect(plan.moved).toEqual([{ id: 'D', before: '2027-02-19', after: '2027-02-23' }]);
  });

  it('replacing a known year shows what the new text changes', () => {
    const y2023 = SEED_SCHEDULES.find((s) => s.year === 2023)!;
    const workdays = { ...y2023.workdays };
    delete (workdays as Record<string, string>)['2023-10-08'];
    const plan = planYearImport(calendar, { ...y2023, source: 'edited', workdays }, [
      requestOpenDeadline(
        'C',
        [{ type: 'received', on: '2023-09-25', channel: 'inPerson', applicantKind: 'naturalPerson' }],
        {},
        '2023-09-26',
      ),
    ]);
    expect(plan.changes).toEqual([
      {
        date: '2023-10-08',
        before: 'makeUpWorkday',
        after: 'weekend',
        beforeName: '国庆节',
        afterName: null,
        wasGuess: false,
      },
    ]);
    expect(plan.moved).toEqual([{ id: 'C', before: '2023-10-27', after: '2023-10-30' }]);
    expect(isoOf(plan.calendar.addDays(dayOf('2023-09-25'), 20))).toBe('2023-10-30');
  });
});

describe('package data conversion', () => {
  it('gives December New Year days to the next notice, names holidays as the notices do, refuses missing years', async () => {
    const { scheduleFromPackage, packageYears } = await import('./package-data.ts');
    const data = {
      holidays: {
        '2022-12-31': "New Year's Day,元旦,1",
        '2023-01-01': "New Year's Day,元旦,1",
        '2023-06-22': 'Dragon Boat Festival,端午,1',
      },
      workdays: { '2023-06-25': 'Dragon Boat Festival,端午,1' },
    };
    expect(packageYears(data)).toEqual([2023]);
    expect(scheduleFromPackage(data, 2023, 'p')).toEqual({
      year: 2023,
      source: 'p',
      holidays: { '2022-12-31': '元旦', '2023-01-01': '元旦', '2023-06-22': '端午节' },
      workdays: { '2023-06-25': '端午节' },
    });
    expect(codeOf(() => scheduleFromPackage(data, 2027, 'p'))).toBe('calendar.packageLacksYear');
  });
});
