// The annual report's state on 工作台: which year, its publication deadline (《条例》第四十九条) and the days left —
// or, once published, on which day and whether in time — whether the statistics add up and what the checker finds in
// the report built from the data now.
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { ReportStatus } from '../../../contracts/workbench.ts';
import { DEADLINE_WARNING_DAYS, SUBMISSION_STATUS_LABELS } from '../../../core/report/deadline.ts';
import { reportDaysText } from './days.ts';
import { cardTitle, inlineLink } from './styles.ts';

export function ReportCard({ report }: { report: ReportStatus }) {
  return (
    <Card
      size="small"
      title={
        <h2 id="workbench-report" style={cardTitle}>
          {report.year} 年度报告
        </h2>
      }
    >
      <Flex vertical gap={8}>
        <span>
          公布期限 {report.deadline}（《条例》第四十九条），
          <DeadlineText report={report} />
        </span>
        <span>
          统计数据勾稽关系：
          <BalanceText balanced={report.balanced} />
        </span>
        <span>
          按现有数据生成的报告，检查发现错误 {report.errors} 项、警告 {report.warnings} 项。
          <Link to={`/reports?year=${report.year}`} style={inlineLink}>
            查看年度报告
          </Link>
        </span>
      </Flex>
    </Card>
  );
}

/** The countdown while unpublished (red in the last days and once passed); the publication day once published. */
function DeadlineText({ report }: { report: ReportStatus }) {
  if (report.publishedOn !== null)
    return (
      <Typography.Text strong type={report.submission === 'late' ? 'danger' : 'success'}>
        {`已于 ${report.publishedOn} 发布（${SUBMISSION_STATUS_LABELS[report.submission]}）`}
      </Typography.Text>
    );
  return (
    <Typography.Text strong type={report.daysLeft < DEADLINE_WARNING_DAYS ? 'danger' : undefined}>
      {reportDaysText(report.daysLeft)}
    </Typography.Text>
  );
}

export function BalanceText({ balanced }: { balanced: boolean }) {
  return (
    <Typography.Text strong type={balanced ? 'success' : 'danger'}>
      {balanced ? '相符' : '不相符'}
    </Typography.Text>
  );
}

/** One line: the year's report, its deadline and days left, whether the statistics add up, the checker's count. */
export function ReportSummary({ report }: { report: ReportStatus }) {
  return (
    <>
      {`${report.year} 年度报告 ${report.deadline} 前公布（${summaryState(report)}）；统计数据`}
      <BalanceText balanced={report.balanced} />
      {`；检查发现错误 ${report.errors} 项、警告 ${report.warnings} 项。`}
    </>
  );
}

function summaryState(report: ReportStatus): string {
  if (report.publishedOn === null) return reportDaysText(report.daysLeft);
  return `${report.publishedOn} 已发布，${SUBMISSION_STATUS_LABELS[report.submission]}`;
}
