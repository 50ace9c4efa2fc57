// The agency's sensitive-term lexicon (敏感词库): built once into a multi-pattern matcher and reused for every
// text screened. Terms and text are folded alike (full/half width, case), so "ＶＰＮ" in a text hits "vpn".
import { DomainError } from '../errors/index.ts';
import { MultiPatternMatcher } from './aho-corasick.ts';
import type { ScreeningHit } from './hit.ts';
import { foldText } from './normalize.ts';

export interface LexiconEntry {
  term: string;
  /** The agency's own grouping (政治、涉密、低俗 …); shown with every hit. */
  category: string;
}

export const DEFAULT_LEXICON_CATEGORY = '未分类';

export interface Lexicon {
  /** Distinct terms after folding; a term listed twice keeps both categories. */
  readonly entries: readonly LexiconEntry[];
  readonly matcher: MultiPatternMatcher;
  /** Per entry: it starts / ends with a Latin letter or digit, so it must not match inside a longer word. */
  readonly wordStart: Uint8Array;
  readonly wordEnd: Uint8Array;
}

const WORD_CHAR = /[a-z0-9]/;

/** Builds the matcher once; pass the result to every screenText call. */
export function buildLexicon(terms: readonly (LexiconEntry | string)[]): Lexicon {
  const byFolded = new Map<string, LexiconEntry>();
  terms.forEach((item, index) => {
    const entry = typeof item === 'string' ? { term: item, category: DEFAULT_LEXICON_CATEGORY } : item;
    const term = entry.term.trim();
    if (term.length === 0)
      throw new DomainError('screening.lexiconInvalid', { line: index + 1, reason: '词条为空' });
    const folded = foldText(term);
    const known = byFolded.get(folded);
    if (!known) byFolded.set(folded, { term, category: entry.category });
    else if (!known.category.split('、').includes(entry.category)) known.category += `、${entry.category}`;
  });
  const folded = [...byFolded.keys()];
  return {
    entries: [...byFolded.values()],
    matcher: new MultiPatternMatcher(folded),
    wordStart: Uint8Array.from(folded, (t) => (WORD_CHAR.test(t[0]!) ? 1 : 0)),
    wordEnd: Uint8Array.from(folded, (t) => (WORD_CHAR.test(t[t.length - 1]!) ? 1 : 0)),
  };
}

/**
 * Every lexicon term in the folded text. A Latin term must stand as a word ("vpn" not inside "vpnx"); Chinese has
 * no word boundaries, so a Chinese term hits wherever it occurs. A hit inside a longer hit of the same category is
 * left out: "法轮功" says everything "法轮" would.
 */
export function findLexiconHits(folded: string, lexicon: Lexicon): ScreeningHit[] {
  const found: { entry: number; start: number; end: number }[] = [];
  lexicon.matcher.forEachMatch(folded, (entry, start, end) => {
    if (lexicon.wordStart[entry] && start > 0 && WORD_CHAR.test(folded[start - 1]!)) return;
    if (lexicon.wordEnd[entry] && end < folded.length && WORD_CHAR.test(folded[end]!)) return;
    found.push({ entry, start, end });
  });
  // Sorted by start, longer first: a hit is inside an earlier one exactly when that one reaches as far.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const reach = new Map<string, number>();
  const kept = found.filter(({ entry, end }) => {
    const category = lexicon.entries[entry]!.category;
    if ((reach.get(category) ?? -1) >= end) return false;
    reach.set(category, end);
    return true;
  });
  return kept.map(({ entry, start, end }) => {
    const { term, category } = lexicon.entries[entry]!;
    return {
      rule: 'screening.lexicon',
      offset: start,
      length: end - start,
      expected: null,
      message: `敏感词“${term}”（类别：${category}）`,
    };
  });
}
