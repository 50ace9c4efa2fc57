// The annual report's state as 工作台 and 监督 show it: which year's report is due next, its deadline
// (《条例》第四十九条: departments by 31 January, people's governments by 31 March — core's annualReportDeadline), the
// days left (ctx.clock), whether and when it was published (a published report stops the countdown), and what the
// checker finds in the report built from the data now.
import { dayOf } from '../../core/calendar/days.ts';
import { annualReportDeadline } from '../../core/report/check/publication.ts';
import { submissionStatus } from '../../core/report/deadline.ts';
import type { Agency } from '../../core/agencies.ts';
import type { ReportStatus } from '../../contracts/workbench.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { listPublications } from '../../storage/annual-report-publications.ts';
import { buildAnnualReport } from '../statistics/report.ts';

/** Table rules (T2 proactive, T3 requests, T4 review and litigation): the statistics add up when none is an error. */
const TABLE_RULE = /^T[234]-/;

/**
 * The year whose report is due next on `today`: last year's until its deadline has passed, then this year's. It moves
 * on even when last year's was not published here — an agency may have published it before it used the platform;
 * the supervising office's roster is where a missing report shows as overdue.
 */
export function reportYearOn(today: string, level: Agency['level']): number {
  const year = Number(today.slice(0, 4));
  return today <= annualReportDeadline(year - 1, level) ? year - 1 : year;
}

export async function reportStatus(
  ctx: ServiceContext,
  actor: Actor,
  agency: Agency,
  today: string,
): Promise<ReportStatus> {
  const year = reportYearOn(today, agency.level);
  const deadline = annualReportDeadline(year, agency.level);
  // buildAnnualReport authorizes reports.build for the agency; table 三 comes from the rollup (fast at any size).
  const [{ findings }, versions] = await Promise.all([
    buildAnnualReport(ctx, actor, { agencyId: agency.id, year }),
    listPublications(ctx.db, [agency.id], year),
  ]);
  // Judged by the first version (the list is newest first): a correction does not make an on-time report late.
  const publishedOn = versions.at(-1)?.publishedOn ?? null;
  return {
    year,
    deadline,
    daysLeft: dayOf(deadline) - dayOf(today),
    publishedOn,
    submission: submissionStatus(deadline, publishedOn, today),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    balanced: !findings.some((f) => f.severity === 'error' && TABLE_RULE.test(f.rule)),
  };
}
