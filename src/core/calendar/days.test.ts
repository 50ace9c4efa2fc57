import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromParts, dayOf, isoOf, isValidIso, weekdayName } from './days.ts';

describe('day numbers', () => {
  it('agree with Date for every day of 1990–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromParts(1990, 1, 1), max: dayFromParts(2100, 12, 31) }), (day) => {
        const viaDate = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isoOf(day)).toBe(viaDate);
        expect(dayOf(viaDate)).toBe(day);
      }),
    );
  });

  it('parses through the month table and beyond it alike (1900–2199 looked up, other years computed)', () => {
    for (const [year, month, day] of [
      [1899, 12, 31],
      [1900, 1, 1],
      [2000, 2, 29],
      [2199, 12, 31],
      [2200, 1, 1],
      [1583, 1, 1],
      [9999, 12, 31],
    ] as const) {
      const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      expect(dayOf(iso)).toBe(dayFromParts(year, month, day));
      expect(isoOf(dayOf(iso))).toBe(iso);
    }
  });

  it('names weekdays (2023-10-07 was a Saturday)', () => {
    expect(weekdayName(dayOf('2023-10-07'))).toBe('星期六');
    expect(weekdayName(dayOf('2024-02-29'))).toBe('星期四');
  });

  it('rejects dates that do not exist', () => {
    expect(isValidIso('2023-02-29')).toBe(false);
    expect(isValidIso('2024-02-29')).toBe(true);
    expect(isValidIso('2024-2-9')).toBe(false);
    expect(isValidIso('2023-13-01')).toBe(false);
    expect(isValidIso('2023-00-10')).toBe(false);
    expect(isValidIso('2023-04-31')).toBe(false);
  });
});
