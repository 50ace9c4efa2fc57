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

/** The text folded code unit by code unit; always the same length as the input. */
export function foldText(text: string): string {
  let changed = false;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCodeUnit(code);
    if (folded !== code) changed = true;
    codes[i] = folded;
  }
  if (!changed) return text;
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) {
    out += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  }
  return out;
}
