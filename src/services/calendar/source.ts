// The working calendar every process of an installation counts with: the shipped years (core/calendar/seed.ts)
// overlaid with the years imported into the database. Building a WorkingCalendar is O(days), so it is kept and
// rebuilt only when `calendar_head.revision` moved — an import by any server or command bumps it in the import's
// transaction. The revision is read on every current(): one primary-key read, which bench/calendar.ts measures
// (bench/README.md: about 20 µs on SQLite, 0.15 ms on PostgreSQL, small beside any use case's own transaction).
// Reading it each time, rather than every second or so, means a deadline never depends on which server answered.
// Calls that overlap share one read: a call joining a read already under way gets that read's answer.
import { buildCalendar } from '../../core/calendar/seed.ts';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';
import type { ImportedYear } from '../../core/calendar/imported.ts';
import { calendarRevision, importedYears } from '../../storage/calendar.ts';
import type { CalendarSource } from '../context.ts';
import type { Db } from '../database.ts';

interface Built {
  revision: number;
  calendar: WorkingCalendar;
}

/** A source over `db`. Contexts on the same database handle share one, so an import through one is seen by all. */
export function databaseCalendarSource(db: Db): CalendarSource {
  let source = sources.get(db);
  if (!source) sources.set(db, (source = new DatabaseCalendar(db)));
  return source;
}

const sources = new WeakMap<Db, CalendarSource>();

const RECENT_BUILDS = 4;

class DatabaseCalendar implements CalendarSource {
  /** The calendar of the committed revision, as last read outside a transaction. */
  private built: Built | undefined;
  /**
   * The calendars last built, by the imported years they were built from (oldest first, at most RECENT_BUILDS). A
   * calendar is a pure function of those years, so each is right whatever transaction read them, committed or not —
   * and a process whose every use case runs in a transaction (a burst of intakes) builds once instead of once per use
   * case. More than one is kept because a transaction that imports a year (and may roll back) builds its own while
   * the committed one is still in use.
   */
  private readonly recent = new Map<string, WorkingCalendar>();
  private pending: Promise<WorkingCalendar> | undefined;

  constructor(private readonly db: Db) {}

  current(): Promise<WorkingCalendar> {
    // Overlapping calls (a burst of requests) wait for the same read instead of each asking the database.
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async refresh(): Promise<WorkingCalendar> {
    const revision = await calendarRevision(this.db);
    if (this.built?.revision !== revision)
      this.built = { revision, calendar: this.calendarOf(await importedYears(this.db)) };
    return this.built.calendar;
  }

  private calendarOf(imported: readonly ImportedYear[]): WorkingCalendar {
    const schedules = imported.map((y) => y.schedule);
    const years = JSON.stringify(schedules);
    let calendar = this.recent.get(years);
    if (calendar) return calendar;
    calendar = buildCalendar(schedules);
    this.recent.set(years, calendar);
    if (this.recent.size > RECENT_BUILDS) this.recent.delete(this.recent.keys().next().value!);
    return calendar;
  }

  within(trx: Db): CalendarSource {
    // Inside a transaction the read must go through it: SQLite and PGlite have one connection, which the
    // transaction holds. What the transaction sees may yet roll back, so a newer revision never replaces the shared
    // calendar; its calendar is found by the years it reads.
    return {
      current: async () => {
        const revision = await calendarRevision(trx);
        const known = this.built;
        if (known?.revision === revision) return known.calendar;
        // The shared calendar is missing or behind: have it read outside this transaction (it runs once the
        // connection is free), so the next transactions find it instead of reading the years each time.
        void this.current().catch(() => undefined);
        return this.calendarOf(await importedYears(trx));
      },
      within: (other) => this.within(other),
    };
  }
}

/** The shipped years only: for commands run where there is no database (`gongkai deadline` on a laptop). */
export function shippedCalendarSource(): CalendarSource {
  const calendar = buildCalendar();
  const source: CalendarSource = {
    current: async () => calendar,
    within: () => source,
  };
  return source;
}
