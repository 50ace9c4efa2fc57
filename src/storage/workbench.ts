// The counts and short lists of 工作台 and 监督, computed in SQL: each reads a range of an index — requests by
// (agency_id, state, due_on) (migration 001 requests_agency_state_due), open requests by (agency_id, closed_on)
// (requests_carry_in), catalogue items by (agency_id, status) (publications_listing_ordered) — so their time does not grow
// with an agency's closed cases. A list is its first `limit` rows and the total.
import type { Kysely, Transaction } from 'kysely';
import type { RequestState } from '../core/requests/state.ts';
import type { Database } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface CaseRow {
  id: string;
  agencyId: string;
  registrationNumber: string;
  applicantName: string;
  state: RequestState;
  receivedOn: string;
  dueOn: string | null;
}

export interface CaseFilter {
  agencyIds: readonly string[];
  states: readonly RequestState[];
  /** due_on on or after this day. */
  dueFrom?: string;
  /** due_on on or before this day. */
  dueTo?: string;
  /** due_on strictly before this day. */
  dueBefore?: string;
}

function caseQuery(db: Executor, filter: CaseFilter) {
  let query = db
    .selectFrom('requests')
    .where('agency_id', 'in', filter.agencyIds)
    .where('state', 'in', filter.states);
  if (filter.dueFrom !== undefined) query = query.where('due_on', '>=', filter.dueFrom);
  if (filter.dueTo !== undefined) query = query.where('due_on', '<=', filter.dueTo);
  if (filter.dueBefore !== undefined) query = query.where('due_on', '<', filter.dueBefore);
  return query;
}

/** Requests matching `filter`, soonest due first (then by registration number): `limit` rows from `offset`. */
export async function caseList(
  db: Executor,
  filter: CaseFilter,
  limit: number,
  offset = 0,
): Promise<{ total: number; rows: CaseRow[] }> {
  if (filter.agencyIds.length === 0 || filter.states.length === 0) return { total: 0, rows: [] };
  const query = caseQuery(db, filter);
  const [rows, count] = await Promise.all([
    query
      .select(['id', 'agency_id', 'registration_number', 'applicant_name', 'state', 'received_on', 'due_on'])
      .orderBy('due_on')
      .orderBy('registration_number')
      .limit(limit)
      .offset(offset)
      .execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    rows: rows.map((row) => ({
      id: row.id,
      agencyId: row.agency_id,
      registrationNumber: row.registration_number,
      applicantName: row.applicant_name,
      state: row.state as RequestState,
      receivedOn: row.received_on,
      dueOn: row.due_on,
    })),
  };
}

/** How many requests of each agency match `filter` (agencies with none are absent). */
export async function caseCountsByAgency(db: Executor, filter: CaseFilter): Promise<Map<string, number>> {
  if (filter.agencyIds.length === 0 || filter.states.length === 0) return new Map();
  const rows = await caseQuery(db, filter)
    .select(['agency_id', (eb) => eb.fn.countAll().as('n')])
    .groupBy('agency_id')
    .execute();
  return new Map(rows.map((row) => [row.agency_id, Number(row.n)]));
}

/** Requests not yet closed (decided or withdrawn), per agency. */
export async function openCountsByAgency(
  db: Executor,
  agencyIds: readonly string[],
): Promise<Map<string, number>> {
  if (agencyIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('requests')
    .where('agency_id', 'in', agencyIds)
    .where('closed_on', 'is', null)
    .select(['agency_id', (eb) => eb.fn.countAll().as('n')])
    .groupBy('agency_id')
    .execute();
  return new Map(rows.map((row) => [row.agency_id, Number(row.n)]));
}

export interface CatalogueRow {
  id: string;
  title: string;
  status: string;
  stepIndex: number | null;
  /** JSON text of the screening findings. */
  screeningFindings: string;
  updatedAt: string;
}

export interface CatalogueFilter {
  agencyId: string;
  statuses: readonly string[];
  /** Only items at one of these review steps. */
  stepIndexes?: readonly number[];
  /** Only items the screening found something in. */
  withFindings?: boolean;
}

/** The screening findings column of an item the screening found nothing in. */
const NO_FINDINGS = '[]';

/** Catalogue items matching `filter`, most recently changed first: `limit` rows and the total. */
export async function catalogueList(
  db: Executor,
  filter: CatalogueFilter,
  limit: number,
): Promise<{ total: number; rows: CatalogueRow[] }> {
  if (filter.statuses.length === 0 || filter.stepIndexes?.length === 0) return { total: 0, rows: [] };
  let query = db
    .selectFrom('publications')
    .where('agency_id', '=', filter.agencyId)
    .where('status', 'in', filter.statuses);
  if (filter.stepIndexes) query = query.where('step_index', 'in', filter.stepIndexes);
  if (filter.withFindings) query = query.where('screening_findings', '<>', NO_FINDINGS);
  const [rows, count] = await Promise.all([
    query
      .select(['id', 'title', 'status', 'step_index', 'screening_findings', 'updated_at'])
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    rows: rows.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      stepIndex: row.step_index === null ? null : Number(row.step_index),
      screeningFindings: row.screening_findings,
      updatedAt: row.updated_at,
    })),
  };
}

/** Catalogue items in the given statuses, per agency. */
export async function catalogueCountsByAgency(
  db: Executor,
  agencyIds: readonly string[],
  statuses: readonly string[],
): Promise<Map<string, number>> {
  if (agencyIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('publications')
    .where('agency_id', 'in', agencyIds)
    .where('status', 'in', statuses)
    .select(['agency_id', (eb) => eb.fn.countAll().as('n')])
    .groupBy('agency_id')
    .execute();
  return new Map(rows.map((row) => [row.agency_id, Number(row.n)]));
}
