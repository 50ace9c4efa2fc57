// Each agency's catalogue settings, stored as JSON text: the service validates them on every read.
import type { Db } from './db.ts';

/** The agency's catalogue settings as stored JSON (validated by the service), or undefined for the defaults. */
export async function getSettingsJson(db: Db, agencyId: string): Promise<unknown> {
  const row = await db
    .selectFrom('publication_settings')
    .select('settings')
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.settings) as unknown) : undefined;
}

export async function saveSettingsJson(
  trx: Db,
  agencyId: string,
  settings: unknown,
  at: string,
): Promise<void> {
  const values = { settings: JSON.stringify(settings), updated_at: at };
  await trx
    .insertInto('publication_settings')
    .values({ agency_id: agencyId, ...values })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet(values))
    .execute();
}
