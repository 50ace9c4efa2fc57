// The open requests (not yet decided or withdrawn) of some agencies with their event timelines, for recomputing
// their reply deadlines under a calendar about to change (services/calendar/notice-import.ts). Two queries: the
// requests, then all their events in one go.
import type { Kysely, Transaction } from 'kysely';
import type { RequestEvent } from '../core/requests/events.ts';
import type { Database } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface OpenRequestTimeline {
  id: string;
  registrationNumber: string;
  dueOn: string | null;
  events: RequestEvent[];
}

export async function openRequestTimelines(
  db: Executor,
  agencyIds: readonly string[],
): Promise<OpenRequestTimeline[]> {
  if (agencyIds.length === 0) return [];
  const requests = await db
    .selectFrom('requests')
    .select(['id', 'registration_number', 'due_on'])
    .where('agency_id', 'in', agencyIds)
    .where('closed_on', 'is', null)
    .orderBy('registration_number')
    .execute();
  if (requests.length === 0) return [];
  const byId = new Map<string, OpenRequestTimeline>(
    requests.map((r) => [
      r.id,
      { id: r.id, registrationNumber: r.registration_number, dueOn: r.due_on, events: [] },
    ]),
  );
  const events = await db
    .selectFrom('request_events')
    .innerJoin('requests', 'requests.id', 'request_events.request_id')
    .select(['request_events.request_id', 'request_events.payload'])
    .where('requests.agency_id', 'in', agencyIds)
    .where('requests.closed_on', 'is', null)
    .orderBy('request_events.request_id')
    .orderBy('request_events.seq')
    .execute();
  for (const row of events) byId.get(row.request_id)?.events.push(JSON.parse(row.payload) as RequestEvent);
  return [...byId.values()];
}

/** Rewrites an open request's stored reply deadline (the projection's due_on) after the calendar changed. */
export async function setOpenRequestDueOn(trx: Executor, id: string, dueOn: string | null): Promise<void> {
  await trx
    .updateTable('requests')
    .set({ due_on: dueOn })
    .where('id', '=', id)
    .where('closed_on', 'is', null)
    .execute();
}
