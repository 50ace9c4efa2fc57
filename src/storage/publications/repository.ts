// Catalogue storage: items with their channels, review history, index-number serials, table 二 figures and
// settings. Writes take the caller's transaction so an item, its history and its audit row commit together.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../tables.ts';
import type { ChannelRecord, Publication } from '../../core/publications/publication.ts';
import type { ExternalFigure, ExternalFigureRow } from '../../core/publications/proactive-table.ts';
import type { ReviewRecord } from '../../core/publications/review-workflow.ts';
import { channelOf, columnsOf, publicationOf } from './rows.ts';

type Db = Kysely<Database> | Transaction<Database>;

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
  /** Year of 发布日期. */
  year?: number;
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

export interface StoredReview extends ReviewRecord {
  seq: number;
  actorUserId: string | null;
  actor: string;
  at: string;
}

export async function appendReview(
  trx: Db,
  publicationId: string,
  review: Omit<StoredReview, 'seq'>,
): Promise<number> {
  const last = await trx
    .selectFrom('publication_reviews')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('publication_id', '=', publicationId)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await trx
    .insertInto('publication_reviews')
    .values({
      publication_id: publicationId,
      seq,
      action: review.action,
      step: review.step,
      step_label: review.stepLabel,
      role: review.role,
      actor_user_id: review.actorUserId,
      actor: review.actor,
      round: review.round,
      comment: review.comment,
      referred_to: review.referredTo,
      from_status: review.from,
      to_status: review.to,
      at: review.at,
    })
    .execute();
  return seq;
}

export async function listReviews(db: Db, publicationId: string): Promise<StoredReview[]> {
  const rows = await db
    .selectFrom('publication_reviews')
    .selectAll()
    .where('publication_id', '=', publicationId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    action: r.action as StoredReview['action'],
    step: r.step,
    stepLabel: r.step_label,
    role: r.role,
    actorUserId: r.actor_user_id,
    actor: r.actor,
    round: Number(r.round),
    comment: r.comment,
    referredTo: r.referred_to,
    from: r.from_status as StoredReview['from'],
    to: r.to_status as StoredReview['to'],
    at: r.at,
  }));
}

export async function upsertFigure(
  trx: Db,
  agencyId: string,
  figure: ExternalFigure,
  enteredBy: string,
  enteredAt: string,
): Promise<void> {
  const values = { value: figure.value, source: figure.source, entered_by: enteredBy, entered_at: enteredAt };
  await trx
    .insertInto('publication_figures')
    .values({ agency_id: agencyId, year: figure.year, row: figure.row, ...values })
    .onConflict((oc) => oc.columns(['agency_id', 'year', 'row']).doUpdateSet(values))
    .execute();
}

export interface StoredFigure extends ExternalFigure {
  enteredBy: string;
  enteredAt: string;
}

export async function listFigures(db: Db, agencyId: string, year: number): Promise<StoredFigure[]> {
  const rows = await db
    .selectFrom('publication_figures')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .execute();
  return rows.map((r) => ({
    row: r.row as ExternalFigureRow,
    year: Number(r.year),
    value: Number(r.value),
    source: r.source,
    enteredBy: r.entered_by,
    enteredAt: r.entered_at,
  }));
}

/** The agency's catalogue settings as stored JSON (validated by the service), or undefined for the defaults. */
export async function getSettingsJson(db: Db, agencyId: string): Promise<unknown> {
  const row = await db
    .selectFrom('publication_settings')
    .select('settings')
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.settings) as unknown) : undefined;
}

export async function saveSettingsJson(
  trx: Db,
  agencyId: string,
  settings: unknown,
  at: string,
): Promise<void> {
  const values = { settings: JSON.stringify(settings), updated_at: at };
  await trx
    .insertInto('publication_settings')
    .values({ agency_id: agencyId, ...values })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet(values))
    .execute();
}

export interface StoredAttachment {
  id: string;
  publicationId: string;
  fileName: string;
  type: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export async function insertAttachment(
  trx: Db,
  attachment: StoredAttachment,
  content: Uint8Array,
): Promise<void> {
  await trx
    .insertInto('publication_attachments')
    .values({
      id: attachment.id,
      publication_id: attachment.publicationId,
      file_name: attachment.fileName,
      type: attachment.type,
      mime: attachment.mime,
      size: attachment.size,
      sha256: attachment.sha256,
      content: Buffer.from(content.buffer, content.byteOffset, content.byteLength),
      created_at: attachment.createdAt,
    })
    .execute();
}

const ATTACHMENT_COLUMNS = [
  'id',
  'publication_id',
  'file_name',
  'type',
  'mime',
  'size',
  'sha256',
  'created_at',
] as const;

function attachmentOf(r: {
  id: string;
  publication_id: string;
  file_name: string;
  type: string;
  mime: string;
  size: number;
  sha256: string;
  created_at: string;
}): StoredAttachment {
  return {
    id: r.id,
    publicationId: r.publication_id,
    fileName: r.file_name,
    type: r.type,
    mime: r.mime,
    size: Number(r.size),
    sha256: r.sha256,
    createdAt: r.created_at,
  };
}

export async function listAttachments(db: Db, publicationId: string): Promise<StoredAttachment[]> {
  const rows = await db
    .selectFrom('publication_attachments')
    .select(ATTACHMENT_COLUMNS)
    .where('publication_id', '=', publicationId)
    .orderBy('created_at')
    .execute();
  return rows.map(attachmentOf);
}

export async function attachmentWithContent(
  db: Db,
  id: string,
): Promise<{ attachment: StoredAttachment; content: Uint8Array } | undefined> {
  const row = await db
    .selectFrom('publication_attachments')
    .select([...ATTACHMENT_COLUMNS, 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { attachment: attachmentOf(row), content: new Uint8Array(row.content) } : undefined;
}
