// The prose N-1 reads, cut into sentences the same way for figures and for claims.
import type { SectionKey } from '../../taxonomy/index.ts';

/** N-1 reads the prose sections (docs/statute.md §2.5: 一、总体情况 and 六; prose under 三 and 四 states the same figures). */
export const NARRATIVE_SECTIONS: ReadonlySet<SectionKey> = new Set([
  'overview',
  'applications',
  'reviewLitigation',
  'other',
]);

const SENTENCE_END = /[。！!？?；;\n]+/;
/** Full-width forms (digits, punctuation, ％) are folded by NFKC; most reports have none, so skip the cost then. */
const NEEDS_NFKC = /[\u3000\uFF01-\uFF5E]/;
/**
 * A space between a number and the words around it ("申请 1295 件", typeset PDFs and their conversions) is no
 * clause break: it is dropped before reading.
 */
const SPACED_NUMBER = /(?<=[\u4e00-\u9fff(（])[ \t]+(?=\d)|(?<=[\d%])[ \t]+(?=[\u4e00-\u9fff%)）])/g;

export function sentencesOf(text: string): string[] {
  const folded = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  return folded
    .replace(SPACED_NUMBER, '')
    .split(SENTENCE_END)
    .filter((sentence) => sentence.trim() !== '');
}
