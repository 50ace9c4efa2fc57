// 文号 (GB/T 9704-2012 §7.2.4: 发文机关代字、年份、发文顺序号): each agency numbers its papers per calendar year in
// one sequence, in a pattern it chooses. The year goes in 〔〕 and the serial has no leading zeros and no 第 unless the
// agency's pattern asks for them.
import { DomainError } from '../errors/index.ts';

/** {code}: the agency's registration prefix; {year}; {serial}; {serial3}: the serial padded to three digits. */
export const DEFAULT_NUMBER_PATTERN = '{code}告〔{year}〕{serial}号';

const TOKENS = /\{(code|year|serial|serial3)\}/g;

/** A pattern must carry the year and one of the serial tokens, or two papers could share a number. */
export function checkNumberPattern(pattern: string): void {
  const tokens = new Set([...pattern.matchAll(TOKENS)].map((m) => m[1]));
  const stray = pattern.replace(TOKENS, '').match(/\{[^}]*\}/);
  if (!tokens.has('year') || !(tokens.has('serial') || tokens.has('serial3')) || stray)
    throw new DomainError('documents.badNumberPattern', { pattern });
}

export function formatDocumentNumber(
  pattern: string,
  values: { code: string; year: number; serial: number },
): string {
  return pattern.replace(TOKENS, (_whole, token: string) => {
    if (token === 'code') return values.code;
    if (token === 'year') return String(values.year);
    return token === 'serial3' ? String(values.serial).padStart(3, '0') : String(values.serial);
  });
}
