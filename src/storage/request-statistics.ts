// Upkeep of the table-三 rollup (migration 110_request_statistics): every projection change that moves a request
// to another (agency, applicant kind, receipt year, closing year, outcome) moves one count with it, in the caller's
// transaction, so the rollup never disagrees with the committed projection. Years suffice: every boundary of table
// 三 is 1 January or 31 December (core/requests/annual.ts compares ISO dates against them).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './tables.ts';

/** What the rollup knows of one request (the projection's receipt and closing facts). */
export interface StatisticsFacts {
  agencyId: string;
  applicantKind: string;
  receivedOn: string;
  closedOn: string | null;
  outcome: string | null;
}

interface RollupKey {
  agency_id: string;
  received_year: number;
  closed_year: number;
  applicant_kind: string;
  outcome: string;
}

/** closed_year of a request still open. */
export const OPEN_YEAR = 0;
const OPEN_OUTCOME = '';

function keyOf(facts: StatisticsFacts): RollupKey {
  const closed = facts.closedOn !== null;
  return {
    agency_id: facts.agencyId,
    received_year: Number(facts.receivedOn.slice(0, 4)),
    closed_year: closed ? Number(facts.closedOn!.slice(0, 4)) : OPEN_YEAR,
    applicant_kind: facts.applicantKind,
    outcome: closed ? (facts.outcome ?? OPEN_OUTCOME) : OPEN_OUTCOME,
  };
}

const sameKey = (a: RollupKey, b: RollupKey) =>
  a.agency_id === b.agency_id &&
  a.received_year === b.received_year &&
  a.closed_year === b.closed_year &&
  a.applicant_kind === b.applicant_kind &&
  a.outcome === b.outcome;

const keyText = (k: RollupKey) =>
  [k.agency_id, k.received_year, k.closed_year, k.applicant_kind, k.outcome].join('\u0000');

/**
 * Moves a request's count from `before` to `after`. The two counters are touched in a fixed
 * order so that two transactions moving counts in opposite directions wait for each other instead of deadlocking.
 */
export async function moveRequestCount(
  trx: Transaction<Database>,
  before: StatisticsFacts,
  after: StatisticsFacts,
): Promise<void> {
  const from = keyOf(before);
  const to = keyOf(after);
  if (sameKey(from, to)) return;
  await addToRollup(trx, [
    [from, -1],
    [to, 1],
  ]);
}

/** Counts new requests (a batch of intakes): one statement, one row per key however many requests share it. */
export async function countNewRequests(trx: Transaction<Database>, requests: readonly StatisticsFacts[]) {
  const counts = new Map<string, [RollupKey, number]>();
  for (const facts of requests) {
    const key = keyOf(facts);
    const entry = counts.get(keyText(key));
    if (entry) entry[1]++;
    else counts.set(keyText(key), [key, 1]);
  }
  await addToRollup(trx, [...counts.values()]);
}

/** Adds each delta to its key's count, in the fixed order of the keys, in one statement (distinct keys). */
async function addToRollup(trx: Transaction<Database>, changes: [RollupKey, number][]): Promise<void> {
  if (changes.length === 0) return;
  changes.sort(([a], [b]) => (keyText(a) < keyText(b) ? -1 : 1));
  await trx
    .insertInto('request_statistics')
    .values(changes.map(([key, delta]) => ({ ...key, count: delta })))
    .onConflict((oc) =>
      oc
        .columns(['agency_id', 'received_year', 'closed_year', 'applicant_kind', 'outcome'])
        .doUpdateSet((eb) => ({ count: eb('request_statistics.count', '+', eb.ref('excluded.count')) })),
    )
    .execute();
}

/**
 * The projection grouped as the rollup keys it: one row per (agency, receipt year, closing year, applicant kind,
 * outcome) with its count. It rebuilds the rollup and, filtered to one agency, checks it (statistics.ts).
 */
export function requestCohortQuery(db: Kysely<Database>) {
  return (
    db
      .selectFrom('requests')
      .select([
        'agency_id',
        sql<number>`cast(substr(received_on, 1, 4) as integer)`.as('received_year'),
        sql<number>`coalesce(cast(substr(closed_on, 1, 4) as integer), ${OPEN_YEAR})`.as('closed_year'),
        'applicant_kind',
        sql<string>`coalesce(outcome, ${OPEN_OUTCOME})`.as('outcome'),
        (eb) => eb.fn.countAll<number | string>().as('count'),
      ])
      // By position: PostgreSQL would not match the parameterised expressions here to the ones selected.
      .groupBy(sql.raw('1, 2, 3, 4, 5'))
  );
}

/**
 * Recomputes the whole rollup from the projection: for rows loaded behind the use cases' back (the statistics
 * benchmark's generated million) and for repairs, in one transaction.
 */
export async function rebuildRequestCounts(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('request_statistics').execute();
    await trx
      .insertInto('request_statistics')
      .columns(['agency_id', 'received_year', 'closed_year', 'applicant_kind', 'outcome', 'count'])
      .expression(requestCohortQuery(trx))
      .execute();
  });
}
