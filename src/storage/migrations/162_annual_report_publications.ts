// Published annual reports (《条例》第四十九条、第五十条): each publication freezes the report value as it was
// published, so the portal shows and offers for download exactly what was published, whatever the data do later.
// A correction is a new version with its 更正说明; earlier versions stay. Frozen once released; portable (schema
// builder only).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('annual_report_publications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('published_by_user_id', 'text')
    .addColumn('correction_note', 'text')
    // Two publications racing for the same version: the second fails instead of both becoming "version 2".
    .addUniqueConstraint('annual_report_publications_version', ['agency_id', 'year', 'version'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('annual_report_publications').execute();
}
