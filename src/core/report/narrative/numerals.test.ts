import { describe, expect, it } from 'vitest';
import { decimalsOf, parseChineseInteger, parseNumber } from './numerals.ts';

describe('Chinese numerals', () => {
  it.each<[string, number | null, string]>([
    ['二十九', 29, 'tens and units'],
    ['一百零三', 103, '零 marks a skipped place'],
    ['十五', 15, '十 alone means 一十'],
    ['两', 2, '两 is 2'],
    ['两千', 2000, '两 before a unit'],
    ['三万', 30000, '万'],
    ['一万零五', 10005, '万 then a skipped place'],
    ['零', 0, 'zero'],
    ['二零二三', null, 'a year written digit by digit is not a quantity'],
    ['一二', null, 'two digits in a row'],
  ])('%s → %s (%s)', (text, value) => {
    expect(parseChineseInteger(text)).toBe(value);
  });
});

describe('numbers as written', () => {
  it.each<[string, number | null, number, string]>([
    ['29', 29, 0, 'Arabic'],
    ['1,234', 1234, 0, 'thousands separator'],
    ['30.61', 30.61, 2, 'decimals'],
    ['三十点六一', 30.61, 2, 'Chinese decimals'],
    ['三十点', null, 0, 'nothing after 点'],
  ])('%s → %s, %s decimals (%s)', (text, value, decimals) => {
    expect(parseNumber(text)).toBe(value);
    if (value !== null) expect(decimalsOf(text)).toBe(decimals);
  });
});
