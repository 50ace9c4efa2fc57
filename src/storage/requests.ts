// Disclosure requests: the append-only events (the truth, docs/architecture.md) and the projection row derived
// from them for queries. The domain types are the contracts' (contracts/requests.ts); rows are mapped to them here. Events are inserted, never updated; the projection is rewritten only together with a new event,
// guarded by the event count so two concurrent appends cannot both win.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ApplicantKind } from '../core/taxonomy/applicants.ts';
import type { OutcomeKey } from '../core/taxonomy/outcomes.ts';
import type { Channel, RequestEvent } from '../core/requests/events.ts';
import type { RequestState } from '../core/requests/state.ts';
import type { Art35Flag } from '../core/requests/art35.ts';
import type { Applicant, DisclosureRequest, RequestProjection, StoredEvent } from '../contracts/requests.ts';
import { countNewRequests, moveRequestCount, type StatisticsFacts } from './request-statistics.ts';
import type { Database, RequestTable } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

function toRequest(row: Selectable<RequestTable>): DisclosureRequest {
  return {
    id: row.id,
    agencyId: row.agency_id,
    registrationNumber: row.registration_number,
    trackingNumber: row.tracking_number,
    applicant: {
      kind: row.applicant_kind as ApplicantKind,
      name: row.applicant_name,
      idDocument: row.applicant_id_document,
      contact: row.applicant_contact,
      email: row.applicant_email,
    },
    informationSought: row.information_sought,
    formWanted: row.form_wanted,
    channel: row.channel as Channel,
    receivedOn: row.received_on,
    state: row.state as RequestState,
    dueOn: row.due_on,
    outcome: row.outcome as OutcomeKey | null,
    decidedOn: row.decided_on,
    closedOn: row.closed_on,
    eventCount: Number(row.event_count),
    demo: Number(row.demo) === 1,
    art35Flags: JSON.parse(row.art35_flags) as Art35Flag[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function projectionColumns(p: RequestProjection) {
  return {
    received_on: p.receivedOn,
    state: p.state,
    due_on: p.dueOn,
    outcome: p.outcome,
    decided_on: p.decidedOn,
    closed_on: p.closedOn,
  };
}

/**
 * Takes `count` consecutive registration serials of an agency in a year and returns the first (1, 2, 3 … with no
 * gap); the counter row is locked until commit.
 */
export async function takeSerials(
  trx: Transaction<Database>,
  agencyId: string,
  year: number,
  count: number,
): Promise<number> {
  const row = await trx
    .insertInto('request_serials')
    .values({ agency_id: agencyId, year, last_serial: count })
    .onConflict((oc) =>
      oc
        .columns(['agency_id', 'year'])
        .doUpdateSet((eb) => ({
          last_serial: eb('request_serials.last_serial', '+', eb.ref('excluded.last_serial')),
        })),
    )
    .returning('last_serial')
    .executeTakeFirstOrThrow();
  return Number(row.last_serial) - count + 1;
}

export interface NewRequestRow {
  id: string;
  agencyId: string;
  registrationNumber: string;
  registrationYear: number;
  serial: number;
  trackingNumber: string;
  queryCodeHash: string;
  applicant: Applicant;
  informationSought: string;
  formWanted: string;
  channel: Channel;
  projection: RequestProjection;
  demo: boolean;
  /** The hash of the applicant's key (core/requests/applicant-key.ts). */
  applicantKey: string;
  art35Flags: Art35Flag[];
  createdAt: string;
}

function statisticsFacts(agencyId: string, kind: ApplicantKind, p: RequestProjection): StatisticsFacts {
  return {
    agencyId,
    applicantKind: kind,
    receivedOn: p.receivedOn,
    closedOn: p.closedOn,
    outcome: p.outcome,
  };
}

/**
 * Inserts the projections of new requests, each with its receipt event as its timeline (seq 0, inserted by the
 * caller), in one statement, and counts them in the table-三 rollup.
 */
export async function insertRequests(
  trx: Transaction<Database>,
  rows: readonly NewRequestRow[],
): Promise<DisclosureRequest[]> {
  await trx
    .insertInto('requests')
    .values(
      rows.map((row) => ({
        id: row.id,
        agency_id: row.agencyId,
        registration_number: row.registrationNumber,
        registration_year: row.registrationYear,
        serial: row.serial,
        tracking_number: row.trackingNumber,
        query_code_hash: row.queryCodeHash,
        applicant_kind: row.applicant.kind,
        applicant_name: row.applicant.name,
        applicant_id_document: row.applicant.idDocument,
        applicant_contact: row.applicant.contact,
        applicant_email: row.applicant.email,
        information_sought: row.informationSought,
        form_wanted: row.formWanted,
        channel: row.channel,
        ...projectionColumns(row.projection),
        event_count: 1,
        demo: row.demo ? 1 : 0,
        applicant_key: row.applicantKey,
        art35_flags: JSON.stringify(row.art35Flags),
        created_at: row.createdAt,
        updated_at: row.createdAt,
      })),
    )
    .execute();
  await countNewRequests(
    trx,
    rows.map((row) => statisticsFacts(row.agencyId, row.applicant.kind, row.projection)),
  );
  return rows.map((row) => ({
    id: row.id,
    agencyId: row.agencyId,
    registrationNumber: row.registrationNumber,
    trackingNumber: row.trackingNumber,
    applicant: row.applicant,
    informationSought: row.informationSought,
    formWanted: row.formWanted,
    channel: row.channel,
    ...row.projection,
    eventCount: 1,
    demo: row.demo,
    art35Flags: row.art35Flags,
    createdAt: row.createdAt,
    updatedAt: row.createdAt,
  }));
}

export interface NewEventRow {
  requestId: string;
  seq: number;
  event: RequestEvent;
  recordedBy: string;
  recordedAt: string;
}

/** Appends events (of one request or of several), in one statement. */
export async function insertEvents(trx: Transaction<Database>, rows: readonly NewEventRow[]): Promise<void> {
  await trx
    .insertInto('request_events')
    .values(
      rows.map(({ requestId, seq, event, recordedBy, recordedAt }) => ({
        request_id: requestId,
        seq,
        type: event.type,
        occurred_on: event.on,
        payload: JSON.stringify(event),
        recorded_at: recordedAt,
        recorded_by: recordedBy,
      })),
    )
    .execute();
}

/**
 * Rewrites the projection after events were appended, and moves the request's count in the table-三 rollup when
 * its receipt or closing facts changed; false (nothing written) when someone else appended after `before` was read.
 */
export async function updateProjection(
  trx: Transaction<Database>,
  before: DisclosureRequest,
  newEventCount: number,
  projection: RequestProjection,
  nowIso: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('requests')
    .set({ ...projectionColumns(projection), event_count: newEventCount, updated_at: nowIso })
    .where('id', '=', before.id)
    .where('event_count', '=', before.eventCount)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  const kind = before.applicant.kind;
  await moveRequestCount(
    trx,
    statisticsFacts(before.agencyId, kind, before),
    statisticsFacts(before.agencyId, kind, projection),
  );
  return true;
}

export async function requestById(db: Executor, id: string): Promise<DisclosureRequest | undefined> {
  const row = await db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRequest(row);
}

export async function requestByTracking(
  db: Executor,
  trackingNumber: string,
): Promise<{ request: DisclosureRequest; queryCodeHash: string } | undefined> {
  const row = await db
    .selectFrom('requests')
    .selectAll()
    .where('tracking_number', '=', trackingNumber)
    .executeTakeFirst();
  return row && { request: toRequest(row), queryCodeHash: row.query_code_hash };
}

export async function eventsOf(db: Executor, requestId: string): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('request_events')
    .select(['seq', 'payload', 'recorded_at', 'recorded_by'])
    .where('request_id', '=', requestId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({
    seq: Number(row.seq),
    event: JSON.parse(row.payload) as RequestEvent,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  }));
}

export interface RequestListQuery {
  agencyIds: readonly string[];
  states?: readonly RequestState[];
  /** Registration numbers, tracking numbers or applicant names containing this text. */
  search?: string;
  channels?: readonly string[];
  applicantKinds?: readonly string[];
  /** Only requests due on or before this day (ISO date), among those with a due date. */
  dueBy?: string;
  limit: number;
  offset: number;
}

export async function listRequests(
  db: Executor,
  query: RequestListQuery,
): Promise<{ items: DisclosureRequest[]; total: number }> {
  if (query.agencyIds.length === 0) return { items: [], total: 0 };
  let base = db.selectFrom('requests').where('agency_id', 'in', query.agencyIds);
  if (query.states?.length) base = base.where('state', 'in', query.states);
  if (query.search) {
    // Wildcards typed by a person are dropped: the engines disagree on LIKE's escape character.
    const like = `%${query.search.replace(/[\\%_]/g, '')}%`;
    base = base.where((eb) =>
      eb.or([
        eb('registration_number', 'like', like),
        eb('tracking_number', 'like', like.toUpperCase()),
        eb('applicant_name', 'like', like),
      ]),
    );
  }
  if (query.channels?.length) base = base.where('channel', 'in', query.channels);
  if (query.applicantKinds?.length) base = base.where('applicant_kind', 'in', query.applicantKinds);
  if (query.dueBy) base = base.where('due_on', 'is not', null).where('due_on', '<=', query.dueBy);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('received_on', 'desc')
      .orderBy('registration_number', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRequest), total: Number(count.n) };
}

/** Requests in the given (unanswered) states whose due date is on or before `dueBy`, soonest first. */
export async function requestsDueBy(
  db: Executor,
  agencyIds: readonly string[],
  states: readonly RequestState[],
  dueBy: string,
): Promise<DisclosureRequest[]> {
  if (agencyIds.length === 0) return [];
  const rows = await db
    .selectFrom('requests')
    .selectAll()
    .where('agency_id', 'in', agencyIds)
    .where('state', 'in', states)
    .where('due_on', 'is not', null)
    .where('due_on', '<=', dueBy)
    .orderBy('due_on')
    .execute();
  return rows.map(toRequest);
}
