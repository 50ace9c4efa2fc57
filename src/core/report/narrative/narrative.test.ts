// findNarrativeFigures against the seed's tables (docs/statute.md §2.7): 新收 29, 予以公开 2, 部分公开 14, 不予公开 7,
// 无法提供 6, (七) 29, nothing carried; one 未经复议直接起诉 case pending.
import { describe, expect, it } from 'vitest';
import { consistentReport, withApplicationCells, withSection } from '../check/fixture.ts';
import type { AnnualReport } from '../model.ts';
import { findNarrativeFigures, type NarrativeFigure } from './index.ts';

function figuresIn(text: string, report: AnnualReport = consistentReport()) {
  return findNarrativeFigures(
    withSection({ ...report, sections: report.sections.map((s) => ({ ...s, text: '' })) }, 'overview', text),
  );
}

type Expected = Pick<NarrativeFigure, 'aggregate' | 'value' | 'unit' | 'matched'> & Partial<NarrativeFigure>;

describe('figures the prose states, matched with the table', () => {
  const rows: [string, string, Expected[]][] = [
    [
      'Arabic, 件',
      '本年度共收到政府信息公开申请29件。',
      [{ aggregate: 'received', value: 29, unit: '件', matched: true }],
    ],
    [
      'the seed, 项',
      '2023年本机关共收到依申请公开事项29项,已全部办理完毕,均按要求予以书面答复。',
      [
        {
          aggregate: 'received',
          value: 29,
          unit: '项',
          matched: true,
          quote: '2023年本机关共收到依申请公开事项29项',
        },
        { aggregate: 'carriedOut', value: 0, unit: '件', matched: true, quote: '已全部办理完毕' },
      ],
    ],
    [
      'Chinese numerals',
      '全年新收政府信息公开申请二十九件。',
      [{ aggregate: 'received', value: 29, unit: '件', matched: true }],
    ],
    [
      '受理, 个',
      '共受理依申请公开二十九个。',
      [{ aggregate: 'received', value: 29, unit: '个', matched: true }],
    ],
    [
      'every outcome group',
      '其中予以公开2件，部分公开14件，不予公开7件，无法提供6件，不予处理0件，其他处理0件。',
      [
        { aggregate: 'granted', value: 2, unit: '件', matched: true },
        { aggregate: 'partiallyGranted', value: 14, unit: '件', matched: true },
        { aggregate: 'withheld', value: 7, unit: '件', matched: true },
        { aggregate: 'unavailable', value: 6, unit: '件', matched: true },
        { aggregate: 'notProcessed', value: 0, unit: '件', matched: true },
        { aggregate: 'otherDisposal', value: 0, unit: '件', matched: true },
      ],
    ],
    [
      '两, and 不予以公开 is not 予以公开',
      '予以公开两件、不予以公开七项。',
      [
        { aggregate: 'granted', value: 2, unit: '件', matched: true },
        { aggregate: 'withheld', value: 7, unit: '项', matched: true },
      ],
    ],
    [
      'number before the outcome',
      '14件部分公开，29件申请均已办结。',
      [
        { aggregate: 'partiallyGranted', value: 14, unit: '件', matched: true },
        { aggregate: 'completed', value: 29, unit: '件', matched: true },
        { aggregate: 'carriedOut', value: 0, unit: '件', matched: true },
      ],
    ],
    [
      'carried over and forward',
      '上年结转0件，办结29件，结转下年度继续办理0件。',
      [
        { aggregate: 'carriedIn', value: 0, unit: '件', matched: true },
        { aggregate: 'completed', value: 29, unit: '件', matched: true },
        { aggregate: 'carriedOut', value: 0, unit: '件', matched: true },
      ],
    ],
    [
      'a rate computed from the totals (2/29)',
      '予以公开率为6.90%。',
      [{ aggregate: 'granted', value: 6.9, unit: '%', matched: true }],
    ],
    [
      'a share of the figure before it (14/29, truncated)',
      '部分公开14件，占申请总数的48.27%。',
      [
        { aggregate: 'partiallyGranted', value: 14, unit: '件', matched: true },
        { aggregate: 'partiallyGranted', value: 48.27, unit: '%', matched: true },
      ],
    ],
    [
      'a share of a part (online requests) is not a share of the total before it',
      '共收到申请29件，其中通过网络申请20件，占68.97%。',
      [{ aggregate: 'received', value: 29, unit: '件', matched: true }],
    ],
    [
      'an outcome written as a reply',
      '予以公开答复2件，不予公开答复7件。',
      [
        { aggregate: 'granted', value: 2, unit: '件', matched: true },
        { aggregate: 'withheld', value: 7, unit: '件', matched: true },
      ],
    ],
    [
      'carries named by year (兴仁市 2022)',
      '2023年，共收到29件依申请公开请求，2022年结转政府信息公开申请0件，共办结29件，结转2024年度继续办理0件。',
      [
        { aggregate: 'received', value: 29, unit: '件', matched: true },
        { aggregate: 'carriedIn', value: 0, unit: '件', matched: true },
        { aggregate: 'completed', value: 29, unit: '件', matched: true },
        { aggregate: 'carriedOut', value: 0, unit: '件', matched: true },
      ],
    ],
    [
      'a year followed by a carry forward',
      '2023年转入下一年度办理0件，2023年结转至2024年度办理0件。',
      [
        { aggregate: 'carriedOut', value: 0, unit: '件', matched: true },
        { aggregate: 'carriedOut', value: 0, unit: '件', matched: true },
      ],
    ],
    [
      'a wrong rate',
      '予以公开率30.61%。',
      [{ aggregate: 'granted', value: 30.61, unit: '%', matched: false, tableValue: 6.9 }],
    ],
    [
      '百分之 written out',
      '予以公开率为百分之七。',
      [{ aggregate: 'granted', value: 7, unit: '%', matched: true }],
    ],
    [
      'litigation, 起',
      '本年度被提起行政诉讼1起，发生行政复议0件。',
      [
        { aggregate: 'litigation', value: 1, unit: '起', matched: true },
        { aggregate: 'review', value: 0, unit: '件', matched: true },
      ],
    ],
    [
      '"no review or litigation" while the table has a case',
      '未发生政府信息公开行政复议、行政诉讼案件。',
      [
        { aggregate: 'review', value: 0, unit: '件', matched: true },
        { aggregate: 'litigation', value: 0, unit: '件', matched: false, tableValue: 1 },
      ],
    ],
    [
      'fees: processing fee has no cell, administrative fees do',
      '收取信息处理费0元，行政事业性收费0万元。',
      [
        { aggregate: 'processingFee', value: 0, unit: '元', matched: false, tableValue: null },
        { aggregate: 'administrativeFees', value: 0, unit: '万元', matched: true, tableValue: 0 },
      ],
    ],
  ];
  it.each(rows)('%s', (_reason, text, expected) => {
    const figures = figuresIn(text);
    expect(figures).toHaveLength(expected.length);
    expected.forEach((want, i) => expect(figures[i]).toMatchObject(want));
  });
});

