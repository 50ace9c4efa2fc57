// 索引号 (index number): a unique, permanent identifier of a catalogue item (docs/statute.md §6.1). The national
// convention is 前段码/后段码 = 9-character 组织机构代码 / 4-digit year "-" 5-digit serial; local variants
// exist, so the pattern is configurable and the result is stored as an opaque string.
import { DomainError } from '../errors/index.ts';

/** GB 32100-2015 alphabet: digits and capital letters without I, O, Z, S, V. */
const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character of a 统一社会信用代码 computed from the first 17 (GB 32100-2015, mod 31). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * The 9-character 组织机构代码 inside an 18-character 统一社会信用代码: characters 9–17 (docs/statute.md §6.1 [D]).
 * Refuses a code with a wrong length, alphabet or check character, so a typo never becomes a permanent prefix.
 */
export function organisationCodeFromCreditCode(creditCode: string): string {
  const code = creditCode.trim().toUpperCase();
  const refuse = (reason: string) =>
    new DomainError('publications.invalidCreditCode', { code: creditCode, reason });
  if (code.length !== 18) throw refuse(`应为 18 位，实际 ${code.length} 位`);
  const bad = [...code].find((ch) => !CREDIT_CODE_ALPHABET.includes(ch));
  if (bad !== undefined) throw refuse(`含有不允许的字符“${bad}”`);
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) throw refuse('校验码不符');
  return code.slice(8, 17);
}

/** The default pattern: 组织机构代码/YYYY-NNNNN. */
export const DEFAULT_INDEX_PATTERN = '{org}/{yyyy}-{nnnnn}';

export interface IndexNumberParts {
  organisationCode: string;
  year: number;
  serial: number;
}

const TOKEN = /\{(org|yyyy|n+)\}/g;

/** Checks a pattern once, at configuration time: it must contain {yyyy} and one serial token {n…}. */
export function validateIndexPattern(pattern: string): void {
  const tokens = [...pattern.matchAll(TOKEN)].map((m) => m[1]!);
  const refuse = (reason: string) => new DomainError('publications.invalidIndexPattern', { pattern, reason });
  if (tokens.filter((t) => t.startsWith('n')).length !== 1)
    throw refuse('必须且只能包含一个流水号占位符，如 {nnnnn}');
  if (!tokens.includes('yyyy')) throw refuse('必须包含年份占位符 {yyyy}');
  const leftover = pattern.replace(TOKEN, '');
  if (/[{}]/.test(leftover)) throw refuse('含有无法识别的占位符（可用 {org} {yyyy} {nnnnn}）');
}

/** The largest serial a pattern can hold ({nnnnn} → 99999). */
export function maxSerial(pattern: string): number {
  const width = /\{(n+)\}/.exec(pattern)?.[1]?.length ?? 5;
  return 10 ** width - 1;
}

/** Formats one index number. The serial is the agency's next number for the year (kept by storage). */
export function formatIndexNumber(pattern: string, parts: IndexNumberParts): string {
  validateIndexPattern(pattern);
  if (parts.serial < 1 || parts.serial > maxSerial(pattern)) {
    throw new DomainError('publications.serialExhausted', { year: parts.year, max: maxSerial(pattern) });
  }
  return pattern.replace(TOKEN, (_whole, token: string) => {
    if (token === 'org') return parts.organisationCode;
    if (token === 'yyyy') return String(parts.year).padStart(4, '0');
    return String(parts.serial).padStart(token.length, '0');
  });
}
