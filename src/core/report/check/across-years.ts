// Rules that need the same agency's report for the year before: T3-6 (table 三) and T2-1 (table 二).
import type { Finding } from '../../findings.ts';
import {
  APPLICANT_COLUMNS,
  APPLICANT_LABELS,
  APPLICATIONS_TABLE_TITLE,
  PROACTIVE_SUBTABLES,
  PROACTIVE_TABLE_TITLE,
  applicationRow,
} from '../../taxonomy/index.ts';
import type { AnnualReport } from '../model.ts';
import { applicationsOf, cellAt, isBlank } from './cells.ts';
import { finding, formatNumber, notChecked } from './finding.ts';
import type { Severities } from './severities.ts';

export interface YearPair {
  report: AnnualReport;
  previous: AnnualReport;
}

const agencyKey = (report: AnnualReport) => (report.agency ?? '').replace(/\s+/g, '');

/** Pairs year N with year N−1 of the same agency (by name, spaces ignored). Reports lacking agency or year pair with none. */
export function pairConsecutiveYears(reports: readonly AnnualReport[]): YearPair[] {
  const byAgencyYear = new Map<string, AnnualReport[]>();
  const keyOf = (agency: string, year: number) => `${agency}\u0000${year}`;
  for (const report of reports) {
    if (report.year === null || agencyKey(report) === '') continue;
    const key = keyOf(agencyKey(report), report.year);
    byAgencyYear.set(key, [...(byAgencyYear.get(key) ?? []), report]);
  }
  return reports.flatMap((report) =>
    report.year === null || agencyKey(report) === ''
      ? []
      : (byAgencyYear.get(keyOf(agencyKey(report), report.year - 1)) ?? []).map((previous) => ({
          report,
          previous,
        })),
  );
}

const CARRIED_IN = applicationRow('carriedIn').label;
const CARRIED_OUT = applicationRow('carriedOut').label;

/** T3-6 [D/I]: 上年结转 of year N equals 结转下年度继续办理 of year N−1, column by column (not written in the format). */
export function checkCarryOver({ report, previous }: YearPair, severities: Severities): Finding[] {
  const table = { table: APPLICATIONS_TABLE_TITLE };
  const now = applicationsOf(report);
  const before = applicationsOf(previous);
  const years = `${report.agency} ${report.year}年与${previous.year}年`;
  if (now === null || before === null) return [notChecked('T3-6', table, `${years}的报告中有一份没有表三`)];
  const carriedIn = APPLICANT_COLUMNS.map((_, i) => cellAt(now.carriedIn, i));
  const carriedOut = APPLICANT_COLUMNS.map((_, i) => cellAt(before.carriedOut, i));
  if (isBlank(carriedIn) || isBlank(carriedOut)) {
    return [notChecked('T3-6', table, `${years}的报告中“${CARRIED_IN}”或“${CARRIED_OUT}”行含空白单元格`)];
  }
  return APPLICANT_COLUMNS.flatMap((column, i) => {
    const [cellIn, cellOut] = [carriedIn[i]!, carriedOut[i]!];
    if (cellIn === cellOut) return [];
    const label = APPLICANT_LABELS[column];
    return [
      finding(
        'T3-6',
        severities['T3-6'],
        { ...table, row: CARRIED_IN, column: label },
        cellOut,
        cellIn,
        `${report.agency}${report.year}年报告“${CARRIED_IN}”的“${label}”列为 ${formatNumber(cellIn)}，` +
          `而${previous.year}年报告“${CARRIED_OUT}”为 ${formatNumber(cellOut)}`,
      ),
    ];
  });
}

const ARTICLE_20_1 = PROACTIVE_SUBTABLES[0]!;
const IN_FORCE_LABEL = ARTICLE_20_1.columns[2]!.label;

/**
 * T2-1 [D/I]: 现行有效件数(N) = 现行有效件数(N−1) + 本年制发件数(N) − 本年废止件数(N), for 规章 and 行政规范性文件.
 * Amendments can break strict equality, hence a warning that says so.
 */
export function checkDocumentsInForce({ report, previous }: YearPair, severities: Severities): Finding[] {
  const table = { table: PROACTIVE_TABLE_TITLE };
  const years = `${report.agency} ${report.year}年与${previous.year}年`;
  if (report.format === '2019' || previous.format === '2019') {
    return [notChecked('T2-1', table, `${years}的报告中有一份采用2019年试行格式，其表二各列含义不同`)];
  }
  const now = report.tables.proactive;
  const before = previous.tables.proactive;
  if (now === null || before === null) return [notChecked('T2-1', table, `${years}的报告中有一份没有表二`)];
  return ARTICLE_20_1.rows.flatMap(({ key, label }) => {
    const issued = cellAt(now[key], 0);
    const repealed = cellAt(now[key], 1);
    const inForce = cellAt(now[key], 2);
    const inForceBefore = cellAt(before[key], 2);
    if (issued === null || repealed === null || inForce === null || inForceBefore === null) {
      return [notChecked('T2-1', { ...table, row: label }, `${years}的报告中“${label}”行含空白单元格`)];
    }
    const expected = inForceBefore + issued - repealed;
    if (expected === inForce) return [];
    return [
      finding(
        'T2-1',
        severities['T2-1'],
        { ...table, row: label, column: IN_FORCE_LABEL },
        expected,
        inForce,
        `${report.agency}${report.year}年“${label}”${IN_FORCE_LABEL}为 ${formatNumber(inForce)}，而上年 ` +
          `${formatNumber(inForceBefore)} 加本年制发 ${formatNumber(issued)} 减本年废止 ${formatNumber(repealed)} ` +
          `应为 ${formatNumber(expected)}（修改后重新公布的文件可能造成差异，请核实）`,
      ),
    ];
  });
}
