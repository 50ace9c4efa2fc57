// One applicant's requests at one agency, found by the hash of the applicant's key (migration 201): what the
// 第三十五条 check reads at intake, and the case page's list of the applicant's other requests. Every query here
// walks the index (agency_id, applicant_key, received_on).
import type { Kysely, Transaction } from 'kysely';
import type { EarlierRequest } from '../core/requests/art35.ts';
import type { RequestState } from '../core/requests/state.ts';
import type { Database } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * What the 第三十五条 check reads, in one query: the applicant's most recently received requests at the agency,
 * newest first, at most `limit`, and how many of all their requests there were received from `from` to `to`
 * (inclusive). The count rides on each row; no row means the applicant has no request there, so none in the window.
 */
export async function applicantHistory(
  db: Executor,
  agencyId: string,
  applicantKey: string,
  window: { from: string; to: string },
  limit: number,
): Promise<{ countInWindow: number; earlier: EarlierRequest[] }> {
  const rows = await db
    .selectFrom('requests')
    .select(['id', 'registration_number', 'received_on', 'closed_on', 'information_sought'])
    .select((eb) =>
      eb
        .selectFrom('requests as w')
        .select(eb.fn.countAll().as('n'))
        .where('w.agency_id', '=', agencyId)
        .where('w.applicant_key', '=', applicantKey)
        .where('w.received_on', '>=', window.from)
        .where('w.received_on', '<=', window.to)
        .as('count_in_window'),
    )
    .where('agency_id', '=', agencyId)
    .where('applicant_key', '=', applicantKey)
    .orderBy('received_on', 'desc')
    .limit(limit)
    .execute();
  return {
    countInWindow: Number(rows[0]?.count_in_window ?? 0),
    earlier: rows.map((row) => ({
      id: row.id,
      registrationNumber: row.registration_number,
      receivedOn: row.received_on,
      closedOn: row.closed_on,
      informationSought: row.information_sought,
    })),
  };
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
