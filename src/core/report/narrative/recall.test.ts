// N-1 recall (issue 15): outcome groups stated together, bracketed shares, group subtotals with examples before 等,
// result columns of table 四, "no correction" claims — each found and compared, and each wrong figure reported. The
// seed's tables (fixture): 新收 29 = (七) 29; 予以公开 2, 部分公开 14, 不予公开 7, 无法提供 6; 直接起诉 1 pending.
import { describe, expect, it } from 'vitest';
import { consistentReport, withSection } from '../check/fixture.ts';
import type { AnnualReport } from '../model.ts';
import { findNarrativeFigures } from './index.ts';

function figuresIn(text: string, report: AnnualReport = consistentReport()) {
  const blank = { ...report, sections: report.sections.map((s) => ({ ...s, text: '' })) };
  return findNarrativeFigures(withSection(blank, 'overview', text)).map((f) => [
    f.aggregate,
    f.value,
    f.matched,
  ]);
}

/** The seed with review results: 复议 3 (维持 2, 纠正 1); 诉讼 直接起诉 1 pending, 复议后起诉 1 upheld. */
const withCases: AnnualReport = {
  ...consistentReport(),
  tables: {
    ...consistentReport().tables,
    reviewLitigation: {
      review: [2, 1, 0, 0, 3],
      litigationDirect: [0, 0, 0, 1, 1],
      litigationAfterReview: [1, 0, 0, 0, 1],
    },
  },
};

describe('figures found and agreeing with the tables', () => {
  it.each<[string, string, (string | number | boolean)[][], AnnualReport?]>([
    [
      'two groups stated together, with a share of the (七) total (16/29 = 55.17%)',
      '予以公开及部分公开16件，占55.2%。',
      [
        ['granted+partiallyGranted', 16, true],
        ['granted+partiallyGranted', 55.2, true],
      ],
    ],
    [
      'groups listed with 、 before one figure, and 和',
      '予以公开、部分公开16件；不予公开和无法提供13件。',
      [
        ['granted+partiallyGranted', 16, true],
        ['withheld+unavailable', 13, true],
      ],
    ],
    [
      'bracketed shares after each count (上海市政府办公厅 2025 style), spaces around numbers',
      '其中，予以公开及部分公开 16 件（55.17%），不予公开 7 件（24.14%），因本机关不掌握等原因无法提供 6 件（20.69%）。',
      [
        ['granted+partiallyGranted', 16, true],
        ['granted+partiallyGranted', 55.17, true],
        ['withheld', 7, true],
        ['withheld', 24.14, true],
        ['unavailable', 6, true],
        ['unavailable', 20.69, true],
      ],
    ],
    [
      'a group subtotal with its grounds given as examples (…等): the whole group',
      '属国家秘密、第三方合法权益等不予公开7件。',
      [['withheld', 7, true]],
    ],
    [
      'result columns of table 四 after the kind of case',
      '因政府信息公开被申请行政复议3件，其中结果维持2件，结果纠正1件；被提起行政诉讼2件，其中尚未审结1件，维持1件。',
      [
        ['review', 3, true],
        ['review.upheld', 2, true],
        ['review.corrected', 1, true],
        ['litigation', 2, true],
        ['litigation.pending', 1, true],
        ['litigation.upheld', 1, true],
      ],
      withCases,
    ],
    [
      'no correction in review or litigation (上海市政府办公厅 2025)',
      '全年未发生因依申请公开被行政诉讼败诉情形。',
      [['litigation.corrected', 0, true]],
      withCases,
    ],
  ])('%s', (_reason, text, expected, report) => {
    expect(figuresIn(text, report)).toEqual(expected);
  });
});

describe('wrong figures reported', () => {
  it.each<[string, string, (string | number | boolean)[][], AnnualReport?]>([
    [
      'a combined count that is one group only',
      '予以公开及部分公开14件。',
      [['granted+partiallyGranted', 14, false]],
    ],
    [
      'a bracketed share off by more than rounding (16/29 = 55.17%)',
      '予以公开及部分公开16件（56.17%）。',
      [
        ['granted+partiallyGranted', 16, true],
        ['granted+partiallyGranted', 56.17, false],
      ],
    ],
    ['a group subtotal that is not the sum of its grounds', '不予公开8件。', [['withheld', 8, false]]],
    [
      'no correction claimed while table 四 has one',
      '未发生行政复议被纠错的情况。',
      [['review.corrected', 0, false]],
      withCases,
    ],
    [
      'a wrong result count',
      '被申请行政复议3件，其中结果维持3件。',
      [
        ['review', 3, true],
        ['review.upheld', 3, false],
      ],
      withCases,
    ],
  ])('%s', (_reason, text, expected, report) => {
    expect(figuresIn(text, report)).toEqual(expected);
  });
});

describe('not taken for a figure (precision first)', () => {
  it.each<[string, string, (string | number | boolean)[][]]>([
    ['two groups with 分别', '予以公开、部分公开分别为2件、14件。', []],
    ['a share of something else in brackets', '予以公开2件（20%来自企业）。', [['granted', 2, true]]],
    ['a part after 含', '其他处理0件（含申请人主动撤回3件）。', [['otherDisposal', 0, true]]],
    ['a narrowing without 等', '属国家秘密不予公开7件。', []],
    ['reviews the agency decided for others', '全年办理行政复议案件120件，其中维持80件。', []],
    ['a count after 未经复议 is no "no correction" claim', '未经复议直接起诉败诉1件。', []],
    [
      '"no review" not read from "no review corrected"',
      '未发生行政复议纠错情形。',
      [['review.corrected', 0, false]],
    ],
  ])('%s', (_reason, text, expected) => {
    expect(figuresIn(text, withCases)).toEqual(expected);
  });
});

describe('a table the reader refused', () => {
  it('leaves figures of that table unchecked with the reason, and still compares the others', () => {
    const refused: AnnualReport = {
      ...withCases,
      tables: { ...withCases.tables, applications: null },
    };
    const blank = { ...refused, sections: refused.sections.map((s) => ({ ...s, text: '' })) };
    const figures = findNarrativeFigures(
      withSection(blank, 'overview', '共收到申请29件，予以公开及部分公开16件。被申请行政复议4件。'),
    );
    expect(figures.map((f) => [f.aggregate, f.tableValue, f.matched, f.uncheckedReason])).toEqual([
      ['received', null, false, '表“三、收到和处理政府信息公开申请情况”缺失或未能读取'],
      ['granted+partiallyGranted', null, false, '表“三、收到和处理政府信息公开申请情况”缺失或未能读取'],
      ['review', 3, false, null],
    ]);
  });
});