describe('a city-wide report (淮安市人民政府 2024, reports/huaian_2024.pdf)', () => {
  // Its totals: 3119 received + 34 carried in = 3050 replied + 103 carried forward; 复议 351, 诉讼 46.
  const huaian = withApplicationCells(
    consistentReport(),
    ...(['received', 'carriedIn', 'total', 'carriedOut'] as const).flatMap((row) => {
      const value = { received: 3119, carriedIn: 34, total: 3050, carriedOut: 103 }[row];
      return [[row, 'naturalPerson', value] as const, [row, 'total', value] as const];
    }),
  );
  const report: AnnualReport = {
    ...huaian,
    tables: {
      ...huaian.tables,
      reviewLitigation: {
        review: [72, 64, 178, 37, 351],
        litigationDirect: [25, 5, 9, 7, 46],
        litigationAfterReview: [0, 0, 0, 0, 0],
      },
    },
  };
  it('reads its paragraph on requests, review and litigation', () => {
    const text =
      '2024年，全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复），' +
      '均在法定期限内予以答复。政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；' +
      '政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。' +
      '全年收取政府信息公开信息处理费3940元。截至目前，全市在运维政务新媒体共计95个，合格率均为100%。';
    expect(figuresIn(text, report).map((f) => [f.aggregate, f.value, f.matched])).toEqual([
      ['received', 3119, true],
      ['completed', 3050, true],
      ['carriedIn', 34, true],
      ['carriedOut', 103, true],
      ['review', 351, true],
      ['review.upheld', 72, true],
      ['review.corrected', 64, true],
      ['review.otherResult', 178, true],
      ['review.pending', 37, true],
      ['litigation', 46, true],
      ['litigation.upheld', 25, true],
      ['litigation.corrected', 5, true],
      ['litigation.otherResult', 9, true],
      ['litigation.pending', 7, true],
      ['processingFee', 3940, false],
    ]);
  });
});

