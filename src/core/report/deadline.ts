// When an annual report is due and how its publication stands against that date (《条例》第四十九条; spec P-1):
// a department publishes year N's report by 31 January of N+1, a people's government by 31 March of N+1.
import type { AgencyLevel } from '../agencies.ts';

/** The last day (ISO date) an agency of the level may publish its report for the year (《条例》第四十九条). */
export function reportDeadline(level: AgencyLevel, year: number): string {
  return level === 'government' ? `${year + 1}-03-31` : `${year + 1}-01-31`;
}

export const SUBMISSION_STATUSES = ['onTime', 'late', 'overdue', 'notDue'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  onTime: '已按时发布',
  late: '逾期发布',
  overdue: '未发布（已逾期）',
  notDue: '尚未到期未发布',
};

/**
 * Where an agency's report stands on `today` (ISO dates compare as strings): judged by the first publication's date
 * when there is one — a later correction does not make an on-time report late.
 */
export function submissionStatus(
  deadline: string,
  firstPublishedOn: string | null,
  today: string,
): SubmissionStatus {
  if (firstPublishedOn !== null) return firstPublishedOn <= deadline ? 'onTime' : 'late';
  return today > deadline ? 'overdue' : 'notDue';
}
