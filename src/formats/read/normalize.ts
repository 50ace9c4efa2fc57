// One normalisation for matching what a document says against the format's labels (docs/statute.md §2.3 layout notes):
// full-/half-width forms (NFKC), stray spaces ("不予 公开"), quote and punctuation styles, "1、" for "1.",
// traditional characters. Keys are for comparison only; what the report keeps is always the text as written.
import { TRADITIONAL_TO_SIMPLIFIED } from './traditional.ts';

// One native regex scan finds the few characters that need changing: labels are compared thousands of times per
// report, and a text report must read in well under half a millisecond.
const FULLWIDTH_OFFSET = 0xfee0;
/** Dropped: whitespace (incl. U+3000 and NBSP), every quote style, and the list punctuation reports vary on. */
const IGNORED = new Set([
  ...' \t\n\r\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff"\'“”‘’「」『』〝〞,、.:;·・',
]);
const BRACKET: Record<string, string> = { '[': '(', ']': ')', '〔': '(', '〕': ')', '【': '(', '】': ')' };
// Kangxi radicals and CJK compatibility ideographs: some PDF fonts map "一" to "⼀" (U+2F00) and so on.
const RADICALS = /[\u2e80-\u2fdf\uf900-\ufaff]/g;
const SPECIAL = new RegExp(
  `[\\s\\u00a0\\u3000\\u200b\\ufeff"'“”‘’「」『』〝〞,、.:;·・[\\]〔〕【】\\uff01-\\uff5e\\u2e80-\\u2fdf\\uf900-\\ufaff${[
    ...TRADITIONAL_TO_SIMPLIFIED.keys(),
  ].join('')}]`,
  'g',
);

function keyChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) ch = String.fromCharCode(code - FULLWIDTH_OFFSET);
  else if ((code >= 0x2e80 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff))
    ch = ch.normalize('NFKC');
  if (IGNORED.has(ch)) return '';
  return BRACKET[ch] ?? TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch;
}

// Radicals of the CJK Radicals Supplement have no NFKC mapping, yet PDF printers (Chromium among them) emit them
// for whole characters: "⻘岚市" is "青岚市". These are the ones that stand for a simplified character.
const SUPPLEMENT_PAIRS =
  '⺟母⺠民⻄西⻅见⻆角⻉贝⻋车⻓长⻔门⻘青⻚页⻛风⻜飞⻢马⻣骨⻤鬼⻥鱼⻦鸟⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟⻙韦⻝食⺩王⻊足';
const SUPPLEMENT = new Map<string, string>();
for (let i = 0; i + 1 < SUPPLEMENT_PAIRS.length; i += 2)
  SUPPLEMENT.set(SUPPLEMENT_PAIRS[i]!, SUPPLEMENT_PAIRS[i + 1]!);

const unifyOne = (ch: string) => SUPPLEMENT.get(ch) ?? ch.normalize('NFKC');

/** The same text with look-alike radicals replaced by the ideographs they stand for. */
export function unifyIdeographs(text: string): string {
  return text.replace(RADICALS, unifyOne);
}

/** Comparison key of a label or heading: "（二）部分 公开（区分处理的，…）" and "(二)部分公开(区分处理的,…)" agree. */
export function labelKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = text.replace(SPECIAL, keyChar);
    keyCache.set(text, key);
  }
  return key;
}

// Reports repeat the same labels: a batch of hundreds computes each distinct label's key once.
const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

// A figure as tables print it: integers, thousands separators in groups of three, decimals (fees in 万元).
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
// Marks that mean "nothing entered" in a cell: a dash or a slash. They read as a blank cell (null), never as 0.
const BLANK_MARK = /^(?:[-—–―－/／\\]+|无数据)$/;

const PLAIN_INTEGER = /^\d{1,15}$/;

/** Normalise a cell token for number parsing: full-width digits and separators become ASCII. */
function numericForm(token: string): string {
  return token.normalize('NFKC').replace(/\s+/g, '');
}

/** Figures start with a digit (ASCII or full-width) or a sign; anything else is not one, checked cheaply. */
function mayBeNumber(token: string): boolean {
  const code = token.charCodeAt(0);
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2b ||
    code === 0x2d ||
    (code >= 0xff10 && code <= 0xff19) ||
    code === 0xff0b ||
    code === 0xff0d
  );
}

/** The number a token states, or undefined when it is not exactly a number. */
export function parseNumber(token: string): number | undefined {
  if (PLAIN_INTEGER.test(token)) return Number(token);
  if (!mayBeNumber(token.trimStart())) return undefined;
  const form = numericForm(token);
  if (!NUMBER.test(form)) return undefined;
  return Number(form.replace(/,/g, ''));
}

const BLANK_STARTS = '-—–―－/／\\无';

export function isBlankMark(token: string): boolean {
  const first = token.trimStart()[0];
  if (first !== undefined && !BLANK_STARTS.includes(first)) return false;
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