describe('a typical paragraph of 一、总体情况', () => {
  it('states every aggregate once, and nothing else', () => {
    const text =
      '全年共收到政府信息公开申请29件，较上年增加3件，增长11.5%。其中，自然人申请27件，法人或其他组织申请2件。' +
      '本年度办结29件，其中予以公开2件，部分公开14件，不予公开7件，无法提供6件，不予处理0件，其他处理0件，' +
      '结转下年度办理0件，按时答复率100%，政府信息公开申请办结率100%。' +
      '因政府信息公开被申请行政复议0件、提起行政诉讼1件，行政诉讼结果尚未审结1件。共收取信息处理费0元。';
    expect(figuresIn(text).map((f) => [f.aggregate, f.value, f.unit, f.matched])).toEqual([
      ['received', 29, '件', true],
      ['completed', 29, '件', true],
      ['granted', 2, '件', true],
      ['partiallyGranted', 14, '件', true],
      ['withheld', 7, '件', true],
      ['unavailable', 6, '件', true],
      ['notProcessed', 0, '件', true],
      ['otherDisposal', 0, '件', true],
      ['carriedOut', 0, '件', true],
      ['completed', 100, '%', true],
      ['review', 0, '件', true],
      ['litigation', 1, '件', true],
      ['litigation.pending', 1, '件', true],
      ['processingFee', 0, '元', false],
    ]);
  });
});

