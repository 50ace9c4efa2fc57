// Chinese full-text search over the catalogue (《条例》第二十四条: the platform offers 检索、查阅、下载): titles,
// bodies and 文号, segmented by jieba, filtered by category, Art. 20 item, year, validity and agency, ranked by
// the engine and highlighted here.
import { searchQuerySchema, type SearchQuery } from '../../contracts/publications.ts';
import { highlight, snippet } from '../../core/publications/highlight.ts';
import type { Publication } from '../../core/publications/publication.ts';
import { richTextToPlain } from '../../core/publications/rich-text.ts';
import { getPublications } from '../../storage/publications/items.ts';
import { searchIndex } from '../../storage/publications/search.ts';
/** Counts past this many are shown as “超过 N 条” (search and the public list alike). */
export { COUNT_CAP } from '../../storage/publications/search.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../database.ts';
import { agenciesToList, authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { PUBLISHED } from './catalogue.ts';
import { segmentQuery } from './segmenter.ts';

export type { SearchQuery };

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

/** Staff search: drafts and items in review too, of the agencies within the actor's reach. */
export async function searchStaffCatalogue(
  ctx: ServiceContext,
  actor: Actor,
  input: SearchQuery & { agencyId?: string },
): Promise<SearchResult> {
  const { agencyId, ...query } = input;
  return searchCatalogue(ctx.db, { agencyIds: agenciesToList(actor, 'catalogue.read', agencyId) }, query);
}

/** The public search (《条例》第二十四条): published items, of one agency or all. */
export async function searchPublished(
  ctx: ServiceContext,
  actor: Actor,
  input: SearchQuery & { agencyId?: string },
): Promise<SearchResult> {
  authorize(actor, 'catalogue.readPublished');
  const { agencyId, ...query } = input;
  return searchCatalogue(
    ctx.db,
    { agencyIds: agencyId ? [agencyId] : undefined, statuses: PUBLISHED },
    query,
  );
}

/**
 * The search itself, for the use cases above (which authorize first) and bench/search.ts: the agencies' items,
 * narrowed by `statuses`.
 */
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
