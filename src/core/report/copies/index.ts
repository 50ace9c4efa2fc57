// Copy detection (rule N-3, docs/report-rules.md): a narrative paragraph copied verbatim or nearly so from the same
// agency's previous-year report or from another agency's report of the same year. Candidates come from MinHash
// signatures with LSH banding (no all-pairs comparison); each candidate is then verified by exact Jaccard
// similarity over the shingles, so the estimate never decides a finding by itself.
import type { Finding } from '../../findings.ts';
import { SECTION_HEADINGS } from '../../taxonomy/sections.ts';
import { finding } from '../check/finding.ts';
import { CopyIndex, type IndexedParagraph } from './copy-index.ts';
import { jaccard } from './minhash.ts';
import { mayCopy, type CopyDocument, type CopyHit, type CopyOptions } from './model.ts';

export { DEFAULT_BOILERPLATE } from './paragraphs.ts';
export { CopyIndex } from './copy-index.ts';
export {
  DEFAULT_COPY_OPTIONS,
  type CopyDocument,
  type CopyHit,
  type CopyOptions,
  type CopySource,
} from './model.ts';

/**
 * Every copied paragraph among the documents, for each target in `targetIds` (default: all). A same-year pair
 * between two agencies is a hit on both sides: which one wrote it first is not knowable from the text.
 */
export function detectCopies(
  documents: readonly CopyDocument[],
  options: Partial<CopyOptions> = {},
  targetIds?: ReadonlySet<string>,
): CopyHit[] {
  const index = new CopyIndex(options);
  for (const doc of documents) index.add(doc);
  const hits: CopyHit[] = [];
  const consider = (t: IndexedParagraph, s: IndexedParagraph, similarity: number) => {
    if ((targetIds && !targetIds.has(t.source.id)) || !mayCopy(t.source, s.source)) return;
    hits.push({
      targetId: t.source.id,
      target: t.paragraph,
      source: s.source,
      sourceParagraph: s.paragraph,
      similarity,
    });
  };
  for (const [a, b] of index.candidatePairs()) {
    const similarity = jaccard(a.set, b.set);
    if (similarity < index.options.threshold) continue;
    consider(a, b, similarity);
    consider(b, a, similarity);
  }
  return hits;
}

const QUOTE_LIMIT = 120;

function quote(text: string): string {
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}

/** A hit as the checker's finding (rule N-3, warning): the paragraph, the source and the source's words. */
export function copyFinding(hit: CopyHit): Finding {
  const { source, sourceParagraph: sp, target } = hit;
  const version = source.version === null ? '导入件' : `第${source.version}版`;
  const percent = Math.round(hit.similarity * 100);
  return finding(
    'N-3',
    'warning',
    { section: SECTION_HEADINGS[target.section], row: `第${target.index}段` },
    null,
    `${percent}%`,
    `本段与${source.agencyName}${source.year}年度报告（${version}）“${SECTION_HEADINGS[sp.section]}”第${sp.index}段` +
      `雷同（相似度${percent}%），原文：“${quote(sp.text)}”`,
  );
}
