// How many of an agency's catalogue items are partway through review (审核中 or 报请确定中): their position is an
// index into the agency's review steps, so the list of steps may not change under them
// (services/publications/review-workflow-settings.ts).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export async function itemsInReview(db: Executor, agencyId: string): Promise<number> {
  const row = await db
    .selectFrom('publications')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('agency_id', '=', agencyId)
    .where('status', 'in', ['inReview', 'referred'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
