// A supervising office's view of annual reports (issue 11): reports of agencies not on the platform, imported from
// their published documents (one per agency name and year under the office: re-importing replaces it), and the
// checker's findings on each frozen publication, computed once — a publication never changes, so neither do they.
// Frozen once released; portable (schema builder only).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('imported_annual_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('supervisor_agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('agency_name', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('imported_by_user_id', 'text')
    .addUniqueConstraint('imported_annual_reports_agency_year', [
      'supervisor_agency_id',
      'agency_name',
      'year',
    ])
    .execute();
  await db.schema
    .createIndex('imported_annual_reports_year')
    .on('imported_annual_reports')
    .column('year')
    .execute();
  await db.schema
    .createTable('annual_report_findings')
    .addColumn('publication_id', 'text', (c) => c.primaryKey().references('annual_report_publications.id'))
    .addColumn('findings', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('annual_report_publications_year')
    .on('annual_report_publications')
    .columns(['year', 'agency_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('annual_report_publications_year').execute();
  await db.schema.dropTable('annual_report_findings').execute();
  await db.schema.dropTable('imported_annual_reports').execute();
}
