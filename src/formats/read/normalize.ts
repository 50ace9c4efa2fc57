// One normalisation for matching what a document says against the format's labels (spec §2.3 layout notes):
// full-/half-width forms (NFKC), stray spaces ("不予 公开"), quote and punctuation styles, "1、" for "1.",
// traditional characters. Keys are for comparison only; what the report keeps is always the text as written.
import { toSimplified } from './traditional.ts';

// Whitespace (incl. U+3000 and NBSP after NFKC), every quote style, and the list punctuation reports vary on.
const IGNORED = /[\s"'“”‘’「」『』〝〞,，、.．:：;；·・]/g;
const BRACKETS = /[[\]〔〕【】]/g;

/** Comparison key of a label or heading: "（二）部分 公开（区分处理的，…）" and "(二)部分公开(区分处理的,…)" agree. */
export function labelKey(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .replace(BRACKETS, (b) => (b === '[' || b === '〔' || b === '【' ? '(' : ')'))
    .replace(IGNORED, '');
}

// A figure as tables print it: integers, thousands separators in groups of three, decimals (fees in 万元).
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
// Marks that mean "nothing entered" in a cell: a dash or a slash. They read as a blank cell (null), never as 0.
const BLANK_MARK = /^(?:[-—–―－/／\\]+|无数据)$/;

/** Normalise a cell token for number parsing: full-width digits and separators become ASCII. */
function numericForm(token: string): string {
  return token.normalize('NFKC').replace(/\s+/g, '');
}

/** The number a token states, or undefined when it is not exactly a number. */
export function parseNumber(token: string): number | undefined {
  const form = numericForm(token);
  if (!NUMBER.test(form)) return undefined;
  return Number(form.replace(/,/g, ''));
}

export function isBlankMark(token: string): boolean {
  const form = numericForm(token);
  return form === '' || BLANK_MARK.test(form);
}

// Spaces that layout (PDF glyph runs, copy-paste) put between Chinese characters or between a Chinese
// character and a figure carry no meaning: "2024 年" is "2024年".
const LAYOUT_SPACE =
  /(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\u00a0\u3000]+|[ \t\u00a0\u3000]+(?=[\u3000-\u9fff\uff00-\uffef])/g;

export function dropLayoutSpaces(text: string): string {
  return text.replace(LAYOUT_SPACE, '');
}
