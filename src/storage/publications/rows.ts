// Rows ↔ domain values for the catalogue. PostgreSQL returns bigint and count as strings: numbers pass Number().
import type { Selectable } from 'kysely';
import type { ChannelRecord, Publication } from '../../core/publications/publication.ts';
import type { Validity } from '../../core/publications/item.ts';
import type { PublicationStatus } from '../../core/publications/review-workflow.ts';
import type {
  Art20Item,
  Category,
  Channel,
  Genre,
  ValidityStatus,
} from '../../core/publications/vocabulary.ts';
import type { PublicationChannelTable, PublicationTable } from './tables.ts';

type Row = Selectable<PublicationTable>;

function validityOf(
  row: Pick<Row, 'validity_status' | 'effective_on' | 'amended_on' | 'repealed_on' | 'successor_id'>,
): Validity | null {
  if (!row.validity_status) return null;
  return {
    status: row.validity_status as ValidityStatus,
    effectiveOn: row.effective_on,
    amendedOn: row.amended_on,
    repealedOn: row.repealed_on,
    successorId: row.successor_id,
  };
}

export function channelOf(row: Selectable<PublicationChannelTable>): ChannelRecord {
  return { channel: row.channel as Channel, releasedOn: row.released_on, account: row.account, url: row.url };
}

export function publicationOf(row: Row, channels: ChannelRecord[]): Publication {
  return {
    id: row.id,
    agencyId: row.agency_id,
    indexNumber: row.index_number,
    title: row.title,
    documentNumber: row.document_number,
    writtenOn: row.written_on,
    formedOn: row.formed_on,
    deadlineOverride: row.deadline_due_on
      ? { dueOn: row.deadline_due_on, basis: row.deadline_basis ?? '' }
      : null,
    publishingBody: row.publishing_body,
    topic: row.topic,
    genre: row.genre as Genre,
    category: row.category as Category,
    art20Item: row.art20_item === null ? null : (Number(row.art20_item) as Art20Item),
    summary: row.summary,
    body: row.body,
    keywords: JSON.parse(row.keywords) as string[],
    interpretsId: row.interprets_id,
    validity: validityOf(row),
    review: {
      status: row.status as PublicationStatus,
      stepIndex: row.step_index === null ? null : Number(row.step_index),
      round: Number(row.review_round),
      referredTo: row.referred_to,
    },
    screeningFindings: JSON.parse(row.screening_findings) as Publication['screeningFindings'],
    screenedAt: row.screened_at,
    publishedOn: row.published_on,
    channels,
    demo: Number(row.demo) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every column but id, agency and search key: what an update writes. */
export function columnsOf(p: Publication): Omit<Row, 'id' | 'agency_id' | 'search_key' | 'created_at'> {
  return {
    index_number: p.indexNumber,
    title: p.title,
    document_number: p.documentNumber,
    written_on: p.writtenOn,
    formed_on: p.formedOn,
    deadline_due_on: p.deadlineOverride?.dueOn ?? null,
    deadline_basis: p.deadlineOverride?.basis ?? null,
    publishing_body: p.publishingBody,
    topic: p.topic,
    genre: p.genre,
    category: p.category,
    art20_item: p.art20Item,
    summary: p.summary,
    body: p.body,
    keywords: JSON.stringify(p.keywords),
    interprets_id: p.interpretsId,
    validity_status: p.validity?.status ?? null,
    effective_on: p.validity?.effectiveOn ?? null,
    amended_on: p.validity?.amendedOn ?? null,
    repealed_on: p.validity?.repealedOn ?? null,
    successor_id: p.validity?.successorId ?? null,
    status: p.review.status,
    step_index: p.review.stepIndex,
    review_round: p.review.round,
    referred_to: p.review.referredTo,
    screening_findings: JSON.stringify(p.screeningFindings),
    screened_at: p.screenedAt,
    published_on: p.publishedOn,
    demo: p.demo ? 1 : 0,
    updated_at: p.updatedAt,
  };
}
