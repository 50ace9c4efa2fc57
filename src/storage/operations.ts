// What the operations endpoints read (server/operations): one cheap query each, over existing indexes — a
// Prometheus scrape every few seconds must not weigh on the database.
import { sql, type Kysely } from 'kysely';
import type { RequestState } from '../core/requests/state.ts';
import type { Database } from './tables.ts';

/** The database answers a query at all (readiness). */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

/** Requests not yet closed (decided and replied, or withdrawn). */
export async function countOpenRequests(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('closed_on', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Requests in a running state whose reply date is before `today`. */
export async function countOverdueRequests(
  db: Kysely<Database>,
  runningStates: readonly RequestState[],
  today: string,
): Promise<number> {
  const row = await db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('state', 'in', runningStates)
    .where('due_on', '<', today)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The time of the newest audit row (the chain's head), or null when nothing was audited yet. */
export async function auditHeadAt(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('audit_log')
    .select('at')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at ?? null;
}
