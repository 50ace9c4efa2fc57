import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/index.ts';
import {
  creditCodeCheckCharacter,
  DEFAULT_INDEX_PATTERN,
  formatIndexNumber,
  organisationCodeFromCreditCode,
  validateIndexPattern,
} from './index-number.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isDomainError(error) ? error.code : 'not a DomainError';
  }
  return undefined;
}

describe('index number (索引号)', () => {
  // 国务院办公厅's published 统一社会信用代码 11100000000013127D carries the old code 000013127.
  it('takes characters 9–17 of the credit code as the organisation code', () => {
    expect(creditCodeCheckCharacter('11100000000013127')).toBe('D');
    expect(organisationCodeFromCreditCode('11100000000013127D')).toBe('000013127');
  });

  it.each([
    ['wrong length', '1110000000001312'],
    ['letter outside the alphabet', '11100000000013I27D'],
    ['wrong check character', '11100000000013127E'],
  ])('refuses a credit code with a %s', (_why, code) => {
    expect(codeOf(() => organisationCodeFromCreditCode(code))).toBe('publications.invalidCreditCode');
  });

  it('formats the national default as 组织机构代码/YYYY-NNNNN (20 characters)', () => {
    const value = formatIndexNumber(DEFAULT_INDEX_PATTERN, {
      organisationCode: '000014349',
      year: 2018,
      serial: 222,
    });
    expect(value).toBe('000014349/2018-00222');
    expect(value).toHaveLength(20);
  });

  it('accepts a local pattern and refuses patterns without year or serial', () => {
    expect(formatIndexNumber('LY-{org}-{yyyy}-{nnn}', { organisationCode: 'X', year: 2023, serial: 7 })).toBe(
      'LY-X-2023-007',
    );
    expect(codeOf(() => validateIndexPattern('{org}/{nnnnn}'))).toBe('publications.invalidIndexPattern');
    expect(codeOf(() => validateIndexPattern('{org}/{yyyy}'))).toBe('publications.invalidIndexPattern');
    expect(codeOf(() => validateIndexPattern('{org}/{yyyy}-{nnnnn}-{cat}'))).toBe(
      'publications.invalidIndexPattern',
    );
  });

  it('refuses a serial that no longer fits the pattern', () => {
    expect(
      codeOf(() => formatIndexNumber('{yyyy}-{nn}', { organisationCode: '', year: 2023, serial: 100 })),
    ).toBe('publications.serialExhausted');
  });
});
