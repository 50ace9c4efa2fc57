// The year's report against its statutory deadline (《条例》第四十九条: departments by 31 January, people's governments
// by 31 March — core's annualReportDeadline): before the year is over, the date ahead; from 1 January the days left,
// a warning in the last DEADLINE_WARNING_DAYS and once it has passed; once published, the day and whether in time.
import { Alert } from 'antd';
import type { Agency } from '../../../core/agencies.ts';
import { dayOf } from '../../../core/calendar/days.ts';
import { annualReportDeadline } from '../../../core/report/check/publication.ts';
import {
  DEADLINE_WARNING_DAYS,
  submissionStatus,
  SUBMISSION_STATUS_LABELS,
} from '../../../core/report/deadline.ts';
import { reportDaysText } from '../workbench/days.ts';

/** Today in the browser, as an ISO date. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function ReportDeadline({
  agency,
  year,
  publishedOn,
}: {
  agency: Agency;
  year: number;
  publishedOn: string | null;
}) {
  const deadline = annualReportDeadline(year, agency.level);
  const basis = `公布期限 ${deadline}（《条例》第四十九条）`;
  const on = today();
  const status = submissionStatus(deadline, publishedOn, on);
  if (publishedOn !== null)
    return (
      <Alert
        type={status === 'late' ? 'warning' : 'success'}
        showIcon
        title={`${basis}：已于 ${publishedOn} 发布，${SUBMISSION_STATUS_LABELS[status]}`}
      />
    );
  if (on < `${year + 1}-01-01`)
    return <Alert type="info" showIcon title={`${basis}：本年度结束后撰写并发布`} />;
  const daysLeft = dayOf(deadline) - dayOf(on);
  const type = daysLeft < 0 ? 'error' : daysLeft < DEADLINE_WARNING_DAYS ? 'warning' : 'info';
  return <Alert type={type} showIcon title={`${basis}：${reportDaysText(daysLeft)}，尚未发布`} />;
}
