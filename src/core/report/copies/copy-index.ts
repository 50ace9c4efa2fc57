// The copy-detection index (rule N-3): each paragraph is hashed once when its document is added and kept (without
// the document's report) in its LSH buckets. The batch detector (index.ts) walks the buckets' candidate pairs; the
// report builder keeps an index of the corpus and checks one draft against it, hashing only the draft.
import { jaccard } from './minhash.ts';
import {
  DEFAULT_COPY_OPTIONS,
  hashedParagraphs,
  mayCopy,
  sourceOf,
  type CopyDocument,
  type CopyHit,
  type CopyOptions,
  type CopySource,
} from './model.ts';
import type { NarrativeParagraph } from './paragraphs.ts';

export interface IndexedParagraph {
  source: CopySource;
  paragraph: NarrativeParagraph;
  set: Set<number>;
}

export class CopyIndex {
  readonly options: CopyOptions;
  private readonly entries: IndexedParagraph[] = [];
  private readonly buckets = new Map<string, number[]>();
  private readonly ids = new Set<string>();

  constructor(options: Partial<CopyOptions> = {}) {
    this.options = { ...DEFAULT_COPY_OPTIONS, ...options };
  }

  /** The ids of the documents indexed. */
  get documentIds(): ReadonlySet<string> {
    return this.ids;
  }

  /** Indexes the document's paragraphs; a document already indexed (same id) is left as it is. */
  add(doc: CopyDocument): void {
    if (this.ids.has(doc.id)) return;
    this.ids.add(doc.id);
    const source = sourceOf(doc);
    for (const { paragraph, set, keys } of hashedParagraphs(doc.report, this.options)) {
      const at = this.entries.push({ source, paragraph, set }) - 1;
      for (const key of keys) {
        const bucket = this.buckets.get(key);
        if (bucket) bucket.push(at);
        else this.buckets.set(key, [at]);
      }
    }
  }

  /** Every pair of paragraphs of two different documents sharing a bucket, once each. */
  *candidatePairs(): Generator<[IndexedParagraph, IndexedParagraph]> {
    const seen = new Set<number>();
    const count = this.entries.length;
    for (const bucket of this.buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const pair = bucket[x]! * count + bucket[y]!;
          if (seen.has(pair)) continue;
          seen.add(pair);
          const [a, b] = [this.entries[bucket[x]!]!, this.entries[bucket[y]!]!];
          if (a.source.id !== b.source.id) yield [a, b];
        }
      }
    }
  }

  /** The paragraphs of `doc` (not itself indexed) copied from an indexed document it may have copied from. */
  copiesOf(doc: CopyDocument): CopyHit[] {
    const target = sourceOf(doc);
    const hits: CopyHit[] = [];
    for (const { paragraph, set, keys } of hashedParagraphs(doc.report, this.options)) {
      const candidates = new Set<number>();
      for (const key of keys) for (const at of this.buckets.get(key) ?? []) candidates.add(at);
      for (const at of candidates) {
        const entry = this.entries[at]!;
        if (entry.source.id === doc.id || !mayCopy(target, entry.source)) continue;
        const similarity = jaccard(set, entry.set);
        if (similarity < this.options.threshold) continue;
        hits.push({
          targetId: doc.id,
          target: paragraph,
          source: entry.source,
          sourceParagraph: entry.paragraph,
          similarity,
        });
      }
    }
    return hits;
  }
}
