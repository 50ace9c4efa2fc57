// 《条例》第三十五条 flags at intake (issue 12, core/requests/art35.ts): each request keeps the hash of its applicant's
// key (core/requests/applicant-key.ts) and the flags computed when it was registered. The index serves the two reads
// each intake makes — the applicant's requests at the agency counted over a range of receipt days, and the most
// recent of them by receipt day — and the case page's list of the applicant's other requests. Requests registered
// before have no key (null) and are never compared; their flags are the empty list.
// Frozen once released; portable (schema builder only).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('requests').addColumn('applicant_key', 'text').execute();
  await db.schema
    .alterTable('requests')
    .addColumn('art35_flags', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .createIndex('requests_applicant_received')
    .on('requests')
    .columns(['agency_id', 'applicant_key', 'received_on'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('requests_applicant_received').execute();
  await db.schema.alterTable('requests').dropColumn('art35_flags').execute();
  await db.schema.alterTable('requests').dropColumn('applicant_key').execute();
}
