// Catalogue items: their rows, the full-text index key, listing, 索引号 serials and the channels each went out on.
import type { Transaction } from 'kysely';
import type { Database } from '../tables.ts';
import type { ChannelRecord, Publication } from '../../core/publications/publication.ts';
import type { Db } from './db.ts';
import { channelOf, columnsOf, publicationOf } from './rows.ts';

/** The next integer key for the full-text index. Under SQLite's write lock it is exact; on PostgreSQL the unique
 * constraint turns a rare concurrent clash into a failed (and wholly rolled back) transaction. */
export async function nextSearchKey(trx: Db): Promise<number> {
  const row = await trx
    .selectFrom('publications')
    .select((eb) => eb.fn.max('search_key').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function insertPublication(trx: Db, p: Publication, searchKey: number): Promise<void> {
  await trx
    .insertInto('publications')
    .values({
      id: p.id,
      agency_id: p.agencyId,
      search_key: searchKey,
      created_at: p.createdAt,
      ...columnsOf(p),
    })
    .execute();
}

export async function updatePublication(trx: Db, p: Publication): Promise<void> {
  await trx.updateTable('publications').set(columnsOf(p)).where('id', '=', p.id).execute();
}

export async function searchKeyOf(trx: Db, id: string): Promise<number> {
  const row = await trx
    .selectFrom('publications')
    .select('search_key')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.search_key);
}

async function channelsOf(db: Db, ids: readonly string[]): Promise<Map<string, ChannelRecord[]>> {
  const byItem = new Map<string, ChannelRecord[]>();
  // Chunked: SQLite allows a limited number of bound parameters per statement.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('publication_channels')
      .selectAll()
      .where('publication_id', 'in', ids.slice(i, i + 500))
      .orderBy('released_on')
      .execute();
    for (const row of rows) {
      const list = byItem.get(row.publication_id) ?? [];
      list.push(channelOf(row));
      byItem.set(row.publication_id, list);
    }
  }
  return byItem;
}

export async function getPublication(db: Db, id: string): Promise<Publication | undefined> {
  const row = await db.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return publicationOf(row, (await channelsOf(db, [id])).get(id) ?? []);
}

export async function getPublications(db: Db, ids: readonly string[]): Promise<Publication[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('publications').selectAll().where('id', 'in', ids).execute();
  const channels = await channelsOf(db, ids);
  const byId = new Map(rows.map((r) => [r.id, publicationOf(r, channels.get(r.id) ?? [])]));
  return ids.map((id) => byId.get(id)).filter((p): p is Publication => p !== undefined);
}

export interface ListFilter {
  agencyIds: readonly string[];
  statuses?: readonly string[];
  category?: string;
  art20Item?: number;
  /** 有效性 (only 规章 and 行政规范性文件 carry one). */
  validity?: string;
  /** Only the interpretations (政策解读) of this item. */
  interpretsId?: string;
  /** Year of 发布日期. */
  year?: number;
  /** Only drafts sent back by a reviewer (a draft that has been through a review round). */
  returned?: boolean;
  /** Only items whose review step now due is one of these (the steps a reviewer may take). */
  stepIndexes?: readonly number[];
  limit: number;
  offset: number;
}

/** Items of the agencies, newest publication first (drafts by last change). */
export async function listPublications(
  db: Db,
  filter: ListFilter,
): Promise<{ total: number; items: Publication[] }> {
  let query = db.selectFrom('publications').where('agency_id', 'in', filter.agencyIds);
  if (filter.statuses?.length) query = query.where('status', 'in', filter.statuses);
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.art20Item !== undefined) query = query.where('art20_item', '=', filter.art20Item);
  if (filter.validity) query = query.where('validity_status', '=', filter.validity);
  if (filter.interpretsId) query = query.where('interprets_id', '=', filter.interpretsId);
  if (filter.returned) query = query.where('status', '=', 'draft').where('review_round', '>', 0);
  if (filter.stepIndexes) {
    // An empty list means no step is this reviewer's: nothing is due, rather than everything.
    if (filter.stepIndexes.length === 0) return { total: 0, items: [] };
    query = query.where('step_index', 'in', filter.stepIndexes);
  }
  if (filter.year !== undefined) {
    query = query
      .where('published_on', '>=', `${filter.year}-01-01`)
      .where('published_on', '<=', `${filter.year}-12-31`);
  }
  const count = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('published_on', 'desc')
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const channels = await channelsOf(
    db,
    rows.map((r) => r.id),
  );
  return { total: Number(count.n), items: rows.map((r) => publicationOf(r, channels.get(r.id) ?? [])) };
}

/**
 * The years from an agency's first publication to its latest, latest first (the catalogue's year filter). Read from
 * the ends of the (agency, status, published_on) index: two lookups, however many items there are.
 */
export async function publishedYears(db: Db, agencyId: string): Promise<number[]> {
  const row = await db
    .selectFrom('publications')
    .select((eb) => [eb.fn.min('published_on').as('first'), eb.fn.max('published_on').as('last')])
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!row?.first || !row.last) return [];
  const first = Number(String(row.first).slice(0, 4));
  const last = Number(String(row.last).slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** Id and dates of an agency's published items, oldest first (a sitemap: no bodies read). */
export async function publishedStubs(
  db: Db,
  agencyId: string,
  limit: number,
  offset: number,
): Promise<{ id: string; publishedOn: string; updatedAt: string }[]> {
  const rows = await db
    .selectFrom('publications')
    .select(['id', 'published_on', 'updated_at'])
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'published')
    .orderBy('published_on')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({ id: r.id, publishedOn: r.published_on ?? '', updatedAt: r.updated_at }));
}

/** How many published items an agency has. */
export async function publishedCount(db: Db, agencyId: string): Promise<number> {
  const row = await db
    .selectFrom('publications')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every item of an agency (for table 二, channel counts and findings). */
export async function allPublicationsOf(db: Db, agencyId: string): Promise<Publication[]> {
  const rows = await db
    .selectFrom('publications')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('search_key')
    .execute();
  const channels = await channelsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => publicationOf(r, channels.get(r.id) ?? []));
}

/** Takes the next 索引号 serial of an agency's year; serials are never reused. */
export async function nextIndexSerial(
  trx: Transaction<Database>,
  agencyId: string,
  year: number,
): Promise<number> {
  const bumped = await trx
    .updateTable('publication_serials')
    .set((eb) => ({ last_serial: eb('last_serial', '+', 1) }))
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .returning('last_serial')
    .executeTakeFirst();
  if (bumped) return Number(bumped.last_serial);
  await trx.insertInto('publication_serials').values({ agency_id: agencyId, year, last_serial: 1 }).execute();
  return 1;
}

export async function upsertChannel(
  trx: Db,
  publicationId: string,
  release: ChannelRecord,
  recordedAt: string,
): Promise<void> {
  const values = {
    account: release.account,
    released_on: release.releasedOn,
    url: release.url,
    recorded_at: recordedAt,
  };
  await trx
    .insertInto('publication_channels')
    .values({ publication_id: publicationId, channel: release.channel, ...values })
    .onConflict((oc) => oc.columns(['publication_id', 'channel']).doUpdateSet(values))
    .execute();
}
