// What copy detection (rule N-3) works on: the documents, the options, a hit, and each paragraph hashed once into its
// shingle set and LSH band keys — shared by the batch detector (index.ts) and the incremental index (copy-index.ts).
import type { AnnualReport } from '../model.ts';
import { bandKeys, shingles, signature } from './minhash.ts';
import { DEFAULT_BOILERPLATE, narrativeParagraphs, type NarrativeParagraph } from './paragraphs.ts';

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

/** A document as a hit names it: everything but its report. */
export type CopySource = Omit<CopyDocument, 'report'>;

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
  source: CopySource;
  sourceParagraph: NarrativeParagraph;
  similarity: number;
}

export interface HashedParagraph {
  paragraph: NarrativeParagraph;
  set: Set<number>;
  /** LSH band keys of the paragraph's MinHash signature. */
  keys: string[];
}

/** The report's narrative paragraphs, each with its shingles and band keys. */
export function hashedParagraphs(report: AnnualReport, o: CopyOptions): HashedParagraph[] {
  return narrativeParagraphs(report, o.minLength, o.boilerplate).map((paragraph) => {
    const set = shingles(paragraph.normalized, o.shingleLength);
    return { paragraph, set, keys: bandKeys(signature(set, o.bands * o.rowsPerBand), o.rowsPerBand) };
  });
}

/** Whether `source` may be where `target` copied from: another agency's report of the same year, or the previous. */
export function mayCopy(target: CopySource, source: CopySource): boolean {
  if (target.agencyKey === source.agencyKey) return source.year === target.year - 1;
  return source.year === target.year;
}

/** The document without its report, as kept by an index and named by a hit. */
export function sourceOf(doc: CopyDocument): CopySource {
  const { report: _report, ...source } = doc;
  return source;
}
