// Table wording run together: crawler text and some PDF lines give a header or a label group as one piece
// ("申请人情况自然人法人或其他组织总计"). Such a piece is table material, not prose, when nothing but table words
// (and a stray character or two of the layout) makes it up.
import { TABLE_VOCABULARY_KEY } from './table-specs.ts';

/** Table words by their first character, longest first, so a long word is taken before a shorter one inside it. */
const WORDS = [...new Set(TABLE_VOCABULARY_KEY.split('\n'))]
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);
const BY_FIRST = new Map<string, string[]>();
for (const word of WORDS) BY_FIRST.set(word[0]!, [...(BY_FIRST.get(word[0]!) ?? []), word]);
/** What may stay once every table word is taken out of a run of them. */
const MAX_LEFTOVER = 2;

/** Read left to right, the key is table words but for at most MAX_LEFTOVER characters. */
export function isRunOfTableWords(key: string): boolean {
  let leftover = 0;
  for (let at = 0; at < key.length;) {
    const word = BY_FIRST.get(key[at]!)?.find((w) => key.startsWith(w, at));
    if (word) at += word.length;
    else if (++leftover > MAX_LEFTOVER) return false;
    else at++;
  }
  return true;
}

/** A label is this long at least before a damaged copy of it is recognised. */
const MIN_KEPT = 6;
/** Share of a label that must survive, in order, at the end of the words for them to be that label damaged. */
const MIN_SURVIVING = 0.6;

/**
 * "2.其他法律行政止公开" for "2.其他法律行政法规禁止公开": a label whose characters PDF extraction dropped or moved.
 * The words must end as the label ends and keep, in order, most of its characters.
 */
export function isDamagedLabel(text: string, key: string): boolean {
  if (!text.endsWith(key.at(-1)!)) return false;
  let k = key.length - 1;
  let kept = 0;
  let start = text.length;
  for (let i = text.length - 1; i >= 0 && k >= 0; i--) {
    while (k >= 0 && key[k] !== text[i]) k--;
    if (k < 0) break;
    kept++;
    k--;
    start = i;
  }
  // The kept characters stand close together: a long text holds any label's characters somewhere, in order.
  const span = text.length - start;
  return kept >= MIN_KEPT && kept >= MIN_SURVIVING * key.length && span <= key.length + MAX_EXTRA;
}

/** Characters a damaged label may have beyond its own (moved in from a neighbouring cell). */
const MAX_EXTRA = 2;

/** Words that are, as a whole, a damaged copy of some table label. */
export function isDamagedTableLabel(text: string): boolean {
  return WORDS.some(
    (word) => word.length >= MIN_KEPT && text.length <= word.length + MAX_EXTRA && isDamagedLabel(text, word),
  );
}

/** Header cells a converter invents for a table it cannot label: "数据1" … "数据7", "列3", "字段2". */
export const PLACEHOLDER_CELL = /^(?:数据|列|字段|栏)[0-9]{1,2}$/;
const PLACEHOLDER_HEADER = /(?:项目)?(?:(?:数据|列|字段|栏)[0-9]{1,2})+/g;

/** Words without the invented header cells in them: those name no row. */
export const withoutPlaceholders = (key: string) => key.replace(PLACEHOLDER_HEADER, '');
