// Row counts of every platform and catalogue table: a refused or malformed request must leave them all unchanged.
import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/tables.ts';

const TABLES: readonly (keyof Database)[] = [
  'agencies',
  'users',
  'sessions',
  'api_tokens',
  'audit_log',
  'request_serials',
  'requests',
  'request_events',
  'request_attachments',
  'review_cases',
  'idempotency_keys',
  'publications',
  'publication_channels',
  'publication_reviews',
  'publication_attachments',
  'publication_serials',
  'publication_figures',
  'publication_settings',
  'annual_report_publications',
];

export async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
