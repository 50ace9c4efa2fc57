// Annual statistics computed in SQL: table 三 from the rollup kept beside the request projection
// (request-statistics.ts), with the GROUP BY over the projection itself kept to check the rollup against; table 四
// from the review cases. The definitions are those of the pure fold (core/requests/annual.ts), for year Y:
//   received   = receipt date in Y;            carriedIn  = received before Y and not closed before Y;
//   outcome    = closed in Y, by outcome;      carriedOut = received by 31 Dec and not closed by then.
// Every boundary is 1 January or 31 December, so on the rollup's years: received ⇔ received_year = Y;
// counted at all ⇔ received_year ≤ Y and (open or closed_year ≥ Y); outcome row ⇔ closed_year = Y.
// Table 四 counts the cases filed in Y, each with its status as of a chosen day (spec T4-4).
import { sql, type Kysely } from 'kysely';
import type { ApplicantKind } from '../core/taxonomy/applicants.ts';
import type { OutcomeKey } from '../core/taxonomy/outcomes.ts';
import type { ReviewGroup } from '../core/taxonomy/review-table.ts';
import { OPEN_YEAR } from './request-statistics.ts';
import type { Database } from './tables.ts';
import { toNumber } from './rows.ts';

export interface ApplicationCount {
  kind: ApplicantKind;
  /** The outcome when closed in the year; null for requests still open on 31 December. */
  outcome: OutcomeKey | null;
  /** Of `count`, those received in the year (the rest were carried in). */
  receivedInYear: number;
  count: number;
}

/**
 * Table 三's counts from the rollup: one primary-key range scan of the agency's counters received by Y, whatever
 * the number of requests behind them (a few hundred rows: receipt years × closing years × kinds × outcomes).
 */
export async function applicationCounts(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
): Promise<ApplicationCount[]> {
  const rows = await db
    .selectFrom('request_statistics')
    .select(['applicant_kind', 'received_year', 'closed_year', 'outcome', 'count'])
    .where('agency_id', '=', agencyId)
    .where('received_year', '<=', year)
    .where((eb) => eb.or([eb('closed_year', '=', OPEN_YEAR), eb('closed_year', '>=', year)]))
    .where('count', '<>', 0)
    .execute();
  return rows.map((row) => {
    const count = toNumber(row.count);
    return {
      kind: row.applicant_kind as ApplicantKind,
      outcome: Number(row.closed_year) === year ? (row.outcome as OutcomeKey) : null,
      receivedInYear: Number(row.received_year) === year ? count : 0,
      count,
    };
  });
}

/**
 * The same counts straight from the projection, to check the rollup against (tests, benchmark). Three index-only
 * range scans instead of one scan of the agency's whole history: requests received in Y (index
 * requests_statistics, by receipt date), and requests received before Y that were still open on 1 January — closed
 * in Y or later, or not closed at all (index requests_carry_in, by closing date). Rows closed before Y are never read.
 */
export async function applicationCountsFromRequests(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
): Promise<ApplicationCount[]> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const counted = (where: 'receivedInYear' | 'closedLater' | 'stillOpen') => {
    let q = db
      .selectFrom('requests')
      .select([
        'applicant_kind as kind',
        sql<string | null>`case when closed_on is not null and closed_on <= ${end} then outcome end`.as(
          'result',
        ),
        (eb) => eb.fn.countAll<string | number>().as('n'),
      ])
      .where('agency_id', '=', agencyId);
    if (where === 'receivedInYear') q = q.where('received_on', '>=', start).where('received_on', '<=', end);
    else if (where === 'closedLater') q = q.where('closed_on', '>=', start).where('received_on', '<', start);
    else q = q.where('closed_on', 'is', null).where('received_on', '<', start);
    // By position: PostgreSQL would not match the CASE here to the one selected (their parameters differ).
    return q.groupBy(sql.raw('1, 2')).execute();
  };
  const parts = [await counted('receivedInYear'), await counted('closedLater'), await counted('stillOpen')];
  return parts.flatMap((rows, part) =>
    rows.map((row) => ({
      kind: row.kind as ApplicantKind,
      outcome: row.result as OutcomeKey | null,
      receivedInYear: part === 0 ? toNumber(row.n) : 0,
      count: toNumber(row.n),
    })),
  );
}

export interface ReviewCount {
  kind: ReviewGroup;
  /** upheld | corrected | otherResult | pending, as of the chosen day. */
  result: string;
  count: number;
}

/** Cases filed in `year`; a case not closed by `statusOn` counts as 尚未审结 whatever its later result. */
export async function reviewCounts(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
  statusOn: string,
): Promise<ReviewCount[]> {
  const status = sql<string>`case when closed_on is null or closed_on > ${statusOn} then 'pending' else result end`;
  const rows = await db
    .selectFrom('review_cases')
    .select(['kind', status.as('status'), (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('agency_id', '=', agencyId)
    .where('filed_on', '>=', `${year}-01-01`)
    .where('filed_on', '<=', `${year}-12-31`)
    .groupBy(sql.raw('1, 2'))
    .execute();
  return rows.map((row) => ({ kind: row.kind as ReviewGroup, result: row.status, count: toNumber(row.n) }));
}
