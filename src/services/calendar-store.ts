// The imported calendar years: JSON files in the calendar directory (./data/calendar, or GONGKAI_CALENDAR_DIR),
// one per year, written by `gongkai calendar import`. The seed years ship with the code; every computation — the
// CLI's and the services' (deadlines kept in the projection, warnings, the API) — counts with the seed overlaid
// with these files.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { DomainError } from '../core/errors/index.ts';
import { buildCalendar } from '../core/calendar/seed.ts';
import { parseScheduleJson, type YearSchedule } from '../core/calendar/schedule.ts';
import type { WorkingCalendar } from '../core/calendar/working-calendar.ts';
import type { CalendarSource } from './context.ts';

const YEAR_FILE = /^\d{4}\.json$/;

/** Where imported years live. */
export function calendarDir(): string {
  return resolve(process.env.GONGKAI_CALENDAR_DIR ?? join('data', 'calendar'));
}

function yearFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => YEAR_FILE.test(name))
        .sort()
    : [];
}

/** The years imported into the calendar directory, each checked as it is read. */
export function loadImportedSchedules(dir = calendarDir()): YearSchedule[] {
  return yearFiles(dir).map((name) => {
    try {
      return parseScheduleJson(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    } catch (error) {
      const reason = error instanceof DomainError ? error.message : (error as Error).message;
      throw new DomainError('calendar.fileInvalid', { reason: `${join(dir, name)}：${reason}` });
    }
  });
}

/** The seed overlaid with the imported years. */
export function loadCalendar(dir = calendarDir()): WorkingCalendar {
  return buildCalendar(loadImportedSchedules(dir));
}

/** Saves one year (replacing a previous import of it). Write-then-rename: never half a file. Returns its path. */
export function saveImportedSchedule(schedule: YearSchedule, dir = calendarDir()): string {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${schedule.year}.json`);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(schedule, null, 2) + '\n');
  renameSync(temporary, target);
  return target;
}

let cached: { signature: string; calendar: WorkingCalendar } | undefined;

/**
 * The calendar for a long-running process: rebuilt (O(days)) only when the directory or one of its year files
 * changed — an import by the CLI while the server runs is seen by the next request without a restart — and
 * otherwise one directory listing per call.
 */
export function currentCalendar(): WorkingCalendar {
  const dir = calendarDir();
  const signature = [
    dir,
    ...yearFiles(dir).map((name) => {
      const stat = statSync(join(dir, name));
      return `${name}:${stat.mtimeMs}:${stat.size}`;
    }),
  ].join('|');
  if (cached?.signature !== signature) cached = { signature, calendar: loadCalendar(dir) };
  return cached.calendar;
}

/** The calendar source of a context: the directory store above, rebuilt when an import changed it. */
export function fileCalendarSource(): CalendarSource {
  return { current: async () => currentCalendar() };
}
