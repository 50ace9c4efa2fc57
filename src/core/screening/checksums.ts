// Check-digit algorithms that tell a real identifier from a number that only looks like one.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** First two digits of the 居民身份证 address code: provinces, plus 81/82/83 (港澳台居民居住证). */
const ID_PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83,
]);

/** GB 11643-1999 check character (ISO 7064 MOD 11-2) for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function hasIdPrefix(digits: string, birth: string): boolean {
  return (
    ID_PROVINCES.has(Number(digits.slice(0, 2))) &&
    isCalendarDate(Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8)))
  );
}

/** 18 characters: known province, a real birth date (1900–2099), and the GB 11643 check character. */
export function isIdNumber18(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  const birth = value.slice(6, 14);
  if (!/^(?:19|20)/.test(birth) || !hasIdPrefix(value, birth)) return false;
  return idNumberCheckChar(value) === value[17]!.toUpperCase();
}

/** The 15-digit form issued before 1999: no check digit, a two-digit birth year in the 1900s. */
export function isIdNumber15(value: string): boolean {
  return /^\d{15}$/.test(value) && hasIdPrefix(value, `19${value.slice(6, 12)}`);
}

/** Luhn (ISO/IEC 7812) check over a digit string: bank card numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 统一社会信用代码 check: an organisation's public code, not a person's number. */
export function isCreditCode(value: string): boolean {
  const code = value.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(code[i]!) * USCC_WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] === code[17];
}
