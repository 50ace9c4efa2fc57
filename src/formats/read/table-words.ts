// Table wording run together: crawler text and some PDF lines give a header or a label group as one piece
// ("申请人情况自然人法人或其他组织总计"). Such a piece is table material, not prose, when nothing but table words
// (and a stray character or two of the layout) makes it up.
import { TABLE_VOCABULARY_KEY } from './table-specs.ts';

/** Table words longest first, so a long word is taken out before the shorter words inside it. */
const WORDS = [...new Set(TABLE_VOCABULARY_KEY.split('\n'))].sort((a, b) => b.length - a.length);
/** What may stay once every table word is taken out of a run of them. */
const MAX_LEFTOVER = 2;

export function isRunOfTableWords(key: string): boolean {
  let rest = key;
  for (const word of WORDS) {
    if (rest.length <= MAX_LEFTOVER) break;
    if (rest.includes(word)) rest = rest.split(word).join('');
  }
  return rest.length <= MAX_LEFTOVER;
}
