// The public catalogue lists an agency's published items newest first — all of them, or filtered by category,
// 第二十条 item or validity — and the interpretations of an item. Each listing gets an index that starts with its
// equalities and then holds the whole sort key (published_on, updated_at, id): the page is a short walk of the index
// in order, however many items there are. Before, with 100,000 items, a filtered page walked the agency's whole
// listing and SQLite sorted the unfiltered one in full (0.3–0.9 s a page, bench/portal.ts). These replace the
// listing and interprets_id indexes of 100.
// Frozen once released; portable (schema builder only).
import type { Kysely } from 'kysely';

const ORDER = ['published_on', 'updated_at', 'id'];
const INDEXES: [string, string[]][] = [
  ['publications_listing_ordered', ['agency_id', 'status', ...ORDER]],
  ['publications_by_category', ['agency_id', 'status', 'category', ...ORDER]],
  ['publications_by_art20', ['agency_id', 'status', 'art20_item', ...ORDER]],
  ['publications_by_validity', ['agency_id', 'status', 'validity_status', ...ORDER]],
  ['publications_interpretations', ['interprets_id', 'agency_id', 'status', ...ORDER]],
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, columns] of INDEXES) await db.schema.createIndex(name).on('publications').columns(columns).execute();
  await db.schema.dropIndex('publications_listing').execute();
  await db.schema.dropIndex('publications_interprets').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('publications_listing')
    .on('publications')
    .columns(['agency_id', 'status', 'published_on'])
    .execute();
  await db.schema.createIndex('publications_interprets').on('publications').column('interprets_id').execute();
  for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
}
