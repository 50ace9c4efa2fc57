// Request documents (issue 13): every paper a request's timeline implies, numbered once in the agency's yearly
// sequence (document_serials) and kept with how it was delivered and when it was received; the agency's editable
// template parts and archive settings (agency_document_settings); and the archive package a closed request leaves
// (request_archives). Frozen once released. Portable but for the bytes column (blob / bytea).
import { SqliteAdapter, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema
    .createTable('document_serials')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_serial', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_serials_pk', ['agency_id', 'year'])
    .execute();
  await db.schema
    .createTable('request_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('agency_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_seq', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('serial', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    /** JSON: what the paper needs beyond the timeline (the fee notice's quantities). */
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('delivery_method', 'text')
    .addColumn('delivery_reference', 'text')
    .addColumn('sent_on', 'text')
    .addColumn('received_on', 'text')
    .addColumn('delivery_recorded_by', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('request_documents_source', ['request_id', 'kind', 'source_seq'])
    .addUniqueConstraint('request_documents_number', ['agency_id', 'year', 'serial'])
    .execute();
  await db.schema
    .createTable('agency_document_settings')
    .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('letterhead', 'text')
    .addColumn('contact', 'text')
    .addColumn('number_pattern', 'text', (c) => c.notNull())
    /** JSON: { [kind]: the agency's free paragraph }. */
    .addColumn('free_texts', 'text', (c) => c.notNull())
    .addColumn('retention_years', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('request_archives')
    .addColumn('request_id', 'text', (c) => c.primaryKey().references('requests.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull())
    .addColumn('archived_on', 'text', (c) => c.notNull())
    .addColumn('retain_until', 'text', (c) => c.notNull())
    .addColumn('package', sqlite ? 'blob' : 'bytea', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    /** SM3 (hex) of the zip as stored. */
    .addColumn('sm3', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('request_archives').execute();
  await db.schema.dropTable('agency_document_settings').execute();
  await db.schema.dropTable('request_documents').execute();
  await db.schema.dropTable('document_serials').execute();
}
