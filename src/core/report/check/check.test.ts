// Each rule of docs/statute.md §2.5 broken once on a consistent report (the seed's figures): exactly the expected findings,
// and nothing else but notChecked.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../findings.ts';
import { SECTION_HEADINGS } from '../../taxonomy/index.ts';
import type { AnnualReport } from '../model.ts';
import { consistentReport, withApplicationCells, withSection } from './fixture.ts';
import { checkReport, type CheckOptions } from './index.ts';

const T3 = '三、收到和处理政府信息公开申请情况';
const T2 = '二、主动公开政府信息情况';
const T4 = '四、政府信息公开行政复议、行政诉讼情况';

type Expected = Pick<Finding, 'rule' | 'severity' | 'location' | 'expected' | 'actual'>;

const judged = (findings: Finding[]) => findings.filter((f) => f.severity !== 'notChecked');

function withTables(report: AnnualReport, tables: Partial<AnnualReport['tables']>): AnnualReport {
  return { ...report, tables: { ...report.tables, ...tables } };
}
const base = consistentReport();

const cases: [string, AnnualReport, CheckOptions, Expected[]][] = [
  ['consistent: the seed figures', base, {}, []],
  [
    'T3-1: a carried-in request that never appears in the results',
    withApplicationCells(base, ['carriedIn', 'naturalPerson', 1], ['carriedIn', 'total', 1]),
    {},
    [
      {
        rule: 'T3-1',
        severity: 'error',
        location: { table: T3, column: '自然人' },
        expected: 28,
        actual: 27,
      },
      { rule: 'T3-1', severity: 'error', location: { table: T3, column: '总计' }, expected: 30, actual: 29 },
    ],
  ],
  [
    'T3-2: one 自然人 request moved between rows, the 总计 column left as it was',
    withApplicationCells(base, ['granted', 'naturalPerson', 3], ['partiallyGranted', 'naturalPerson', 13]),
    {},
    [
      {
        rule: 'T3-2',
        severity: 'error',
        location: { table: T3, row: '(一)予以公开', column: '总计' },
        expected: 3,
        actual: 2,
      },
      {
        rule: 'T3-2',
        severity: 'error',
        location: { table: T3, row: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', column: '总计' },
        expected: 13,
        actual: 14,
      },
    ],
  ],
  [
    'T3-3 and T3-4: a severed request counted under (一) as well as (二)',
    withApplicationCells(base, ['granted', 'naturalPerson', 3], ['granted', 'total', 3]),
    {},
    [
      {
        rule: 'T3-3',
        severity: 'error',
        location: { table: T3, row: '(七)总计', column: '自然人' },
        expected: 28,
        actual: 27,
      },
      {
        rule: 'T3-3',
        severity: 'error',
        location: { table: T3, row: '(七)总计', column: '总计' },
        expected: 30,
        actual: 29,
      },
      { rule: 'T3-4', severity: 'info', location: { table: T3, column: '自然人' }, expected: 27, actual: 28 },
      { rule: 'T3-4', severity: 'info', location: { table: T3, column: '总计' }, expected: 29, actual: 30 },
    ],
  ],
  [
    'T3-5: a blank cell instead of 0',
    withApplicationCells(base, ['notProcessed.petition', 'legalServiceOrganization', null]),
    {},
    [
      {
        rule: 'T3-5',
        severity: 'warning',
        location: { table: T3, row: '(五)不予处理 1.信访举报投诉类申请', column: '法律服务机构' },
        expected: '填写数字（没有数据填 0）',
        actual: '空白',
      },
    ],
  ],
  [
    'T3-5: a negative count that still adds up',
    withApplicationCells(
      base,
      ['granted', 'naturalPerson', 3],
      ['granted', 'total', 3],
      ['withheld.lawProhibited', 'naturalPerson', -1],
      ['withheld.lawProhibited', 'total', -1],
    ),
    {},
    [
      {
        rule: 'T3-5',
        severity: 'error',
        location: { table: T3, row: '(三)不予公开 2.其他法律行政法规禁止公开', column: '自然人、总计' },
        expected: '非负整数',
        actual: '自然人 -1、总计 -1',
      },
    ],
  ],
  [
    'T4-1: 行政复议 total not the sum of its results',
    withTables(base, { reviewLitigation: { ...base.tables.reviewLitigation!, review: [1, 0, 0, 0, 0] } }),
    {},
    [
      {
        rule: 'T4-1',
        severity: 'error',
        location: { table: T4, row: '行政复议', column: '总计' },
        expected: 1,
        actual: 0,
      },
    ],
  ],
  [
    'T4-2: 未经复议直接起诉 total off by one',
    withTables(base, {
      reviewLitigation: { ...base.tables.reviewLitigation!, litigationDirect: [0, 0, 0, 1, 2] },
    }),
    {},
    [
      {
        rule: 'T4-2',
        severity: 'error',
        location: { table: T4, row: '行政诉讼 未经复议直接起诉', column: '总计' },
        expected: 1,
        actual: 2,
      },
    ],
  ],
  [
    'T4-3: 复议后起诉 with a result but no total',
    withTables(base, {
      reviewLitigation: { ...base.tables.reviewLitigation!, litigationAfterReview: [0, 2, 0, 0, 0] },
    }),
    {},
    [
      {
        rule: 'T4-3',
        severity: 'error',
        location: { table: T4, row: '行政诉讼 复议后起诉', column: '总计' },
        expected: 2,
        actual: 0,
      },
    ],
  ],
  [
    'T2-2: a municipal department reporting 规章',
    withTables(base, { proactive: { ...base.tables.proactive!, regulation: [1, 0, 1] } }),
    {},
    [
      {
        rule: 'T2-2',
        severity: 'warning',
        location: { table: T2, row: '规章', column: '本年制发件数、现行有效件数' },
        expected: 0,
        actual: '本年制发件数 1、现行有效件数 1',
      },
    ],
  ],
  [
    'T2-2: the caller says the agency may make 规章',
    withTables(base, { proactive: { ...base.tables.proactive!, regulation: [1, 0, 1] } }),
    { canMakeRegulations: true },
    [],
  ],
  [
    'T2-2: a provincial government may make 规章',
    {
      ...withTables(base, { proactive: { ...base.tables.proactive!, regulation: [3, 1, 40] } }),
      agency: '山东省人民政府',
      publishedOn: '2024-03-20',
    },
    {},
    [],
  ],
  [
    'T2-3: a negative fee amount',
    withTables(base, { proactive: { ...base.tables.proactive!, administrativeFees: [-0.5] } }),
    {},
    [
      {
        rule: 'T2-3',
        severity: 'error',
        location: { table: T2, row: '行政事业性收费', column: '本年收费金额(单位:万元)' },
        expected: '≥0',
        actual: -0.5,
      },
    ],
  ],
  [
    'N-2: section 六 missing',
    { ...base, sections: base.sections.filter((s) => s.key !== 'other') },
    {},
    [
      {
        rule: 'N-2',
        severity: 'error',
        location: { section: SECTION_HEADINGS.other },
        expected: SECTION_HEADINGS.other,
        actual: null,
      },
    ],
  ],
  [
    "N-2: the seed's heading for 五",
    withSection(base, 'problems', '存在的主要问题：……', '五、存在的主要问题和改进计划'),
    {},
    [
      {
        rule: 'N-2',
        severity: 'warning',
        location: { section: '五、存在的主要问题和改进计划' },
        expected: SECTION_HEADINGS.problems,
        actual: '五、存在的主要问题和改进计划',
      },
    ],
  ],
  [
    'N-2: spaces, full-width forms and a trailing colon are no difference',
    withSection(
      withSection(base, 'overview', base.sections[0]!.text, ' 一、总体 情况： '),
      'problems',
      '',
      '五、存在的主要问题及改进情况。',
    ),
    {},
    [],
  ],
  [
    'N-2: 六 before 五',
    { ...base, sections: [...base.sections.slice(0, 4), base.sections[5]!, base.sections[4]!] },
    {},
    [
      {
        rule: 'N-2',
        severity: 'warning',
        location: {},
        expected: Object.values(SECTION_HEADINGS).join(' → '),
        actual: [0, 1, 2, 3, 5, 4].map((i) => base.sections[i]!.heading).join(' → '),
      },
    ],
  ],
  [
    "N-1: the 自然人 cell quoted as the year's requests",
    withSection(base, 'overview', '2023年本机关共收到依申请公开事项27项。'),
    {},
    [
      {
        rule: 'N-1',
        severity: 'warning',
        location: {
          section: '一、总体情况',
          table: T3,
          row: '一、本年新收政府信息公开申请数量',
          column: '总计',
        },
        expected: 29,
        actual: 27,
      },
    ],
  ],
  [
    'P-1: a department publishing after 31 January',
    { ...base, publishedOn: '2024-02-01' },
    {},
    [{ rule: 'P-1', severity: 'error', location: {}, expected: '2024-01-31', actual: '2024-02-01' }],
  ],
  ['P-1: 31 January itself is in time', { ...base, publishedOn: '2024-01-31' }, {}, []],
  [
    'P-1: a government has until 31 March',
    { ...base, agency: '临沂市人民政府', publishedOn: '2024-03-31' },
    {},
    [],
  ],
  [
    'P-1: a government publishing in April',
    { ...base, agency: '临沂市人民政府', publishedOn: '2024-04-01' },
    {},
    [{ rule: 'P-1', severity: 'error', location: {}, expected: '2024-03-31', actual: '2024-04-01' }],
  ],
  [
    'P-1: the level given by the caller wins over the name',
    { ...base, publishedOn: '2024-03-01' },
    { level: 'government' },
    [],
  ],
  [
    'P-1: a 2018 report fell under the 2008 《条例》 (3月31日)',
    { ...base, year: 2018, publishedOn: '2019-03-15' },
    {},
    [],
  ],
  [
    'severities are configurable: T3-1 as a warning',
    withApplicationCells(base, ['carriedIn', 'naturalPerson', 1], ['carriedIn', 'total', 1]),
    { severities: { 'T3-1': 'warning' } },
    [
      {
        rule: 'T3-1',
        severity: 'warning',
        location: { table: T3, column: '自然人' },
        expected: 28,
        actual: 27,
      },
      {
        rule: 'T3-1',
        severity: 'warning',
        location: { table: T3, column: '总计' },
        expected: 30,
        actual: 29,
      },
    ],
  ],
];

describe('checkReport: each rule broken once', () => {
  it.each(cases)('%s', (_reason, report, options, expected) => {
    const findings = judged(checkReport(report, options));
    expect(findings.map(({ message: _m, ...rest }) => rest)).toEqual(expected);
    for (const f of findings) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('messages name the numbers', () => {
  it.each([
    [
      'T3-1',
      withApplicationCells(base, ['carriedIn', 'naturalPerson', 1], ['carriedIn', 'total', 1]),
      ['27+1=28', '27+0=27'],
    ],
    [
      'T3-2',
      withApplicationCells(base, ['granted', 'naturalPerson', 3], ['partiallyGranted', 'naturalPerson', 13]),
      ['总计为 2', '3+0+0+0+0+0=3'],
    ],
    [
      'N-1',
      withSection(base, 'overview', '共收到依申请公开申请27件。'),
      ['27', '29', '“自然人”列的本年新收申请数'],
    ],
    [
      'N-2',
      withSection(base, 'problems', '', '五、存在的主要问题和改进计划'),
      ['五、存在的主要问题和改进计划', '五、存在的主要问题及改进情况'],
    ],
  ] as const)('%s', (rule, report, fragments) => {
    const [found] = judged(checkReport(report)).filter((f) => f.rule === rule);
    for (const fragment of fragments) expect(found!.message).toContain(fragment);
  });
});

describe('rules that cannot run say so once', () => {
  const count = (findings: Finding[], rule: string) =>
    findings.filter((f) => f.rule === rule && f.severity === 'notChecked').length;

  it('a missing table 三: one notChecked per rule, no error', () => {
    const findings = checkReport(withTables(base, { applications: null }));
    expect(judged(findings)).toEqual([]);
    for (const rule of ['T3-1', 'T3-2', 'T3-3', 'T3-4', 'T3-5', 'N-1']) expect(count(findings, rule)).toBe(1);
  });

  it('missing tables 二 and 四', () => {
    const findings = checkReport(withTables(base, { proactive: null, reviewLitigation: null }));
    expect(judged(findings)).toEqual([]);
    for (const rule of ['T2-2', 'T2-3', 'T4-1', 'T4-2', 'T4-3']) expect(count(findings, rule)).toBe(1);
  });

  it('a blank 总计 column: one notChecked for T3-2, one T3-5 warning per row', () => {
    const blankTotals = withApplicationCells(
      base,
      ...(Object.keys(base.tables.applications!) as (keyof typeof base.tables.applications)[]).map(
        (row) => [row, 'total', null] as [typeof row, 'total', null],
      ),
    );
    const findings = checkReport(blankTotals);
    expect(count(findings, 'T3-2')).toBe(1);
    expect(count(findings, 'T3-3')).toBe(1);
    expect(findings.find((f) => f.rule === 'T3-2')!.message).toContain('(七)总计');
    expect(judged(findings).every((f) => f.rule === 'T3-5' && f.severity === 'warning')).toBe(true);
    expect(judged(findings)).toHaveLength(25);
    // The narrative's 29 has nothing to be compared with.
    expect(count(findings, 'N-1')).toBe(1);
  });

  it('P-1 without a publication date or an agency', () => {
    expect(checkReport({ ...base, publishedOn: null }).filter((f) => f.rule === 'P-1')).toMatchObject([
      { severity: 'notChecked', message: expect.stringContaining('发布日期') },
    ]);
    expect(checkReport({ ...base, agency: null }).filter((f) => f.rule === 'P-1')).toMatchObject([
      { severity: 'notChecked' },
    ]);
  });

  it('T2-2 when the name does not tell whether the agency may make 规章', () => {
    const report = {
      ...withTables(base, { proactive: { ...base.tables.proactive!, regulation: [1, 0, 1] } }),
      agency: '国家税务总局',
    };
    expect(checkReport(report).filter((f) => f.rule === 'T2-2')).toMatchObject([{ severity: 'notChecked' }]);
  });

  it('no figures in the prose: N-1 says it compared nothing', () => {
    const silent = { ...base, sections: base.sections.map((s) => ({ ...s, text: '' })) };
    expect(checkReport(silent).filter((f) => f.rule === 'N-1')).toMatchObject([{ severity: 'notChecked' }]);
  });
});

describe('2019 trial format', () => {
  it('the (六) sub-rows the format lacks are not blanks', () => {
    const report = withApplicationCells(
      { ...base, format: '2019' },
      ['otherDisposal.correctionLapsed', 'naturalPerson', null],
      ['otherDisposal.correctionLapsed', 'total', null],
      ['otherDisposal.feeLapsed', 'naturalPerson', null],
    );
    expect(checkReport(report).filter((f) => f.rule.startsWith('T3'))).toEqual([]);
  });
});
