// The calendar the project ships: the generated 2004–2026 seed, overlaid with the years an agency imported.
import { SEED_SCHEDULES } from './seed-data.ts';
import type { YearSchedule } from './schedule.ts';
import { WorkingCalendar, type CalendarBuildOptions } from './working-calendar.ts';

/** Schedules of `base` with every year of `overrides` replacing the base's schedule of that year. */
export function mergeSchedules(
  base: readonly YearSchedule[],
  overrides: readonly YearSchedule[],
): YearSchedule[] {
  const byYear = new Map<number, YearSchedule>();
  for (const schedule of [...base, ...overrides]) byYear.set(schedule.year, schedule);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export function buildCalendar(
  imported: readonly YearSchedule[] = [],
  options?: CalendarBuildOptions,
): WorkingCalendar {
  return new WorkingCalendar(mergeSchedules(SEED_SCHEDULES, imported), options);
}
