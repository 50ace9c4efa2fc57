// The annual report's review before publication (issue 11; 《条例》第五十条 the report is the agency's, signed by its
// leader): one row per agency, year and cycle — cycle 1 ends in the first publication, each later cycle in a
// correction. The row holds the report frozen at submission, so what is reviewed is what is signed and published,
// and who took each step. The steps themselves (submitted, returned, approved, signed off) are kept one per row in
// the history table. Frozen once released; portable (schema builder only).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('annual_report_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('cycle', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('correction_note', 'text')
    .addColumn('override_reason', 'text')
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('submitted_by_user_id', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_by_user_id', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('signed_by', 'text')
    .addColumn('signed_by_user_id', 'text')
    .addColumn('sign_off_override_reason', 'text')
    .addColumn('publication_id', 'text')
    .addColumn('catalogue_item_id', 'text')
    // Two clerks starting the same cycle at once: the second fails instead of both holding "cycle 2".
    .addUniqueConstraint('annual_report_reviews_cycle', ['agency_id', 'year', 'cycle'])
    .execute();
  await db.schema
    .createTable('annual_report_review_steps')
    .addColumn('review_id', 'text', (c) => c.notNull().references('annual_report_reviews.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('comment', 'text')
    .addPrimaryKeyConstraint('annual_report_review_steps_pk', ['review_id', 'seq'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('annual_report_review_steps').execute();
  await db.schema.dropTable('annual_report_reviews').execute();
}
