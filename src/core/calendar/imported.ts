// A year an installation imported over the shipped calendar: the schedule, who imported it and when (the audit
// trail records the same import; this is what every process counts with).
import type { YearSchedule } from './schedule.ts';

export interface ImportedYear {
  schedule: YearSchedule;
  importedBy: string;
  /** ISO instant. */
  importedAt: string;
}
