// Staff's prose of an annual report (migration 170): the text of each written section as it was last saved.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface NarrativeText {
  section: string;
  text: string;
  updatedAt: string;
  updatedBy: string;
}

export async function narrativeTexts(db: Executor, agencyId: string, year: number): Promise<NarrativeText[]> {
  const rows = await db
    .selectFrom('annual_report_narratives')
    .select(['section', 'text', 'updated_at', 'updated_by'])
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .execute();
  return rows.map((r) => ({
    section: r.section,
    text: r.text,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }));
}

export async function saveNarrativeText(
  trx: Executor,
  row: {
    agencyId: string;
    year: number;
    section: string;
    text: string;
    at: string;
    by: string;
    byUserId: string | null;
  },
): Promise<void> {
  const values = { text: row.text, updated_at: row.at, updated_by: row.by, updated_by_user_id: row.byUserId };
  await trx
    .insertInto('annual_report_narratives')
    .values({ agency_id: row.agencyId, year: row.year, section: row.section, ...values })
    .onConflict((oc) => oc.columns(['agency_id', 'year', 'section']).doUpdateSet(values))
    .execute();
}
