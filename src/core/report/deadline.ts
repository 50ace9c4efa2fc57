// How an agency's publication of its annual report stands against its due date (《条例》第四十九条; spec P-1). The
// due date itself is the checker's `annualReportDeadline` (check/publication.ts), one rule for both.

/** Calendar days before the deadline from which an unpublished report is warned about [I]: a product choice. */
export const DEADLINE_WARNING_DAYS = 15;

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
