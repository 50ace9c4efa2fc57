// The imported calendar years and the revision counter that tells a process its calendar is stale (migration 120).
// Rows are mapped to core's ImportedYear; the schedule is checked again as it is read, so a row edited by hand
// into something impossible is refused rather than counted with.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ImportedYear } from '../core/calendar/imported.ts';
import { parseScheduleJson } from '../core/calendar/schedule.ts';
import { DomainError, isDomainError } from '../core/errors/index.ts';
import type { CalendarYearTable, Database } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

function toImportedYear(row: Selectable<CalendarYearTable>): ImportedYear {
  let schedule;
  try {
    schedule = parseScheduleJson(JSON.parse(row.schedule));
  } catch (error) {
    const reason = isDomainError(error) ? (error.params.reason ?? error.message) : (error as Error).message;
    throw new DomainError('calendar.invalidSchedule', {
      year: row.year,
      reason: `数据库中的记录：${String(reason)}`,
    });
  }
  return { schedule, importedBy: row.imported_by, importedAt: row.imported_at };
}

/** Every imported year, in year order. */
export async function importedYears(db: Executor): Promise<ImportedYear[]> {
  const rows = await db.selectFrom('calendar_years').selectAll().orderBy('year').execute();
  return rows.map(toImportedYear);
}

/**
 * The revision a transaction has read or written. Within one transaction the revision is read once: a batch of
 * intakes (services/write-batcher.ts), each of which asks for the calendar, costs one read, not one per intake. The
 * transaction then counts with the calendar as of that read, as if it had run a moment earlier — unless it imports a
 * year itself, which records the new revision here.
 */
const revisionsSeen = new WeakMap<Transaction<Database>, Promise<number>>();

/** The revision counter: changes with every import. */
export function calendarRevision(db: Executor): Promise<number> {
  if (!db.isTransaction) return readRevision(db);
  const trx = db as Transaction<Database>;
  let seen = revisionsSeen.get(trx);
  if (!seen) {
    seen = readRevision(trx);
    // A failed read is not remembered: the next call asks again (and meets the same broken transaction).
    seen.catch(() => revisionsSeen.delete(trx));
    revisionsSeen.set(trx, seen);
  }
  return seen;
}

async function readRevision(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('calendar_head')
    .select('revision')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.revision);
}

/** Saves a year (replacing an earlier import of it) and bumps the revision; returns the new revision. */
export async function saveImportedYear(trx: Transaction<Database>, year: ImportedYear): Promise<number> {
  const values = {
    schedule: JSON.stringify(year.schedule),
    source: year.schedule.source,
    imported_by: year.importedBy,
    imported_at: year.importedAt,
  };
  await trx
    .insertInto('calendar_years')
    .values({ year: year.schedule.year, ...values })
    .onConflict((oc) => oc.column('year').doUpdateSet(values))
    .execute();
  const head = await trx
    .updateTable('calendar_head')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .returning('revision')
    .executeTakeFirstOrThrow();
  revisionsSeen.set(trx, Promise.resolve(Number(head.revision)));
  return Number(head.revision);
}
