// The full-text index of the catalogue on both engines. The application segments Chinese with jieba; the
// engines index the space-separated words: SQLite in an FTS5 table (rowid = publications.search_key), ranked in
// tiers (all words in the title, then in the 文号, then anywhere; newest first within a tier), PostgreSQL in a
// tsvector built with the 'simple' configuration (no stemming, no stop words: the words are already words) under
// a GIN index, ranked by ts_rank with title (A) and 文号 (B) weighted over the body (D).
//
// The filters (agency, status, category, Art. 20 item, year, validity) are facet tokens in the same index, so a
// filtered query is one index lookup and never joins the item table until the page of results is known. Published
// items carry no status token: nearly everything is published, and a token in every row would make each query
// (and bm25's document frequencies) walk the whole index; "published only" is "none of the other statuses".
// On both engines ranking reads at most RANK_WINDOW matches, the newest first; the total stops
// counting at COUNT_CAP: a word found in a hundred thousand items costs about what one found in five thousand
// does (the answer then says "more than 10,000").
import { sql, SqliteAdapter, type RawBuilder } from 'kysely';
import {
  PUBLICATION_STATUS_LABELS,
  type PublicationStatus,
} from '../../core/publications/review-workflow.ts';
import type { Db } from './db.ts';

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
const token = (kind: string, value: string | number) =>
  `zz${kind}${String(value).replace(/[^0-9a-zA-Z]/g, '')}`.toLowerCase();

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
export async function indexDocument(
  db: Db,
  searchKey: number,
  doc: SegmentedDocument,
  facets: Facets,
): Promise<void> {
  const facetText = facetTokens(facets);
  if (isSqlite(db)) {
    await sql`DELETE FROM publication_search WHERE rowid = ${searchKey}`.execute(db);
    await sql`INSERT INTO publication_search (rowid, title, number, body, facets) VALUES (${searchKey}, ${doc.title}, ${doc.number}, ${doc.body}, ${facetText})`.execute(
      db,
    );
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
  if (filter.statuses?.length && !filter.statuses.includes('published'))
    groups.push(filter.statuses.map((s) => token('s', s)));
  if (filter.category) groups.push([token('c', filter.category)]);
  if (filter.art20Item !== undefined) groups.push([token('i', filter.art20Item)]);
  if (filter.year !== undefined) groups.push([token('y', filter.year)]);
  if (filter.validity) groups.push([token('v', filter.validity)]);
  return groups;
}

/** FTS5 query: each word quoted (quotes doubled) and looked for in `columns`; facets in their column. */
export function fts5Query(filter: IndexFilter, columns = '{title number body}'): string {
  const words = filter.words.map((w) => `${columns} : "${w.replace(/"/g, '""')}"`);
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

/** SQLite ranking tiers, best first: every word in the title, every word in the 文号, anywhere. */
const SQLITE_TIERS = [
  { columns: '{title}', score: 3, windowed: true },
  { columns: '{number}', score: 2, windowed: true },
  { columns: '{title number body}', score: 1, windowed: false },
] as const;

/**
 * On SQLite the page is ranked by tier, newest first within a tier: every word in the title, then in the 文号, then
 * anywhere. As on PostgreSQL, the title and 文号 tiers look only among the newest RANK_WINDOW matches: each tier is
 * one FTS5 lookup that stops after the rows the page needs or at the window's oldest key, so a word that is rare in
 * titles costs no more than the window however many items it is found in. bm25 would score every match (and read
 * the whole posting list of each facet for its document frequencies).
 */
async function sqliteRanked(
  db: Db,
  filter: IndexFilter,
  window: number[],
): Promise<{ key: number; score: number }[]> {
  const need = filter.offset + filter.limit;
  const floor = window.length > RANK_WINDOW ? window[RANK_WINDOW - 1]! : 0;
  const ranked: { key: number; score: number }[] = [];
  const seen = new Set<number>();
  for (const tier of SQLITE_TIERS) {
    if (ranked.length >= need) break;
    // The newest matches anywhere are already known when the page lies inside the window.
    const keys =
      !tier.windowed && need <= RANK_WINDOW
        ? window
        : (
            await sql<{ key: number }>`
              SELECT rowid AS key FROM publication_search WHERE publication_search MATCH ${fts5Query(filter, tier.columns)}
              ${tier.windowed ? sql`AND rowid >= ${floor}` : sql``} ORDER BY rowid DESC LIMIT ${need}`.execute(
              db,
            )
          ).rows.map((r) => r.key);
    for (const key of keys) {
      if (ranked.length >= need) break;
      if (seen.has(key)) continue;
      seen.add(key);
      ranked.push({ key, score: tier.score });
    }
  }
  return ranked.slice(filter.offset);
}

async function sqliteCount(db: Db, filter: IndexFilter): Promise<number> {
  const count = await sql<{ n: number }>`
    SELECT count(*) AS n FROM (SELECT 1 FROM publication_search WHERE publication_search MATCH ${fts5Query(filter)} LIMIT ${COUNT_CAP + 1})`.execute(
    db,
  );
  return Number(count.rows[0]?.n ?? 0);
}

/** Matching items, best first, and how many match (up to the cap). No words → no hits. */
export async function searchIndex(db: Db, filter: IndexFilter): Promise<IndexResult> {
  if (filter.words.length === 0 || filter.agencyIds?.length === 0)
    return { total: 0, capped: false, hits: [] };
  let keys: { key: number; score: number }[];
  let total: number;
  if (isSqlite(db)) {
    // The newest matches, one past the window: when they all fit, they are every match and need no count.
    const window = (
      await sql<{ key: number }>`
        SELECT rowid AS key FROM publication_search WHERE publication_search MATCH ${fts5Query(filter)}
        ORDER BY rowid DESC LIMIT ${RANK_WINDOW + 1}`.execute(db)
    ).rows.map((r) => r.key);
    total = window.length > RANK_WINDOW ? await sqliteCount(db, filter) : window.length;
    keys = await sqliteRanked(db, filter, window);
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
      SELECT count(*) AS n FROM (SELECT 1 FROM publication_search WHERE document @@ ${query} LIMIT ${COUNT_CAP + 1}) AS matches`.execute(
      db,
    );
    keys = ranked.rows.map((r) => ({ key: Number(r.key), score: Number(r.score) }));
    total = Number(count.rows[0]?.n ?? 0);
  }
  const ids = keys.length
    ? await db
        .selectFrom('publications')
        .select(['id', 'search_key'])
        .where(
          'search_key',
          'in',
          keys.map((k) => k.key),
        )
        .execute()
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
