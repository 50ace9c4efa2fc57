// The catalogue (主动公开): items, channels, review history, attachments, index-number serials, table 二 figures,
// settings, and the full-text index. Frozen once released. Portable except for the full-text index and the
// attachment bytes, which each engine does its own way (FTS5 / tsvector + GIN; blob / bytea).
import { sql, SqliteAdapter, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;

  await db.schema
    .createTable('publications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('search_key', 'integer', (c) => c.notNull().unique())
    .addColumn('index_number', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text')
    .addColumn('written_on', 'text')
    .addColumn('formed_on', 'text')
    .addColumn('deadline_due_on', 'text')
    .addColumn('deadline_basis', 'text')
    .addColumn('publishing_body', 'text', (c) => c.notNull())
    .addColumn('topic', 'text')
    .addColumn('genre', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('art20_item', 'integer')
    .addColumn('summary', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('keywords', 'text', (c) => c.notNull())
    .addColumn('interprets_id', 'text', (c) => c.references('publications.id'))
    .addColumn('validity_status', 'text')
    .addColumn('effective_on', 'text')
    .addColumn('amended_on', 'text')
    .addColumn('repealed_on', 'text')
    .addColumn('successor_id', 'text', (c) => c.references('publications.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('step_index', 'integer')
    .addColumn('review_round', 'integer', (c) => c.notNull())
    .addColumn('referred_to', 'text')
    .addColumn('screening_findings', 'text', (c) => c.notNull())
    .addColumn('screened_at', 'text')
    .addColumn('published_on', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('publications_index_number', ['agency_id', 'index_number'])
    .execute();
  await db.schema
    .createIndex('publications_listing')
    .on('publications')
    .columns(['agency_id', 'status', 'published_on'])
    .execute();
  await db.schema.createIndex('publications_interprets').on('publications').column('interprets_id').execute();

  await db.schema
    .createTable('publication_channels')
    .addColumn('publication_id', 'text', (c) => c.notNull().references('publications.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('account', 'text')
    .addColumn('released_on', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_channels_pk', ['publication_id', 'channel'])
    .execute();

  await db.schema
    .createTable('publication_reviews')
    .addColumn('publication_id', 'text', (c) => c.notNull().references('publications.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('step', 'text')
    .addColumn('step_label', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('referred_to', 'text')
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_reviews_pk', ['publication_id', 'seq'])
    .execute();

  await db.schema
    .createTable('publication_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('publication_id', 'text', (c) => c.notNull().references('publications.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', sqlite ? 'blob' : 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('publication_attachments_item')
    .on('publication_attachments')
    .column('publication_id')
    .execute();

  await db.schema
    .createTable('publication_serials')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_serial', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_serials_pk', ['agency_id', 'year'])
    .execute();

  await db.schema
    .createTable('publication_figures')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('row', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_figures_pk', ['agency_id', 'year', 'row'])
    .execute();

  await db.schema
    .createTable('publication_settings')
    .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Full text over jieba-segmented tokens (the application segments; the engines only index space-separated words),
  // with the filters as facet tokens in the same index so that filtering never leaves it.
  if (sqlite) {
    await sql`CREATE VIRTUAL TABLE publication_search USING fts5(title, number, body, facets, tokenize = 'unicode61 remove_diacritics 0')`.execute(
      db,
    );
  } else {
    await db.schema
      .createTable('publication_search')
      .addColumn('search_key', 'bigint', (c) => c.primaryKey())
      .addColumn('document', sql`tsvector`, (c) => c.notNull())
      .execute();
    await sql`CREATE INDEX publication_search_document ON publication_search USING gin (document)`.execute(
      db,
    );
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'publication_search',
    'publication_settings',
    'publication_figures',
    'publication_serials',
    'publication_attachments',
    'publication_reviews',
    'publication_channels',
    'publications',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
