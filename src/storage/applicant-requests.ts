// One applicant's requests at one agency, found by the hash of the applicant's key (migration 201): what the
// 第三十五条 check reads at intake, and the case page's list of the applicant's other requests. Every query here
// walks the index (agency_id, applicant_key, received_on).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { EarlierRequest } from '../core/requests/art35.ts';
import type { RequestState } from '../core/requests/state.ts';
import type { Database } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** What the 第三十五条 check knows of one applicant's requests already registered at an agency. */
export interface ApplicantHistory {
  /** The most recently received, newest first, at most the limit asked for. */
  recent: EarlierRequest[];
  /** How many were received on each day of the span asked for. */
  receivedPerDay: Map<string, number>;
}

/**
 * What the 第三十五条 check reads for several applicants at one agency (a batch of intakes), in two queries: each
 * one's most recently received requests, newest first, at most `limit`, and how many of their requests were received
 * on each day from `span.from` to `span.to` (inclusive). An applicant with no request there is absent from the map.
 */
export async function applicantHistories(
  db: Executor,
  agencyId: string,
  applicantKeys: readonly string[],
  span: { from: string; to: string },
  limit: number,
): Promise<Map<string, ApplicantHistory>> {
  const ofApplicants = db
    .selectFrom('requests')
    .where('agency_id', '=', agencyId)
    .where('applicant_key', 'in', [...new Set(applicantKeys)]);
  const recent = await db
    .selectFrom(
      ofApplicants
        .select([
          'applicant_key',
          'id',
          'registration_number',
          'received_on',
          'closed_on',
          'information_sought',
        ])
        .select(
          sql<number>`row_number() over (partition by applicant_key order by received_on desc)`.as('rank'),
        )
        .as('ranked'),
    )
    .selectAll()
    .where('rank', '<=', limit)
    .orderBy('applicant_key')
    .orderBy('rank')
    .execute();
  const histories = new Map<string, ApplicantHistory>();
  const historyOf = (key: string) => {
    let history = histories.get(key);
    if (!history) histories.set(key, (history = { recent: [], receivedPerDay: new Map() }));
    return history;
  };
  for (const row of recent)
    historyOf(row.applicant_key!).recent.push({
      id: row.id,
      registrationNumber: row.registration_number,
      receivedOn: row.received_on,
      closedOn: row.closed_on,
      informationSought: row.information_sought,
    });
  // Only applicants with a request there can have one in the span.
  if (histories.size === 0) return histories;
  const perDay = await ofApplicants
    .select(['applicant_key', 'received_on'])
    .select((eb) => eb.fn.countAll().as('n'))
    .where('received_on', '>=', span.from)
    .where('received_on', '<=', span.to)
    .groupBy(['applicant_key', 'received_on'])
    .execute();
  for (const row of perDay) historyOf(row.applicant_key!).receivedPerDay.set(row.received_on, Number(row.n));
  return histories;
}

export interface ApplicantRequest {
  id: string;
  registrationNumber: string;
  receivedOn: string;
  state: RequestState;
  informationSought: string;
}

/**
 * The other requests at the same agency of the applicant who filed `requestId`, newest first, at most `limit`, and
 * how many there are in all. None for a request registered before migration 201 (it has no key).
 */
export async function otherApplicantRequests(
  db: Executor,
  requestId: string,
  limit: number,
): Promise<{ items: ApplicantRequest[]; total: number }> {
  const base = db
    .selectFrom('requests as self')
    .innerJoin('requests as other', (join) =>
      join
        .onRef('other.agency_id', '=', 'self.agency_id')
        .onRef('other.applicant_key', '=', 'self.applicant_key'),
    )
    .where('self.id', '=', requestId)
    .where('other.id', '<>', requestId);
  const [rows, count] = await Promise.all([
    base
      .select([
        'other.id',
        'other.registration_number',
        'other.received_on',
        'other.state',
        'other.information_sought',
      ])
      .orderBy('other.received_on', 'desc')
      .orderBy('other.registration_number', 'desc')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      registrationNumber: row.registration_number,
      receivedOn: row.received_on,
      state: row.state as RequestState,
      informationSought: row.information_sought,
    })),
    total: Number(count.n),
  };
}
