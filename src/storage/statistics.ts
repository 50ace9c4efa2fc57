// Annual statistics read in SQL: table 三's cohorts from the rollup kept beside the request projection
// (request-statistics.ts), with the projection's own GROUP BY kept to check the rollup against; the table itself is
// laid out from the cohorts in core (core/requests/annual.ts applicationsTableOf), the one definition of its rows.
// Table 四 counts the cases filed in Y, each with its status as of a chosen day (docs/statute.md T4-4).
import { sql, type Kysely } from 'kysely';
import type { RequestCohort } from '../core/requests/annual.ts';
import type { ApplicantKind } from '../core/taxonomy/applicants.ts';
import type { OutcomeKey } from '../core/taxonomy/outcomes.ts';
import type { ReviewGroup } from '../core/taxonomy/review-table.ts';
import { OPEN_YEAR, requestCohortQuery } from './request-statistics.ts';
import type { Database } from './tables.ts';
import { toNumber } from './rows.ts';

/**
 * Table 三's cohorts of one agency from the rollup, those that can count in `year` (received by then, open or
 * closed in it or later): one primary-key range scan, whatever the number of requests behind them (a few hundred
 * rows: receipt years × closing years × kinds × outcomes). core/requests/annual.ts lays them out as the table.
 */
export async function applicationCohorts(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
): Promise<RequestCohort[]> {
  const rows = await db
    .selectFrom('request_statistics')
    .select(['applicant_kind', 'received_year', 'closed_year', 'outcome', 'count'])
    .where('agency_id', '=', agencyId)
    .where('received_year', '<=', year)
    .where((eb) => eb.or([eb('closed_year', '=', OPEN_YEAR), eb('closed_year', '>=', year)]))
    .where('count', '<>', 0)
    .execute();
  return rows.map(toCohort);
}

/**
 * The same cohorts recomputed from the projection (every year of the agency), to check the rollup against (tests,
 * benchmark): the GROUP BY that also rebuilds the rollup (request-statistics.ts), not a second definition.
 */
export async function applicationCohortsFromRequests(
  db: Kysely<Database>,
  agencyId: string,
): Promise<RequestCohort[]> {
  const rows = await requestCohortQuery(db).where('agency_id', '=', agencyId).execute();
  return rows.map(toCohort);
}

function toCohort(row: {
  applicant_kind: string;
  received_year: number | string;
  closed_year: number | string;
  outcome: string;
  count: number | string;
}): RequestCohort {
  const closedYear = Number(row.closed_year);
  return {
    applicantKind: row.applicant_kind as ApplicantKind,
    receivedYear: Number(row.received_year),
    closedYear: closedYear === OPEN_YEAR ? null : closedYear,
    outcome: closedYear === OPEN_YEAR ? null : (row.outcome as OutcomeKey),
    count: toNumber(row.count),
  };
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
