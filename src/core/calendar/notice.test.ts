import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/index.ts';
import { parseNotice } from './notice.ts';
import { SEED_SCHEDULES } from './seed-data.ts';

const fixture = (year: number) =>
  readFileSync(new URL(`../../../test/fixtures/calendar/notice-${year}.txt`, import.meta.url), 'utf8');
const seed = (year: number) => SEED_SCHEDULES.find((s) => s.year === year)!;

describe('parseNotice', () => {
  // Done when: a notice text imports to the same days as the package's data for that year.
  it.each([
    [2023, 'full-width punctuation, New Year run starting in 2022, 中秋节、国庆节 merged into one item'],
    [
      2024,
      'half-width punctuation as in the issue, "与周末连休" single days, an exhortation about 除夕 to ignore',
    ],
    [2025, '2025 style: weekday brackets with 农历 notes (周二), "放假1天，不调休"'],
  ])('the %i notice gives the package’s holidays and make-up days (%s)', (year) => {
    const parsed = parseNotice(fixture(year));
    expect(parsed.year).toBe(year);
    expect(Object.keys(parsed.schedule.holidays)).toEqual(Object.keys(seed(year).holidays));
    expect(Object.keys(parsed.schedule.workdays)).toEqual(Object.keys(seed(year).workdays));
  });

  it('reads the items and the document number', () => {
    const parsed = parseNotice(fixture(2024));
    expect(parsed.documentNumber).toBe('国办发明电〔2023〕7号');
    expect(parsed.items.map((i) => i.name)).toEqual([
      '元旦',
      '春节',
      '清明节',
      '劳动节',
      '端午节',
      '中秋节',
      '国庆节',
    ]);
    expect(parsed.items.at(-1)).toEqual({
      name: '国庆节',
      holidayFrom: '2024-10-01',
      holidayTo: '2024-10-07',
      statedDays: 7,
      workdays: ['2024-09-29', '2024-10-12'],
    });
  });

  const refusals: [string, string, string][] = [
    [
      'a day count that does not match the range',
      '关于2024年部分节假日安排的通知\n七、国庆节:10月1日至7日放假调休,共8天。',
      'calendar.noticeCountMismatch',
    ],
    [
      'a weekday that does not match the date',
      '关于2024年部分节假日安排的通知\n七、国庆节:10月1日至7日放假调休,共7天。9月29日(星期六)上班。',
      'calendar.noticeWeekdayMismatch',
    ],
    [
      'a make-up day on a weekday',
      '关于2024年部分节假日安排的通知\n七、国庆节:10月1日至7日放假调休,共7天。9月30日上班。',
      'calendar.makeUpNotWeekend',
    ],
    ['no year anywhere', '七、国庆节:10月1日至7日放假调休,共7天。', 'calendar.noticeNoYear'],
    ['no numbered items', '关于2024年部分节假日安排的通知\n国庆节放假七天', 'calendar.noticeNoItems'],
    [
      'a date that does not exist',
      '关于2023年部分节假日安排的通知\n一、春节:2月29日放假,共1天。',
      'calendar.noticeUnparsable',
    ],
  ];
  it.each(refusals)('refuses %s', (_reason, text, code) => {
    let caught: unknown;
    try {
      parseNotice(text);
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught) && caught.code).toBe(code);
  });
});

describe('describeSchedule', () => {
  it('shows a parsed notice back as the notice says it', async () => {
    const { describeSchedule } = await import('./describe.ts');
    const lines = describeSchedule(parseNotice(fixture(2023)).schedule);
    expect(lines[0]).toBe('元旦：2022年12月31日至2023年1月2日放假，共3天');
    expect(lines.at(-1)).toBe(
      '中秋节、国庆节：2023年9月29日至2023年10月6日放假，共8天；2023年10月7日（星期六）、2023年10月8日（星期日）上班',
    );
  });
});
