// The full-text index of the catalogue on both engines. The application segments Chinese with jieba; the
// engines index the space-separated words: SQLite in an FTS5 table (rowid = publications.search_key, ranked by
// bm25 with title and 文号 weighted over the body), PostgreSQL in a tsvector built with the 'simple'
// configuration (no stemming, no stop words: the words are already words) under a GIN index, ranked by ts_rank
// with the same weighting (A title, B 文号, D body).
import { sql, SqliteAdapter, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Each field as space-separated words. */
export interface SegmentedDocument {
  title: string;
  number: string;
  body: string;
}

function isSqlite(db: Db): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** Adds or replaces the words of one item. */
export async function indexDocument(db: Db, searchKey: number, doc: SegmentedDocument): Promise<void> {
  if (isSqlite(db)) {
    await sql`DELETE FROM publication_search WHERE rowid = ${searchKey}`.execute(db);
    await sql`INSERT INTO publication_search (rowid, title, number, body) VALUES (${searchKey}, ${doc.title}, ${doc.number}, ${doc.body})`.execute(db);
    return;
  }
  await sql`
    INSERT INTO publication_search (search_key, document)
    VALUES (${searchKey}, ${tsDocument(doc)})
    ON CONFLICT (search_key) DO UPDATE SET document = excluded.document`.execute(db);
}

function tsDocument(doc: SegmentedDocument): RawBuilder<unknown> {
  return sql`setweight(to_tsvector('simple', ${doc.title}), 'A') || setweight(to_tsvector('simple', ${doc.number}), 'B') || setweight(to_tsvector('simple', ${doc.body}), 'D')`;
}

export interface IndexFilter {
  /** Query words (already segmented); every one must occur. */
  words: readonly string[];
  agencyIds?: readonly string[];
  statuses?: readonly string[];
  category?: string;
  art20Item?: number;
  /** Year of 发布日期. */
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

function conditions(filter: IndexFilter): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [];
  const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));
  if (filter.agencyIds) where.push(filter.agencyIds.length ? sql`p.agency_id IN (${list(filter.agencyIds)})` : sql`1 = 0`);
  if (filter.statuses?.length) where.push(sql`p.status IN (${list(filter.statuses)})`);
  if (filter.category) where.push(sql`p.category = ${filter.category}`);
  if (filter.art20Item !== undefined) where.push(sql`p.art20_item = ${filter.art20Item}`);
  if (filter.validity) where.push(sql`p.validity_status = ${filter.validity}`);
  if (filter.year !== undefined) {
    where.push(sql`p.published_on >= ${`${filter.year}-01-01`} AND p.published_on <= ${`${filter.year}-12-31`}`);
  }
  return where;
}

/** FTS5 query syntax: each word a quoted string (quotes doubled), all required. */
export function fts5Query(words: readonly string[]): string {
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}

/** Matching items, best first, and how many match in all. No words → no hits. */
export async function searchIndex(db: Db, filter: IndexFilter): Promise<{ total: number; hits: IndexHit[] }> {
  if (filter.words.length === 0) return { total: 0, hits: [] };
  const extra = conditions(filter).map((c) => sql` AND ${c}`);
  const rest = sql.join(extra, sql``);
  if (isSqlite(db)) {
    const match = fts5Query(filter.words);
    const from = sql`FROM publication_search s JOIN publications p ON p.search_key = s.rowid WHERE publication_search MATCH ${match}${rest}`;
    const hits = await sql<{ id: string; score: number }>`
      SELECT p.id AS id, -bm25(publication_search, 10.0, 8.0, 1.0) AS score ${from}
      ORDER BY bm25(publication_search, 10.0, 8.0, 1.0), p.published_on DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`.execute(db);
    const count = await sql<{ n: number }>`SELECT count(*) AS n ${from}`.execute(db);
    return { total: Number(count.rows[0]?.n ?? 0), hits: hits.rows.map((r) => ({ id: r.id, score: Number(r.score) })) };
  }
  const query = sql`plainto_tsquery('simple', ${filter.words.join(' ')})`;
  const from = sql`FROM publication_search s JOIN publications p ON p.search_key = s.search_key WHERE s.document @@ ${query}${rest}`;
  const hits = await sql<{ id: string; score: number }>`
    SELECT p.id AS id, ts_rank('{0.1, 0.2, 0.6, 1.0}', s.document, ${query}) AS score ${from}
    ORDER BY score DESC, p.published_on DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`.execute(db);
  const count = await sql<{ n: string }>`SELECT count(*) AS n ${from}`.execute(db);
  return { total: Number(count.rows[0]?.n ?? 0), hits: hits.rows.map((r) => ({ id: r.id, score: Number(r.score) })) };
}
