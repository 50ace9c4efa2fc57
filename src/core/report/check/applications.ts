// Consistency rules of table 三 "收到和处理政府信息公开申请情况" (docs/statute.md §2.3, §2.5): T3-1 to T3-5.
import type { Finding } from '../../findings.ts';
import {
  APPLICANT_COLUMNS,
  APPLICANT_KINDS,
  APPLICANT_LABELS,
  APPLICATION_ROWS,
  APPLICATIONS_TABLE_TITLE,
  OUTCOME_KEYS,
  applicationRow,
} from '../../taxonomy/index.ts';
import type { ApplicationsTable, Cell } from '../model.ts';
import { APPLICATION_ROW_LABELS, applicationsOf, cellAt, sumCells } from './cells.ts';
import type { RuleContext } from './context.ts';
import { finding, formatNumber, formatSum, notChecked, notCheckedPlaces } from './finding.ts';

const TABLE = { table: APPLICATIONS_TABLE_TITLE };
const TOTAL = APPLICANT_COLUMNS.indexOf('total');
const RULES = ['T3-1', 'T3-2', 'T3-3', 'T3-4', 'T3-5'] as const;

const L = {
  received: applicationRow('received').label,
  carriedIn: applicationRow('carriedIn').label,
  total: applicationRow('total').label,
  carriedOut: applicationRow('carriedOut').label,
};

export function checkApplications(context: RuleContext): Finding[] {
  const table = applicationsOf(context.report);
  if (table === null) return RULES.map((rule) => notChecked(rule, TABLE, '报告中没有表三，无法核对'));
  return [
    ...checkBalance(table, context),
    ...checkRowTotals(table, context),
    ...checkResultTotals(table, context),
    ...checkDoubleCounting(table, context),
    ...checkCellValues(table, context),
  ];
}

function columnOf(table: ApplicationsTable, key: keyof ApplicationsTable, column: number): Cell {
  return cellAt(table[key], column);
}

/** A column that breaks a rule: what the rule expects, what the table says, and why in words. */
interface Broken {
  expected: number;
  actual: number;
  row?: string;
  message: string;
}

/**
 * A rule checked column by column: `judge` returns 'blank' when the column cannot be judged, null when it holds,
 * or what is wrong. Blank columns give one notChecked finding together.
 */
function perColumn(
  rule: 'T3-1' | 'T3-3' | 'T3-4',
  { severities }: RuleContext,
  blankWhy: string,
  judge: (columnLabel: string, index: number) => Broken | 'blank' | null,
): Finding[] {
  const findings: Finding[] = [];
  const skipped: string[] = [];
  APPLICANT_COLUMNS.forEach((column, i) => {
    const label = APPLICANT_LABELS[column];
    const verdict = judge(label, i);
    if (verdict === 'blank') skipped.push(`“${label}”列`);
    else if (verdict !== null) {
      const location = { ...TABLE, ...(verdict.row ? { row: verdict.row } : {}), column: label };
      findings.push(
        finding(rule, severities[rule], location, verdict.expected, verdict.actual, verdict.message),
      );
    }
  });
  return [...findings, ...notCheckedPlaces(rule, TABLE, skipped, blankWhy)];
}

/** T3-1 — the table's own header: "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)". */
function checkBalance(table: ApplicationsTable, context: RuleContext): Finding[] {
  return perColumn('T3-1', context, '含空白单元格，第一项加第二项与第三项加第四项无法比较', (label, i) => {
    const cells = [columnOf(table, 'received', i), columnOf(table, 'carriedIn', i)];
    const results = [columnOf(table, 'total', i), columnOf(table, 'carriedOut', i)];
    const requests = sumCells(cells);
    const settled = sumCells(results);
    if (requests === null || settled === null) return 'blank';
    if (requests === settled) return null;
    return {
      expected: requests,
      actual: settled,
      message:
        `表三“${label}”列不平衡：第一项（${L.received}）加第二项（${L.carriedIn}）为 ` +
        `${formatSum(cells as number[])}=${requests}，第三项${L.total}加第四项（${L.carriedOut}）为 ` +
        `${formatSum(results as number[])}=${settled}，两者应相等`,
    };
  });
}

