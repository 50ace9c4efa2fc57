// Table 四 "政府信息公开行政复议、行政诉讼情况" (docs/statute.md §2.4): each group's 总计 is the sum of its four results.
import type { Finding } from '../../findings.ts';
import {
  LITIGATION_LABEL,
  REVIEW_GROUPS,
  REVIEW_GROUP_LABELS,
  REVIEW_RESULTS,
  REVIEW_RESULT_LABELS,
  REVIEW_TABLE_TITLE,
  type ReviewGroup,
} from '../../taxonomy/index.ts';
import { cellAt, sumCells } from './cells.ts';
import type { RuleContext } from './context.ts';
import { finding, formatNumber, formatSum, notChecked } from './finding.ts';

/** T4-1 行政复议, T4-2 未经复议直接起诉, T4-3 复议后起诉 — each [D] from its 总计 column. */
const RULE_OF: Record<ReviewGroup, 'T4-1' | 'T4-2' | 'T4-3'> = {
  review: 'T4-1',
  litigationDirect: 'T4-2',
  litigationAfterReview: 'T4-3',
};

const PARTS = REVIEW_RESULTS.filter((result) => result !== 'total');
const TOTAL = REVIEW_RESULTS.indexOf('total');

/** "行政诉讼 未经复议直接起诉" — the group with its merged header, as printed. */
export function reviewGroupLabel(group: ReviewGroup): string {
  return group === 'review'
    ? REVIEW_GROUP_LABELS.review
    : `${LITIGATION_LABEL} ${REVIEW_GROUP_LABELS[group]}`;
}

export function checkReviewLitigation({ report, severities }: RuleContext): Finding[] {
  const table = report.tables.reviewLitigation;
  const location = { table: REVIEW_TABLE_TITLE };
  if (table === null)
    return REVIEW_GROUPS.map((group) => notChecked(RULE_OF[group], location, '报告中没有表四，无法核对'));
  return REVIEW_GROUPS.flatMap((group) => {
    const rule = RULE_OF[group];
    const label = reviewGroupLabel(group);
    const parts = PARTS.map((_, i) => cellAt(table[group], i));
    const total = cellAt(table[group], TOTAL);
    const sum = sumCells(parts);
    const here = { ...location, row: label, column: REVIEW_RESULT_LABELS.total };
    if (sum === null || total === null)
      return [notChecked(rule, here, `“${label}”含空白单元格，总计无法与各项之和比较`)];
    if (sum === total) return [];
    const named = PARTS.map((part) => REVIEW_RESULT_LABELS[part]).join('、');
    return [
      finding(
        rule,
        severities[rule],
        here,
        sum,
        total,
        `表四“${label}”：总计为 ${formatNumber(total)}，而${named}之和为 ${formatSum(parts as number[])}=${formatNumber(sum)}`,
      ),
    ];
  });
}
