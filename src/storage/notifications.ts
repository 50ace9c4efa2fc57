// The notification outbox (migration 161): rows are written inside the transaction of the event that causes them
// and drained by the sender. Claiming is one atomic UPDATE that sets a lease (claimed_until): on PostgreSQL the rows
// are picked FOR UPDATE SKIP LOCKED, so two servers draining at once take disjoint rows and neither waits (a row
// whose lock was released meanwhile is re-checked against the WHERE and dropped once claimed); SQLite has a single
// writer, so its UPDATE … WHERE id IN (…) is atomic by itself.
import { SqliteAdapter, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, NotificationOutboxTable } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;
export type OutboxRow = Selectable<NotificationOutboxTable>;

export interface NewOutboxRow {
  id: string;
  requestId: string;
  agencyId: string;
  eventSeq: number;
  kind: string;
  recipient: string;
  eventOn: string;
  createdAt: string;
}

export async function insertOutboxRow(db: Executor, row: NewOutboxRow): Promise<void> {
  await db
    .insertInto('notification_outbox')
    .values({
      id: row.id,
      request_id: row.requestId,
      agency_id: row.agencyId,
      event_seq: row.eventSeq,
      kind: row.kind,
      recipient: row.recipient,
      event_on: row.eventOn,
      state: 'pending',
      attempts: 0,
      next_attempt_at: row.createdAt,
      claimed_until: null,
      claimed_by: null,
      last_error: null,
      sent_at: null,
      created_at: row.createdAt,
    })
    .execute();
}

export interface ClaimOptions {
  /** ISO instant: rows due at or before it whose lease (if any) ended before it. */
  now: string;
  /** ISO instant the lease runs to: longer than one send can take. */
  leaseUntil: string;
  claimer: string;
  limit: number;
}

export async function claimDueRows(db: Executor, options: ClaimOptions): Promise<OutboxRow[]> {
  const { now, leaseUntil, claimer, limit } = options;
  const due = (qb: Executor) =>
    qb
      .selectFrom('notification_outbox')
      .select('id')
      .where('state', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
      .orderBy('next_attempt_at')
      .limit(limit);
  const claim = { claimed_until: leaseUntil, claimed_by: claimer };
  return db.getExecutor().adapter instanceof SqliteAdapter
    ? await db
        .updateTable('notification_outbox')
        .set(claim)
        .where('id', 'in', due(db))
        .returningAll()
        .execute()
    : // A CTE that locks is run once (PostgreSQL never inlines it); as an IN (…) subquery the planner may run it
      // again per row and claim more than `limit`.
      await db
        .with('due', () => due(db).forUpdate().skipLocked())
        .updateTable('notification_outbox')
        .from('due')
        .set(claim)
        .whereRef('notification_outbox.id', '=', 'due.id')
        .returningAll('notification_outbox')
        .execute();
}

/** Sent: only by the sender holding the lease (a sender whose lease ran out does not overwrite the new holder). */
export async function markSent(db: Executor, id: string, claimer: string, sentAt: string): Promise<void> {
  await db
    .updateTable('notification_outbox')
    .set((eb) => ({
      state: 'sent',
      sent_at: sentAt,
      attempts: eb('attempts', '+', 1),
      last_error: null,
      claimed_until: null,
      claimed_by: null,
    }))
    .where('id', '=', id)
    .where('claimed_by', '=', claimer)
    .execute();
}

export interface FailedAttempt {
  attempts: number;
  /** 'pending' to try again at nextAttemptAt, 'failed' to give up. */
  state: 'pending' | 'failed';
  nextAttemptAt: string;
  error: string;
}

export async function markAttemptFailed(
  db: Executor,
  id: string,
  claimer: string,
  attempt: FailedAttempt,
): Promise<void> {
  await db
    .updateTable('notification_outbox')
    .set({
      state: attempt.state,
      attempts: attempt.attempts,
      next_attempt_at: attempt.nextAttemptAt,
      last_error: attempt.error,
      claimed_until: null,
      claimed_by: null,
    })
    .where('id', '=', id)
    .where('claimed_by', '=', claimer)
    .execute();
}

/** What a message names besides the outbox row: the request's tracking number and receipt day, the agency. */
export interface MessageFacts {
  trackingNumber: string;
  receivedOn: string;
  agencyName: string;
  agencyCode: string | null;
}

export async function messageFactsOf(db: Executor, requestId: string): Promise<MessageFacts | undefined> {
  const row = await db
    .selectFrom('requests')
    .innerJoin('agencies', 'agencies.id', 'requests.agency_id')
    .select([
      'requests.tracking_number',
      'requests.received_on',
      'agencies.name as agency_name',
      'agencies.code as agency_code',
    ])
    .where('requests.id', '=', requestId)
    .executeTakeFirst();
  return row
    ? {
        trackingNumber: row.tracking_number,
        receivedOn: row.received_on,
        agencyName: row.agency_name,
        agencyCode: row.agency_code,
      }
    : undefined;
}

export async function outboxRowsOfRequest(db: Executor, requestId: string): Promise<OutboxRow[]> {
  return db
    .selectFrom('notification_outbox')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('event_seq')
    .execute();
}
