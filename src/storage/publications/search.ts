// The full-text index of the catalogue on both engines. The application segments Chinese with jieba; the
// engines index the space-separated words: SQLite in an FTS5 table (rowid = publications.search_key, bm25 with
// title and 文号 weighted over the body), PostgreSQL in a tsvector built with the 'simple' configuration (no
// stemming, no stop words: the words are already words) under a GIN index, ranked by ts_rank with the same
// weighting (A title, B 文号, D body).
//
// The filters (agency, status, category, Art. 20 item, year, validity) are facet tokens in the same index, so a
// filtered query is one index lookup and never joins the item table until the page of results is known. Published
// items carry no status token: nearly everything is published, and a token in every row would make each query
// (and bm25's document frequencies) walk the whole index; "published only" is "none of the other statuses".
// Ranking reads at most RANK_WINDOW matches, the newest first, and the total stops counting at COUNT_CAP: a word
// found in a hundred thousand items costs the same as one found in five thousand (the answer then says "more
// than 10,000" and ranks among the most recent matches, which is what a reader of a government site wants).
import { sql, SqliteAdapter, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../tables.ts';
import { PUBLICATION_STATUS_LABELS, type PublicationStatus } from '../../core/publications/review-workflow.ts';

type Db = Kysely<Database> | Transaction<Database>;

export const RANK_WINDOW = 2000;
export const COUNT_CAP = 10_000;

/** Each field as space-separated words. */
export interface SegmentedDocument {
  title: string;
  number: string;
  body: string;
}

/** What a query can filter on. */
export interface Facets {
  agencyId: string;
  status: string;
  category: string;
  art20Item: number | null;
  /** Year of 发布日期 (null while unpublished). */
  year: number | null;
  validity: string | null;
}

/** Facet tokens are letters and digits only, so that neither FTS5 nor the PostgreSQL parser splits them. */
const token = (kind: string, value: string | number) => `zz${kind}${String(value).replace(/[^0-9a-zA-Z]/g, '')}`.toLowerCase();

/** The facets as index tokens (exported for loaders that write the index directly, like bench/search). */
export function facetTokens(f: Facets): string {
  const tokens = [token('a', f.agencyId), token('c', f.category)];
  if (f.status !== 'published') tokens.push(token('s', f.status));
  if (f.art20Item !== null) tokens.push(token('i', f.art20Item));
  if (f.year !== null) tokens.push(token('y', f.year));
  if (f.validity !== null) tokens.push(token('v', f.validity));
  return tokens.join(' ');
}

function isSqlite(db: Db): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** Adds or replaces the words and facets of one item. */
export async function indexDocument(db: Db, searchKey: number, doc: SegmentedDocument, facets: Facets): Promise<void> {
  const facetText = facetTokens(facets);
  if (isSqlite(db)) {
    await sql`DELETE FROM publication_search WHERE rowid = ${searchKey}`.execute(db);
    await sql`INSERT INTO publication_search (rowid, title, number, body, facets) VALUES (${searchKey}, ${doc.title}, ${doc.number}, ${doc.body}, ${facetText})`.execute(db);
    return;
  }
  const document = sql`setweight(to_tsvector('simple', ${doc.title}), 'A') || setweight(to_tsvector('simple', ${doc.number}), 'B') || setweight(to_tsvector('simple', ${doc.body}), 'D') || to_tsvector('simple', ${facetText})`;
  await sql`
    INSERT INTO publication_search (search_key, document) VALUES (${searchKey}, ${document})
    ON CONFLICT (search_key) DO UPDATE SET document = excluded.document`.execute(db);
}

export interface IndexFilter {
  /** Query words (already segmented); every one must occur. */
  words: readonly string[];
  agencyIds?: readonly string[];
  statuses?: readonly string[];
  category?: string;
  art20Item?: number;
  year?: number;
  validity?: string;
  limit: number;
  offset: number;
}

export interface IndexHit {
  id: string;
  /** Higher is better on both engines. */
  score: number;
}

export interface IndexResult {
  /** Matches counted up to COUNT_CAP + 1. */
  total: number;
  /** True when there are more than COUNT_CAP matches. */
  capped: boolean;
  hits: IndexHit[];
}

const STATUSES = Object.keys(PUBLICATION_STATUS_LABELS) as PublicationStatus[];

/** Statuses the query must not have (when it wants published items, which carry no token). */
function excludedStatuses(filter: IndexFilter): string[] {
  if (!filter.statuses?.includes('published')) return [];
  return STATUSES.filter((s) => !filter.statuses!.includes(s)).map((s) => token('s', s));
}

/** Every group must hold: one of its tokens (OR inside a group, AND between groups). */
function facetGroups(filter: IndexFilter): string[][] {
  const groups: string[][] = [];
  if (filter.agencyIds) groups.push(filter.agencyIds.map((id) => token('a', id)));
  if (filter.statuses?.length && !filter.statuses.includes('published')) groups.push(filter.statuses.map((s) => token('s', s)));
  if (filter.category) groups.push([token('c', filter.category)]);
  if (filter.art20Item !== undefined) groups.push([token('i', filter.art20Item)]);
  if (filter.year !== undefined) groups.push([token('y', filter.year)]);
  if (filter.validity) groups.push([token('v', filter.validity)]);
  return groups;
}

/** FTS5 query: each word quoted (quotes doubled) and looked for in title, 文号 and body; facets in their column. */
export function fts5Query(filter: IndexFilter): string {
  const words = filter.words.map((w) => `{title number body} : "${w.replace(/"/g, '""')}"`);
  const facets = facetGroups(filter).map((g) => `facets : (${g.join(' OR ')})`);
  const excluded = excludedStatuses(filter);
  const positive = [...words, ...facets].join(' AND ');
  return excluded.length ? `(${positive}) NOT facets : (${excluded.join(' OR ')})` : positive;
}

function tsFacetQuery(filter: IndexFilter): string | null {
  const parts = facetGroups(filter).map((g) => `(${g.join(' | ')})`);
  const excluded = excludedStatuses(filter);
  if (excluded.length) parts.push(`!(${excluded.join(' | ')})`);
  return parts.length ? parts.join(' & ') : null;
}

/** Matching items, best first, and how many match (up to the cap). No words → no hits. */
export async function searchIndex(db: Db, filter: IndexFilter): Promise<IndexResult> {
  if (filter.words.length === 0 || filter.agencyIds?.length === 0) return { total: 0, capped: false, hits: [] };
  let keys: { key: number; score: number }[];
  let total: number;
  if (isSqlite(db)) {
    const match = fts5Query(filter);
    const ranked = await sql<{ key: number; score: number }>`
      SELECT key, score FROM (
        SELECT rowid AS key, -bm25(publication_search, 10.0, 8.0, 1.0, 0.0) AS score FROM publication_search
        WHERE publication_search MATCH ${match} ORDER BY rowid DESC LIMIT ${RANK_WINDOW})
      ORDER BY score DESC, key DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`.execute(db);
    const count = await sql<{ n: number }>`
      SELECT count(*) AS n FROM (SELECT 1 FROM publication_search WHERE publication_search MATCH ${match} LIMIT ${COUNT_CAP + 1})`.execute(db);
    keys = ranked.rows;
    total = Number(count.rows[0]?.n ?? 0);
  } else {
    const facets = tsFacetQuery(filter);
    const words = sql`plainto_tsquery('simple', ${filter.words.join(' ')})`;
    const query: RawBuilder<unknown> = facets ? sql`(${words} && to_tsquery('simple', ${facets}))` : words;
    const ranked = await sql<{ key: string; score: number }>`
      SELECT key, score FROM (
        SELECT search_key AS key, ts_rank('{0.1, 0.2, 0.6, 1.0}', document, ${query}) AS score FROM publication_search
        WHERE document @@ ${query} ORDER BY search_key DESC LIMIT ${RANK_WINDOW}) AS recent
      ORDER BY score DESC, key DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`.execute(db);
    const count = await sql<{ n: string }>`
      SELECT count(*) AS n FROM (SELECT 1 FROM publication_search WHERE document @@ ${query} LIMIT ${COUNT_CAP + 1}) AS matches`.execute(db);
    keys = ranked.rows.map((r) => ({ key: Number(r.key), score: Number(r.score) }));
    total = Number(count.rows[0]?.n ?? 0);
  }
  const ids = keys.length
    ? await db.selectFrom('publications').select(['id', 'search_key']).where('search_key', 'in', keys.map((k) => k.key)).execute()
    : [];
  const idOf = new Map(ids.map((r) => [Number(r.search_key), r.id]));
  return {
    total: Math.min(total, COUNT_CAP),
    capped: total > COUNT_CAP,
    hits: keys.flatMap((k) => {
      const id = idOf.get(Number(k.key));
      return id ? [{ id, score: Number(k.score) }] : [];
    }),
  };
}
