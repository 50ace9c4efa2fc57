import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, isCreditCode, isIdNumber15, isIdNumber18, passesLuhn } from './checksums.ts';

describe('GB 11643 居民身份证号码', () => {
  it('computes the check character of the standard example', () => {
    // The worked example of GB 11643-1999: 11010519491231002X.
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(isIdNumber18('11010519491231002X')).toBe(true);
    expect(isIdNumber18('11010519491231002x')).toBe(true);
  });

  it.each([
    ['110105194912310021', 'wrong check character'],
    ['99010519491231002X', 'unknown province'],
    ['110105194902300027', 'no 30 February'],
    ['110105184912310024', 'born before 1900'],
    ['1101051949123100', 'too short'],
  ])('rejects %s (%s)', (value) => expect(isIdNumber18(value)).toBe(false));

  it('accepts the old 15-digit form only with a real date', () => {
    expect(isIdNumber15('370102850307123')).toBe(true);
    expect(isIdNumber15('370102851307123')).toBe(false);
  });
});

describe('Luhn', () => {
  it('accepts a valid card number and rejects a changed digit', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('6222021234567890128')).toBe(true);
  });
});

describe('GB 32100 统一社会信用代码', () => {
  it('accepts a code with its check character and rejects a changed one', () => {
    expect(isCreditCode('91350100M000100Y43')).toBe(true);
    expect(isCreditCode('91350100M000100Y44')).toBe(false);
  });
});
