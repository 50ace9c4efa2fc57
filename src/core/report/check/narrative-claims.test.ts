// N-1 on "均获维持" (issue 15): agrees with table 四, contradicted by a 结果纠正 case, undecidable while cases are
// pending or ended otherwise, unchecked when table 四 could not be read.
import { describe, expect, it } from 'vitest';
import type { AnnualReport, ReviewLitigationTable } from '../model.ts';
import { consistentReport, withSection } from './fixture.ts';
import { checkReport } from './index.ts';

function claimFindings(text: string, reviewLitigation: ReviewLitigationTable | null) {
  const base = consistentReport();
  const report: AnnualReport = { ...base, tables: { ...base.tables, reviewLitigation } };
  return checkReport(withSection(report, 'reviewLitigation', text)).filter(
    (f) => f.rule === 'N-1' && f.message.includes('均获维持'),
  );
}

const cases = (review: number[], direct = [0, 0, 0, 0, 0]): ReviewLitigationTable => ({
  review,
  litigationDirect: direct,
  litigationAfterReview: [0, 0, 0, 0, 0],
});

describe('"均获维持" against table 四', () => {
  it('agrees when every case of the kind was upheld', () => {
    expect(
      claimFindings('本年度因政府信息公开被申请行政复议3件，均获维持。', cases([3, 0, 0, 0, 3])),
    ).toEqual([]);
    expect(claimFindings('被申请行政复议3件，全部维持原行政行为。', cases([3, 0, 0, 0, 3]))).toEqual([]);
  });

  it('is an error of N-1 when a case was corrected', () => {
    const [f, ...rest] = claimFindings(
      '本年度因政府信息公开被申请行政复议3件，均获维持。',
      cases([2, 1, 0, 0, 3]),
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'warning',
      location: { row: '行政复议', column: '结果纠正' },
      expected: 0,
      actual: 1,
    });
    expect(f!.message).toContain('“结果纠正”为 1 件');
  });

  it('is not checked, with the reason, while cases are pending or ended otherwise', () => {
    const [pending] = claimFindings('被提起行政诉讼2件，均获维持。', cases([0, 0, 0, 0, 0], [1, 0, 0, 1, 2]));
    expect(pending).toMatchObject({ severity: 'notChecked', location: { row: '行政诉讼' } });
    expect(pending!.message).toContain('尚未审结 1 件');
    const [other] = claimFindings('被申请行政复议2件，均获维持。', cases([1, 0, 1, 0, 2]));
    expect(other!.message).toContain('其他结果 1 件');
  });

  it('judges each kind named: 行政复议、行政诉讼均获维持', () => {
    const findings = claimFindings(
      '因政府信息公开引起的行政复议、行政诉讼案件均获维持。',
      cases([2, 0, 0, 0, 2], [0, 1, 0, 0, 1]),
    );
    expect(findings.map((f) => [f.location.row, f.severity])).toEqual([['行政诉讼', 'warning']]);
  });

  it('is not checked when table 四 could not be read', () => {
    const [f] = claimFindings('被申请行政复议3件，均获维持。', null);
    expect(f).toMatchObject({ severity: 'notChecked' });
    expect(f!.message).toContain('缺失或未能读取');
  });

  it('needs a kind of case about disclosure in the sentence', () => {
    expect(claimFindings('办理行政复议案件120件，均获维持。', cases([2, 1, 0, 0, 3]))).toEqual([]);
    expect(claimFindings('各项决定均获维持。', cases([2, 1, 0, 0, 3]))).toEqual([]);
  });
});