/** T3-2 [D] from the 总计 column's label: 总计 = 自然人 + the five kinds of 法人或其他组织. */
function checkRowTotals(table: ApplicationsTable, { severities }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const skipped: string[] = [];
  for (const row of APPLICATION_ROWS) {
    const label = APPLICATION_ROW_LABELS[row.key];
    const parts = APPLICANT_KINDS.map((_, i) => cellAt(table[row.key], i));
    const total = cellAt(table[row.key], TOTAL);
    const sum = sumCells(parts);
    if (sum === null || total === null) {
      skipped.push(`“${label}”`);
      continue;
    }
    if (sum === total) continue;
    findings.push(
      finding(
        'T3-2',
        severities['T3-2'],
        { ...TABLE, row: label, column: APPLICANT_LABELS.total },
        sum,
        total,
        `表三“${label}”行：总计为 ${formatNumber(total)}，而自然人至其他六列之和为 ` +
          `${formatSum(parts as number[])}=${formatNumber(sum)}`,
      ),
    );
  }
  return [...findings, ...notCheckedPlaces('T3-2', TABLE, skipped, '行含空白单元格，总计无法与各列之和比较')];
}

function resultLeaves(table: ApplicationsTable, column: number): Cell[] {
  return OUTCOME_KEYS.map((key) => cellAt(table[key], column));
}

/** T3-3 [D] from "(七)总计": it sums the 21 result rows (三、本年度办理结果 (一) to (六)). */
function checkResultTotals(table: ApplicationsTable, context: RuleContext): Finding[] {
  return perColumn('T3-3', context, '的办理结果含空白单元格，(七)总计无法与各项之和比较', (label, i) => {
    const sum = sumCells(resultLeaves(table, i));
    const total = columnOf(table, 'total', i);
    if (sum === null || total === null) return 'blank';
    if (sum === total) return null;
    return {
      expected: sum,
      actual: total,
      row: L.total,
      message: `表三“${label}”列：${L.total}为 ${formatNumber(total)}，而(一)至(六)各项办理结果之和为 ${formatNumber(sum)}`,
    };
  });
}

/**
 * T3-4 — "(二)部分公开(区分处理的,只计这一情形,不计其他情形)": each request sits in exactly one result row. The
 * table can only show the symptom: more results than requests (新收 + 上年结转). Info, explaining T3-1/T3-3.
 */
function checkDoubleCounting(table: ApplicationsTable, context: RuleContext): Finding[] {
  return perColumn('T3-4', context, '含空白单元格，无法判断是否重复计数', (label, i) => {
    const results = sumCells(resultLeaves(table, i));
    const requests = sumCells([columnOf(table, 'received', i), columnOf(table, 'carriedIn', i)]);
    if (results === null || requests === null) return 'blank';
    if (results <= requests) return null;
    return {
      expected: requests,
      actual: results,
      message:
        `表三“${label}”列：各项办理结果之和 ${formatNumber(results)} 多于新收与上年结转之和 ` +
        `${formatNumber(requests)}，可能有申请被计入多个结果（区分处理的只计入(二)部分公开）`,
    };
  });
}

function isValidCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

function isValidCell(value: Cell): boolean {
  return value !== null && isValidCount(value);
}

/** T3-5 [I]: every cell a non-negative integer, 0 written out — a blank cannot be checked (docs/statute.md §5 item 2). */
function checkCellValues(table: ApplicationsTable, { severities }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of APPLICATION_ROWS) {
    if (APPLICANT_COLUMNS.every((_, i) => isValidCell(cellAt(table[row.key], i)))) continue;
    const label = APPLICATION_ROW_LABELS[row.key];
    const cells = APPLICANT_COLUMNS.map((column, i) => ({
      column: APPLICANT_LABELS[column],
      value: cellAt(table[row.key], i),
    }));
    const blanks = cells.filter((cell) => cell.value === null).map((cell) => cell.column);
    const invalid = cells.filter((cell) => cell.value !== null && !isValidCount(cell.value));
    if (blanks.length > 0) {
      findings.push(
        finding(
          'T3-5',
          severities['T3-5/blank'],
          { ...TABLE, row: label, column: blanks.join('、') },
          '填写数字（没有数据填 0）',
          '空白',
          `表三“${label}”行有 ${blanks.length} 个空白单元格（${blanks.join('、')}）：没有数据应填 0，空白无法核对`,
        ),
      );
    }
    if (invalid.length > 0) {
      const listed = invalid.map((cell) => `${cell.column} ${formatNumber(cell.value!)}`).join('、');
      findings.push(
        finding(
          'T3-5',
          severities['T3-5/invalid'],
          { ...TABLE, row: label, column: invalid.map((cell) => cell.column).join('、') },
          '非负整数',
          listed,
          `表三“${label}”行的件数应为非负整数，实为：${listed}`,
        ),
      );
    }
  }
  return findings;
}
