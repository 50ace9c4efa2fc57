// Finds the typos of a typo list in a text: one multi-pattern pass over the wrong forms, then each hit's context
// rule decides whether it is the typo or correct Chinese that happens to contain the same characters.
import { MultiPatternMatcher } from './aho-corasick.ts';
import type { ScreeningHit } from './hit.ts';
import { foldText } from './normalize.ts';
import { SHIPPED_TYPOS, type TypoEntry } from './typo-list.ts';

/** How much text around a hit the context rules see. */
const CONTEXT_WINDOW = 40;

export interface TypoMatcher {
  /** Per distinct wrong form, the entries that share it (an agency may add a context the shipped one lacks). */
  readonly groups: readonly (readonly TypoEntry[])[];
  readonly matcher: MultiPatternMatcher;
}

/** The shipped list plus the agency's own entries; build once and reuse. */
export function buildTypoMatcher(extra: readonly TypoEntry[] = []): TypoMatcher {
  const byWrong = new Map<string, TypoEntry[]>();
  for (const entry of [...SHIPPED_TYPOS, ...extra]) {
    const key = foldText(entry.wrong);
    byWrong.set(key, [...(byWrong.get(key) ?? []), entry]);
  }
  return { groups: [...byWrong.values()], matcher: new MultiPatternMatcher([...byWrong.keys()]) };
}

let shipped: TypoMatcher | undefined;

export function shippedTypoMatcher(): TypoMatcher {
  shipped ??= buildTypoMatcher();
  return shipped;
}

function applies(entry: TypoEntry, before: string, after: string): boolean {
  if (entry.unlessBefore?.test(before) || entry.unlessAfter?.test(after)) return false;
  if (entry.onlyBefore && !entry.onlyBefore.test(before)) return false;
  if (entry.onlyAfter && !entry.onlyAfter.test(after)) return false;
  return true;
}

export function findTypoHits(folded: string, typos: TypoMatcher): ScreeningHit[] {
  const hits: ScreeningHit[] = [];
  typos.matcher.forEachMatch(folded, (group, start, end) => {
    const before = folded.slice(Math.max(0, start - CONTEXT_WINDOW), start);
    const after = folded.slice(end, end + CONTEXT_WINDOW);
    const entry = typos.groups[group]!.find((candidate) => applies(candidate, before, after));
    if (!entry) return;
    hits.push({
      rule: 'screening.typo',
      offset: start,
      length: end - start,
      expected: entry.right,
      message: `疑似错别字“${entry.wrong}”，应为“${entry.right}”${entry.note ? `（${entry.note}）` : ''}`,
    });
  });
  return hits;
}
