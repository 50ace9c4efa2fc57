// Chinese full-text search over the catalogue (《条例》第二十四条: the platform offers 检索、查阅、下载): titles,
// bodies and 文号, segmented by jieba, filtered by category, Art. 20 item, year, validity and agency, ranked by
// the engine and highlighted here.
import { z } from 'zod';
import { highlight, snippet } from '../../core/publications/highlight.ts';
import type { Publication } from '../../core/publications/publication.ts';
import { richTextToPlain } from '../../core/publications/rich-text.ts';
import { ART20_ITEMS, CATEGORIES, VALIDITY_STATUSES } from '../../core/publications/vocabulary.ts';
import { getPublications } from '../../storage/publications/repository.ts';
import { searchIndex } from '../../storage/publications/search.ts';
import type { Db } from '../database.ts';
import { parseInput } from '../validation.ts';
import { segmentQuery } from './segmenter.ts';

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, { error: '请输入检索词' }).max(100, { error: '检索词不能超过 100 个字' }),
  category: z.enum(CATEGORIES).optional(),
  art20Item: z.coerce
    .number()
    .pipe(z.union(ART20_ITEMS.map((n) => z.literal(n))))
    .optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  validity: z.enum(VALIDITY_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;

export interface SearchHit {
  item: Publication;
  score: number;
  /** Escaped HTML with <mark>. */
  titleHtml: string;
  snippetHtml: string;
}

export interface SearchResult {
  words: string[];
  total: number;
  /** More matches than counted: show the total as “more than”. */
  capped: boolean;
  page: number;
  pageSize: number;
  hits: SearchHit[];
}

/** Searches the agencies' items; `statuses` narrows it (the public sees only published ones). */
export async function searchCatalogue(
  db: Db,
  scope: { agencyIds?: readonly string[]; statuses?: readonly string[] },
  input: SearchQuery,
): Promise<SearchResult> {
  const query = parseInput(searchQuerySchema, input);
  const words = segmentQuery(query.q);
  const { total, capped, hits } = await searchIndex(db, {
    words,
    ...scope,
    category: query.category,
    art20Item: query.art20Item,
    year: query.year,
    validity: query.validity,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const items = new Map(
    (
      await getPublications(
        db,
        hits.map((h) => h.id),
      )
    ).map((p) => [p.id, p]),
  );
  return {
    words,
    total,
    capped,
    page: query.page,
    pageSize: query.pageSize,
    hits: hits.flatMap((h) => {
      const item = items.get(h.id);
      if (!item) return [];
      const titleHtml = highlight(
        item.title + (item.documentNumber ? `（${item.documentNumber}）` : ''),
        words,
      );
      return [{ item, score: h.score, titleHtml, snippetHtml: snippet(richTextToPlain(item.body), words) }];
    }),
  };
}