describe('mistakes named by what the figure equals instead', () => {
  // 予以公开: 自然人 2, 商业企业 1, total 3 (the enterprise's second request moves from 国家秘密 to 予以公开).
  const grantedThree = withApplicationCells(
    consistentReport(),
    ['granted', 'commercialEnterprise', 1],
    ['granted', 'total', 3],
    ['withheld.stateSecret', 'commercialEnterprise', 1],
    ['withheld.stateSecret', 'total', 6],
  );
  // Two requests carried in from last year, both granted: (七) 31 while 29 were received.
  const carriedTwo = withApplicationCells(
    consistentReport(),
    ['carriedIn', 'naturalPerson', 2],
    ['carriedIn', 'total', 2],
    ['granted', 'naturalPerson', 4],
    ['granted', 'total', 4],
    ['total', 'naturalPerson', 29],
    ['total', 'total', 31],
  );
  // One more 无法提供 under (四)2: the group is 7, its first row 6.
  const unavailableSeven = withApplicationCells(
    consistentReport(),
    ['unavailable.needsCreation', 'naturalPerson', 1],
    ['unavailable.needsCreation', 'total', 1],
    ['received', 'naturalPerson', 28],
    ['received', 'total', 30],
    ['total', 'naturalPerson', 28],
    ['total', 'total', 30],
  );
  it.each<[string, AnnualReport, string, Partial<NarrativeFigure>]>([
    [
      'the 自然人 cell quoted as the total',
      grantedThree,
      '予以公开2件。',
      { aggregate: 'granted', tableValue: 3, matchesInstead: '“自然人”列的予以公开数' },
    ],
    [
      'completed = received, carried-in left out',
      carriedTwo,
      '全年办结申请29件。',
      { aggregate: 'completed', tableValue: 31, matchesInstead: '本年新收申请数（未计上年结转的申请）' },
    ],
    [
      'received counted with the carried-in',
      carriedTwo,
      '共收到申请31件。',
      { aggregate: 'received', tableValue: 29, matchesInstead: '新收与上年结转之和（叙述只应计本年新收）' },
    ],
    [
      'one row of (四) quoted as the group',
      unavailableSeven,
      '无法提供6件。',
      {
        aggregate: 'unavailable',
        tableValue: 7,
        matchesInstead: '“(四)无法提供1.本机关不掌握相关政府信息”一行的总计',
      },
    ],
    [
      'a plain mismatch names no cell',
      consistentReport(),
      '予以公开5件。',
      { aggregate: 'granted', tableValue: 2, matchesInstead: null },
    ],
    [
      'a table entered in 元: 3500 in the 万元 column',
      {
        ...consistentReport(),
        tables: {
          ...consistentReport().tables,
          proactive: { ...consistentReport().tables.proactive!, administrativeFees: [3500] },
        },
      },
      '行政事业性收费3500元。',
      {
        aggregate: 'administrativeFees',
        tableValue: 35_000_000,
        matchesInstead: '表二的数字按“元”而非“万元”填写时的金额',
      },
    ],
  ])('%s', (_reason, report, text, expected) => {
    const figures = figuresIn(text, report);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ matched: false, ...expected });
  });
});

describe('numbers that are not statements of an aggregate', () => {
  it.each([
    ['dates', '报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。'],
    ['a phone number and a postcode', '联系电话:0539-8729507;邮编:276001。'],
    ['an article', '依据《条例》第三十条、第三十六条规定办理。'],
    ['an ordinal', '收到的第3件申请涉及国家秘密。'],
    ['a time limit', '收到申请后3个工作日内完成登记。'],
    ['a change, not a level', '收到申请同比增加5件。'],
    ['an estimate over years', '近三年共收到申请100件。'],
    ['other units', '发布信息244条，开展培训2次，政策性文件信息4条。'],
    ['an applicant kind is a part', '其中自然人申请27件，予以公开的自然人申请2件。'],
    ['a channel is a part', '通过网上平台收到申请20件。'],
    ['分别 pairs words and numbers', '予以公开、部分公开分别为2件、14件。'],
    ['words with 一', '一是加强统一个人信息保护，进一步规范。'],
    ['letters are not requests', '收到人大建议3件，受理群众来信12件。'],
    ['an on-time rate', '按时办结率100%，同比增长30%。'],
    ["last year's carried-in completed", '上年结转的申请已全部办结。'],
    ['replies given late or in one form are parts', '延期答复申请5件，书面答复20件。'],
    [
      'other work counted in the same words',
      '受理行政许可申请2000件，办结12345热线工单5000件，办理人大代表建议15件。',
    ],
    [
      'channels and kinds of a year-on-year paragraph',
      '较上年增加23件，增长17.3%。其中，网上申请120件，信函申请30件，法人或其他组织申请6件。',
    ],
    ['two aggregates at once', '收到并办结申请29件。'],
    [
      'reviews the agency decided for others, published decisions',
      '全年共办理行政复议案件120件，公开行政复议决定书36件。',
    ],
    ['proactive disclosure is not a request outcome', '主动公开规范性文件12件，经审查不予公开的文件3件。'],
    [
      'fee notices and other units',
      '向申请人发出收费通知书3份，召开新闻发布会12场，主动公开政府信息2000余条。',
    ],
  ])('%s', (_reason, text) => {
    expect(figuresIn(text)).toEqual([]);
  });
});
