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

  it('names weekdays (2023-10-07 was a Saturday)', () => {
    expect(weekdayName(dayOf('2023-10-07'))).toBe('星期六');
    expect(weekdayName(dayOf('2024-02-29'))).toBe('星期四');
  });

  it('rejects dates that do not exist', () => {
    expect(isValidIso('2023-02-29')).toBe(false);
    expect(isValidIso('2024-02-29')).toBe(true);
    expect(isValidIso('2024-2-9')).toBe(false);
  });
});
