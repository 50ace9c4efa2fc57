// Folding applied to both the screened text and the lexicon before matching, so that "ＡＢＣ１２３", "abc123" and
// "Abc123" are one term. The fold maps one UTF-16 code unit to one code unit, so an offset in the folded text is
// the same offset in the original: findings point into the text the author wrote, with no offset table.

const FULLWIDTH_FIRST = 0xff01; // ！
const FULLWIDTH_LAST = 0xff5e; // ～
const FULLWIDTH_SHIFT = 0xff01 - 0x21;
const IDEOGRAPHIC_SPACE = 0x3000;

/** One code unit folded: full-width ASCII to half width, the ideographic space to a space, A–Z to a–z. */
export function foldCodeUnit(code: number): number {
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) code -= FULLWIDTH_SHIFT;
  else if (code === IDEOGRAPHIC_SPACE) return 0x20;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return code;
}

/** Every code unit foldCodeUnit changes. */
const FOLDABLE = /[\uFF01-\uFF5E\u3000A-Z]/g;

const foldOne = (unit: string) => String.fromCharCode(foldCodeUnit(unit.charCodeAt(0)));

/** The text folded code unit by code unit; always the same length as the input. */
export function foldText(text: string): string {
  return text.replace(FOLDABLE, foldOne);
}
