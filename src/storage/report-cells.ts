// The rows behind the annual report's cells (issue 11 drill-down): the requests that can count in table 三 of a year
// and the review cases filed in it (table 四), read with the same bounds as the tables (storage/statistics.ts).
import { sql, type Kysely } from 'kysely';
import type { Database } from './tables.ts';

export interface RequestBehindCell {
  id: string;
  trackingNumber: string;
  applicantKind: string;
  receivedOn: string;
  closedOn: string | null;
  outcome: string | null;
}

/** Requests received by 31 December of `year` and not closed before its 1 January. */
export async function requestsOfYear(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
  applicantKind: string | null,
): Promise<RequestBehindCell[]> {
  let query = db
    .selectFrom('requests')
    .select([
      'id',
      'tracking_number as trackingNumber',
      'applicant_kind as applicantKind',
      'received_on as receivedOn',
      'closed_on as closedOn',
      'outcome',
    ])
    .where('agency_id', '=', agencyId)
    .where('received_on', '<=', `${year}-12-31`)
    .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>=', `${year}-01-01`)]));
  if (applicantKind) query = query.where('applicant_kind', '=', applicantKind);
  return query.orderBy('received_on').orderBy('id').execute();
}

export interface CaseBehindCell {
  id: string;
  requestId: string | null;
  caseNumber: string | null;
  filedOn: string;
  status: string;
}

/** Cases of `kind` filed in `year`, each with its result as of `statusOn` (pending while not closed by then). */
export async function reviewCasesOfYear(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
  kind: string,
  statusOn: string,
): Promise<CaseBehindCell[]> {
  const status = sql<string>`case when closed_on is null or closed_on > ${statusOn} then 'pending' else result end`;
  return db
    .selectFrom('review_cases')
    .select([
      'id',
      'request_id as requestId',
      'case_number as caseNumber',
      'filed_on as filedOn',
      status.as('status'),
    ])
    .where('agency_id', '=', agencyId)
    .where('kind', '=', kind)
    .where('filed_on', '>=', `${year}-01-01`)
    .where('filed_on', '<=', `${year}-12-31`)
    .orderBy('filed_on')
    .orderBy('id')
    .execute();
}
