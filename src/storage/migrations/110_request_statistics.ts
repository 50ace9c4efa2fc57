// The table-三 rollup: how many requests each agency has per (applicant kind, receipt year, closing year, outcome),
// kept in the same transaction as every projection change (storage/request-statistics.ts), so the annual statistics
// read a few hundred counters instead of an agency's whole history. Still-open requests are counted under
// closed_year 0 and outcome '' (not null: both are part of the primary key, which PostgreSQL keeps non-null).
// Named after 100_publications because Kysely refuses a new migration that sorts before one already run.
// Frozen once released; portable (schema builder, substr/cast/coalesce that both engines share); backfills from
// the requests already stored.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('request_statistics')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('received_year', 'integer', (c) => c.notNull())
    .addColumn('closed_year', 'integer', (c) => c.notNull())
    .addColumn('applicant_kind', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_statistics_pk', [
      'agency_id',
      'received_year',
      'closed_year',
      'applicant_kind',
      'outcome',
    ])
    .execute();
  await sql`insert into request_statistics (agency_id, received_year, closed_year, applicant_kind, outcome, count)
    select agency_id, cast(substr(received_on, 1, 4) as integer), coalesce(cast(substr(closed_on, 1, 4) as integer), 0),
      applicant_kind, coalesce(outcome, ''), count(*)
    from requests group by 1, 2, 3, 4, 5`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('request_statistics').execute();
}
