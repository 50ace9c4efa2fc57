// Numbers as reports write them: Arabic (with thousands separators) or Chinese numerals (二十九, 一百零三, 两).

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/**
 * 二十九 → 29, 一百零三 → 103, 十五 → 15, 两千 → 2000, 三万 → 30000. Digits in a row without a unit between
 * them (二零二三, a year written digit by digit) are not a quantity: null.
 */
export function parseChineseInteger(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[char]!;
    } else if (char in SMALL_UNITS) {
      // 十 alone means 一十.
      section += (digit ?? (char === '十' ? 1 : 0)) * SMALL_UNITS[char]!;
      if (digit === 0) return null;
      digit = null;
    } else if (char in LARGE_UNITS) {
      total = (total + section + (digit ?? 0)) * LARGE_UNITS[char]!;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** "30.61" → 30.61, "1,234" → 1234, "二十九" → 29, "三十点六一" → 30.61. */
export function parseNumber(text: string): number | null {
  if (/^\d/.test(text)) return Number(text.replace(/,/g, ''));
  const [whole, fraction] = text.split('点');
  const integer = parseChineseInteger(whole!);
  if (integer === null || fraction === undefined) return integer;
  const decimals = [...fraction].map((char) => DIGITS[char]);
  if (decimals.length === 0 || decimals.some((d) => d === undefined)) return null;
  return Number(`${integer}.${decimals.join('')}`);
}

/** Decimal places as written: "30.61" → 2, "三十点六" → 1, "29" → 0. */
export function decimalsOf(text: string): number {
  const match = /[.点](.+)$/.exec(text);
  return match ? match[1]!.length : 0;
}
