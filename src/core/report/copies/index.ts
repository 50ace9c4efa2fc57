// Copy detection (rule N-3, docs/report-rules.md): a narrative paragraph copied verbatim or nearly so from the same
// agency's previous-year report or from another agency's report of the same year. Candidates come from MinHash
// signatures with LSH banding (no all-pairs comparison); each candidate is then verified by exact Jaccard
// similarity over the shingles, so the estimate never decides a finding by itself.
import type { Finding } from '../../findings.ts';
import { SECTION_HEADINGS } from '../../taxonomy/sections.ts';
import type { AnnualReport } from '../model.ts';
import { finding } from '../check/finding.ts';
import { bandKeys, jaccard, shingles, signature } from './minhash.ts';
import { DEFAULT_BOILERPLATE, narrativeParagraphs, type NarrativeParagraph } from './paragraphs.ts';

export { DEFAULT_BOILERPLATE } from './paragraphs.ts';

export interface CopyDocument {
  /** Unique in the corpus (a publication id, an imported report's id). */
  id: string;
  /** Who wrote it: an agency id on the platform, or the name read from an imported report. */
  agencyKey: string;
  agencyName: string;
  year: number;
  /** The publication's version; null for an imported report. */
  version: number | null;
  report: AnnualReport;
}

/** Every threshold is a matter of policy [I]: configurable. */
export interface CopyOptions {
  /** Exact Jaccard over shingles at or above which a paragraph counts as copied. */
  threshold: number;
  /** Paragraphs shorter than this (characters, whitespace removed) are stock phrases, not compared. */
  minLength: number;
  shingleLength: number;
  /** MinHash functions = bands × rowsPerBand. 16 × 4 finds pairs of Jaccard 0.8 with probability > 0.999. */
  bands: number;
  rowsPerBand: number;
  boilerplate: readonly RegExp[];
}

export const DEFAULT_COPY_OPTIONS: CopyOptions = {
  threshold: 0.8,
  minLength: 40,
  shingleLength: 4,
  bands: 16,
  rowsPerBand: 4,
  boilerplate: DEFAULT_BOILERPLATE,
};

export interface CopyHit {
  targetId: string;
  target: NarrativeParagraph;
  source: Omit<CopyDocument, 'report'>;
  sourceParagraph: NarrativeParagraph;
  similarity: number;
}

interface Indexed {
  doc: CopyDocument;
  paragraph: NarrativeParagraph;
  set: Set<number>;
}

/** Whether `source` may be where `target` copied from: another agency's report of the same year, or the previous. */
function mayCopy(target: CopyDocument, source: CopyDocument): boolean {
  if (target.agencyKey === source.agencyKey) return source.year === target.year - 1;
  return source.year === target.year;
}

/**
 * Every copied paragraph among the documents, for each target in `targetIds` (default: all). A same-year pair
 * between two agencies is a hit on both sides: which one wrote it first is not knowable from the text.
 */
export function detectCopies(
  documents: readonly CopyDocument[],
  options: Partial<CopyOptions> = {},
  targetIds?: ReadonlySet<string>,
): CopyHit[] {
  const o = { ...DEFAULT_COPY_OPTIONS, ...options };
  const hashes = o.bands * o.rowsPerBand;
  const indexed: Indexed[] = [];
  const buckets = new Map<string, number[]>();
  for (const doc of documents) {
    for (const paragraph of narrativeParagraphs(doc.report, o.minLength, o.boilerplate)) {
      const set = shingles(paragraph.normalized, o.shingleLength);
      const at = indexed.push({ doc, paragraph, set }) - 1;
      for (const key of bandKeys(signature(set, hashes), o.rowsPerBand)) {
        const bucket = buckets.get(key);
        if (bucket) bucket.push(at);
        else buckets.set(key, [at]);
      }
    }
  }
  const seen = new Set<number>();
  const hits: CopyHit[] = [];
  const consider = (t: Indexed, s: Indexed, similarity: number) => {
    if ((targetIds && !targetIds.has(t.doc.id)) || !mayCopy(t.doc, s.doc)) return;
    const { report: _report, ...source } = s.doc;
    hits.push({ targetId: t.doc.id, target: t.paragraph, source, sourceParagraph: s.paragraph, similarity });
  };
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const [i, j] = [bucket[x]!, bucket[y]!];
        const pair = i * indexed.length + j;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const [a, b] = [indexed[i]!, indexed[j]!];
        if (a.doc.id === b.doc.id) continue;
        const similarity = jaccard(a.set, b.set);
        if (similarity < o.threshold) continue;
        consider(a, b, similarity);
        consider(b, a, similarity);
      }
    }
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
