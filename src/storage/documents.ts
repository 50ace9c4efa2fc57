// Request documents (issue 13): one row per paper, numbered once in its agency's yearly sequence, with the delivery
// record; the agency's template settings. Rows are mapped to the contracts' types here.
import type { Kysely, Selectable, Transaction } from 'kysely';
import { DOCUMENT_KIND_INFO, DOCUMENT_KIND_LABELS, type DocumentKind } from '../core/documents/kinds.ts';
import {
  DELIVERY_METHOD_LABELS,
  type DeliveryMethod,
  type DocumentSettings,
  type RequestDocument,
} from '../contracts/documents.ts';
import type { RecordedReceipts } from '../core/requests/recorded-receipts.ts';
import type { Database, RequestDocumentTable } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** A paper as stored: the contract's view and what only the services need (its inputs). */
export interface StoredDocument extends RequestDocument {
  agencyId: string;
  year: number;
  serial: number;
  details: Record<string, unknown>;
}

function documentOf(row: Selectable<RequestDocumentTable>): StoredDocument {
  const kind = row.kind as DocumentKind;
  return {
    id: row.id,
    requestId: row.request_id,
    agencyId: row.agency_id,
    year: Number(row.year),
    serial: Number(row.serial),
    kind,
    kindLabel: DOCUMENT_KIND_LABELS[kind],
    title: DOCUMENT_KIND_INFO[kind].title,
    article: DOCUMENT_KIND_INFO[kind].article,
    sourceSeq: Number(row.source_seq),
    number: row.number,
    issuedOn: row.issued_on,
    details: JSON.parse(row.details) as Record<string, unknown>,
    delivery:
      row.delivery_method && row.sent_on
        ? {
            method: row.delivery_method as DeliveryMethod,
            methodLabel: DELIVERY_METHOD_LABELS[row.delivery_method as DeliveryMethod],
            reference: row.delivery_reference,
            sentOn: row.sent_on,
            receivedOn: row.received_on,
            recordedBy: row.delivery_recorded_by ?? '',
          }
        : null,
  };
}

/** The next number of an agency's papers in a year (1, 2, 3 …); the counter row is locked until commit. */
export async function nextDocumentSerial(
  trx: Transaction<Database>,
  agencyId: string,
  year: number,
): Promise<number> {
  const row = await trx
    .insertInto('document_serials')
    .values({ agency_id: agencyId, year, last_serial: 1 })
    .onConflict((oc) =>
      oc
        .columns(['agency_id', 'year'])
        .doUpdateSet((eb) => ({ last_serial: eb('document_serials.last_serial', '+', 1) })),
    )
    .returning('last_serial')
    .executeTakeFirstOrThrow();
  return Number(row.last_serial);
}

export interface NewDocumentRow {
  id: string;
  requestId: string;
  agencyId: string;
  kind: DocumentKind;
  sourceSeq: number;
  year: number;
  serial: number;
  number: string;
  issuedOn: string;
  details: Record<string, unknown>;
  createdBy: string;
  createdAt: string;
}

export async function insertDocument(trx: Transaction<Database>, row: NewDocumentRow): Promise<void> {
  await trx
    .insertInto('request_documents')
    .values({
      id: row.id,
      request_id: row.requestId,
      agency_id: row.agencyId,
      kind: row.kind,
      source_seq: row.sourceSeq,
      year: row.year,
      serial: row.serial,
      number: row.number,
      issued_on: row.issuedOn,
      details: JSON.stringify(row.details),
      created_by: row.createdBy,
      created_at: row.createdAt,
    })
    .execute();
}

export async function updateDocumentDetails(
  trx: Transaction<Database>,
  id: string,
  details: Record<string, unknown>,
): Promise<void> {
  await trx
    .updateTable('request_documents')
    .set({ details: JSON.stringify(details) })
    .where('id', '=', id)
    .execute();
}

/** In the order of the timeline. */
export async function documentsOf(db: Executor, requestId: string): Promise<StoredDocument[]> {
  const rows = await db
    .selectFrom('request_documents')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('source_seq')
    .orderBy('serial')
    .execute();
  return rows.map(documentOf);
}

export async function documentById(db: Executor, id: string): Promise<StoredDocument | undefined> {
  const row = await db.selectFrom('request_documents').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? documentOf(row) : undefined;
}

export interface DeliveryRow {
  method: DeliveryMethod;
  reference: string | null;
  sentOn: string;
  receivedOn: string | null;
  recordedBy: string;
}

export async function updateDelivery(trx: Transaction<Database>, id: string, d: DeliveryRow): Promise<void> {
  await trx
    .updateTable('request_documents')
    .set({
      delivery_method: d.method,
      delivery_reference: d.reference,
      sent_on: d.sentOn,
      received_on: d.receivedOn,
      delivery_recorded_by: d.recordedBy,
    })
    .where('id', '=', id)
    .execute();
}

export async function documentSettingsOf(
  db: Executor,
  agencyId: string,
): Promise<DocumentSettings | undefined> {
  const row = await db
    .selectFrom('agency_document_settings')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    letterhead: row.letterhead,
    contact: row.contact,
    numberPattern: row.number_pattern,
    freeTexts: JSON.parse(row.free_texts) as DocumentSettings['freeTexts'],
    retentionYears: Number(row.retention_years),
  };
}

export async function saveDocumentSettings(
  trx: Transaction<Database>,
  agencyId: string,
  settings: DocumentSettings,
  by: string,
  at: string,
): Promise<void> {
  const values = {
    letterhead: settings.letterhead,
    contact: settings.contact,
    number_pattern: settings.numberPattern,
    free_texts: JSON.stringify(settings.freeTexts),
    retention_years: settings.retentionYears,
    updated_by: by,
    updated_at: at,
  };
  await trx
    .insertInto('agency_document_settings')
    .values({ agency_id: agencyId, ...values })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet(values))
    .execute();
}

/** The receipt dates recorded for the papers whose periods run from the applicant's receipt (core RECEIPT_COUNTS). */
export async function recordedReceiptsOf(db: Executor, requestId: string): Promise<RecordedReceipts> {
  const rows = await db
    .selectFrom('request_documents')
    .select(['kind', 'received_on'])
    .where('request_id', '=', requestId)
    .where('kind', 'in', ['correctionNotice', 'feeNotice'])
    .where('received_on', 'is not', null)
    .execute();
  const receipts: RecordedReceipts = {};
  for (const row of rows) receipts[row.kind as keyof RecordedReceipts] = row.received_on!;
  return receipts;
}
