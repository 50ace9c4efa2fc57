// P-1 — 《条例》第四十九条: a department publishes its previous-year report 每年1月31日前 (第一款); a people's
// government's report is published by its 政务公开主管部门 每年3月31日前 (第二款).
import type { Finding } from '../../findings.ts';
import type { GovernmentLevel, RuleContext } from './context.ts';
import { finding, notChecked } from './finding.ts';

/**
 * The last day the report for `year` may be published. "前" is read as inclusive (the usual reading of a
 * 期限 ending on a date). Reports for 2018 and earlier fell under the 2008 《条例》第三十一条, which set 3月31日
 * for every agency [M]; the 2019 revision moved departments two months earlier (国办公开办函〔2019〕60号).
 */
export function annualReportDeadline(year: number, level: GovernmentLevel): string {
  const monthDay = level === 'department' && year >= 2019 ? '01-31' : '03-31';
  return `${year + 1}-${monthDay}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkPublication({ report, severities, level }: RuleContext): Finding[] {
  const here = {};
  if (report.year === null) return [notChecked('P-1', here, '不知道报告年度，无法确定公布期限')];
  if (level === null)
    return [notChecked('P-1', here, '不知道机关名称，无法判断适用1月31日还是3月31日的期限')];
  if (report.publishedOn === null) return [notChecked('P-1', here, '不知道报告的发布日期')];
  if (!ISO_DATE.test(report.publishedOn)) {
    return [notChecked('P-1', here, `发布日期“${report.publishedOn}”不是有效日期`)];
  }
  const deadline = annualReportDeadline(report.year, level);
  if (report.publishedOn <= deadline) return [];
  const who = level === 'government' ? '人民政府的' : '政府部门的';
  return [
    finding(
      'P-1',
      severities['P-1'],
      here,
      deadline,
      report.publishedOn,
      `${report.year}年度报告于 ${report.publishedOn} 发布，晚于期限 ${deadline}（《条例》第四十九条：${who}年度报告应在该日前公布）`,
    ),
  ];
}
