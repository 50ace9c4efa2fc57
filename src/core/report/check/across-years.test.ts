// T3-6 and T2-1: the same agency's reports for consecutive years, given together.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../findings.ts';
import type { AnnualReport } from '../model.ts';
import { consistentReport, withApplicationCells } from './fixture.ts';
import { checkAcrossYears, checkYearPairs } from './index.ts';

const T3 = '三、收到和处理政府信息公开申请情况';
const T2 = '二、主动公开政府信息情况';
const now = consistentReport();
const lastYear = (changes: Partial<AnnualReport> = {}): AnnualReport => ({
  ...consistentReport(),
  year: 2022,
  ...changes,
});
const withDocuments = (report: AnnualReport, normativeDocument: number[]): AnnualReport => ({
  ...report,
  tables: { ...report.tables, proactive: { ...report.tables.proactive!, normativeDocument } },
});
const judged = (findings: Finding[]) =>
  findings.filter((f) => f.severity !== 'notChecked').map(({ message: _m, ...rest }) => rest);

describe('checkAcrossYears', () => {
  it.each([
    ['consecutive years that agree', [now, lastYear()], []],
    [
      'T3-6: last year carried one request forward, this year carried none in',
      [now, withApplicationCells(lastYear(), ['carriedOut', 'naturalPerson', 1], ['carriedOut', 'total', 1])],
      [
        {
          rule: 'T3-6',
          severity: 'warning',
          location: { table: T3, row: '二、上年结转政府信息公开申请数量', column: '自然人' },
          expected: 1,
          actual: 0,
        },
        {
          rule: 'T3-6',
          severity: 'warning',
          location: { table: T3, row: '二、上年结转政府信息公开申请数量', column: '总计' },
          expected: 1,
          actual: 0,
        },
      ],
    ],
    [
      'T2-1: five documents in force last year, none issued or repealed, none in force now',
      [withDocuments(now, [0, 0, 0]), withDocuments(lastYear(), [2, 0, 5])],
      [
        {
          rule: 'T2-1',
          severity: 'warning',
          location: { table: T2, row: '行政规范性文件', column: '现行有效件数' },
          expected: 5,
          actual: 0,
        },
      ],
    ],
    [
      'T2-1: issued and repealed account for the change',
      [withDocuments(now, [3, 1, 7]), withDocuments(lastYear(), [2, 0, 5])],
      [],
    ],
    [
      'years two apart are not compared',
      [now, withApplicationCells(lastYear({ year: 2021 }), ['carriedOut', 'total', 9])],
      [],
    ],
    [
      'another agency is not compared',
      [now, withApplicationCells(lastYear({ agency: '临沂市教育局' }), ['carriedOut', 'total', 9])],
      [],
    ],
    [
      'the order the reports come in does not matter; spaces in the name are ignored',
      [withApplicationCells(lastYear({ agency: '临沂市 国防动员办公室' }), ['carriedOut', 'total', 1]), now],
      [
        {
          rule: 'T3-6',
          severity: 'warning',
          location: { table: T3, row: '二、上年结转政府信息公开申请数量', column: '总计' },
          expected: 1,
          actual: 0,
        },
      ],
    ],
  ] as const)('%s', (_reason, reports, expected) => {
    expect(judged(checkAcrossYears(reports))).toEqual(expected);
  });

  it('each finding belongs to year N', () => {
    const previous = withApplicationCells(lastYear(), ['carriedOut', 'total', 1]);
    const [pair, ...rest] = checkYearPairs([previous, now]);
    expect(rest).toEqual([]);
    expect(pair!.report).toBe(now);
    expect(pair!.previous).toBe(previous);
    expect(pair!.findings[0]!.message).toContain('2022年报告“四、结转下年度继续办理”为 1');
  });

  it('blank carry cells and the 2019 table 二: one notChecked each, no judgement', () => {
    const blank = withApplicationCells(now, ['carriedIn', 'total', null]);
    const findings = checkAcrossYears([blank, lastYear({ format: '2019' })]);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['T3-6', 'notChecked'],
      ['T2-1', 'notChecked'],
    ]);
  });
});
