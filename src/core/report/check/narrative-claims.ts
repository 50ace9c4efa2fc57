// N-1 [D] (docs/statute.md §2.5 N-1): a claim that every review or suit was upheld ("均获维持") must agree with table 四.
// A 结果纠正 case contradicts it; a case still pending or ended otherwise (驳回、终止、撤诉) leaves the claim
// undecidable — it may speak only of the cases decided — so it is not checked, with the reason.
import type { Finding } from '../../findings.ts';
import { REVIEW_RESULTS, REVIEW_TABLE_TITLE, type ReviewResult } from '../../taxonomy/index.ts';
import { findAllUpheldClaims, type AllUpheldClaim } from '../narrative/index.ts';
import { resultDefinition, type CaseKind } from '../narrative/aggregates.ts';
import type { AnnualReport } from '../model.ts';
import type { RuleContext } from './context.ts';
import { finding, formatNumber, notChecked } from './finding.ts';

const KIND_LABELS: Record<CaseKind, string> = { review: '行政复议', litigation: '行政诉讼' };

type Results = Record<ReviewResult, number>;

function resultsOf(report: AnnualReport, kind: CaseKind): Results | null {
  const entries = REVIEW_RESULTS.map(
    (result) => [result, resultDefinition(kind, result).value(report)] as const,
  );
  return entries.some(([, value]) => value === null) ? null : (Object.fromEntries(entries) as Results);
}

export function checkAllUpheldClaims({ report, severities }: RuleContext): Finding[] {
  return findAllUpheldClaims(report).flatMap((claim) =>
    claim.kinds.flatMap((kind) => judge(report, claim, kind, severities['N-1'])),
  );
}

function judge(
  report: AnnualReport,
  claim: AllUpheldClaim,
  kind: CaseKind,
  severity: Finding['severity'],
): Finding[] {
  const label = KIND_LABELS[kind];
  const where = { section: claim.section, table: REVIEW_TABLE_TITLE, row: label };
  const said = `“${claim.section}”中“${claim.quote}”`;
  const results = resultsOf(report, kind);
  if (results === null) {
    const why = report.tables.reviewLitigation === null ? '缺失或未能读取' : `中${label}的结果有空白单元格`;
    return [notChecked('N-1', where, `${said}：表“${REVIEW_TABLE_TITLE}”${why}，无法核对`)];
  }
  if (results.corrected > 0) {
    return [
      finding(
        'N-1',
        severity,
        { ...where, column: '结果纠正' },
        0,
        results.corrected,
        `${said}称${label}均获维持，而表四中${label}“结果纠正”为 ${formatNumber(results.corrected)} 件，两者不一致`,
      ),
    ];
  }
  const undecided = [
    results.pending > 0 ? `尚未审结 ${formatNumber(results.pending)} 件` : '',
    results.otherResult > 0 ? `其他结果 ${formatNumber(results.otherResult)} 件` : '',
  ].filter(Boolean);
  if (undecided.length > 0) {
    return [
      notChecked(
        'N-1',
        where,
        `${said}称${label}均获维持，表四中${label}另有${undecided.join('、')}；该说法只可能指已审结且结果为维持的案件，无法核对`,
      ),
    ];
  }
  if (results.total === 0) {
    return [notChecked('N-1', where, `${said}称${label}均获维持，但表四中没有${label}案件，无法核对`)];
  }
  return [];
}
