import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MultiPatternMatcher } from './aho-corasick.ts';

function allMatches(matcher: MultiPatternMatcher, text: string): string[] {
  const out: string[] = [];
  matcher.forEachMatch(text, (p, s, e) => out.push(`${p}@${s}-${e}`));
  return out.sort();
}

/** The obvious answer: every pattern at every position. */
function naiveMatches(patterns: string[], text: string): string[] {
  const seen = new Map<string, number>();
  patterns.forEach((p, i) => {
    if (p && !seen.has(p)) seen.set(p, i);
  });
  const out: string[] = [];
  for (const [p, i] of seen) {
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1))
      out.push(`${i}@${at}-${at + p.length}`);
  }
  return out.sort();
}

describe('MultiPatternMatcher', () => {
  it('finds overlapping and nested patterns, including those reached through failure links', () => {
    const patterns = ['he', 'she', 'his', 'hers', '政务公开', '公开', '开工作'];
    const matcher = new MultiPatternMatcher(patterns);
    const text = 'ushers 政务公开工作';
    expect(allMatches(matcher, text)).toEqual(naiveMatches(patterns, text));
    expect(allMatches(matcher, text)).toContain('6@10-13');
  });

  it('reports equal patterns once, under the first index, and ignores empty ones', () => {
    const matcher = new MultiPatternMatcher(['', 'ab', 'ab']);
    expect(allMatches(matcher, 'abab')).toEqual(['1@0-2', '1@2-4']);
  });

  it('agrees with a naive search on arbitrary patterns and texts over a small alphabet', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', '密', '★'), minLength: 0, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.string({ unit: fc.constantFrom('a', 'b', '密', '★', 'c'), maxLength: 60 }),
        (patterns, text) => {
          expect(allMatches(new MultiPatternMatcher(patterns), text)).toEqual(naiveMatches(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
