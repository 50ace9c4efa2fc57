// Reading cells out of the report's tables: blanks stay null, and sums are null when any addend is blank, so a
// rule can tell "does not add up" from "cannot be added".
import type { AnnualReport, ApplicationsTable, Cell } from '../model.ts';
import { APPLICATION_ROWS, RESULTS_LABEL, type ApplicationRowKey } from '../../taxonomy/index.ts';

export function cellAt(row: readonly Cell[] | undefined, index: number): Cell {
  const value = row?.[index];
  return value === undefined ? null : value;
}

/** Sum of the cells, or null when one is blank. */
export function sumCells(cells: readonly Cell[]): number | null {
  let sum = 0;
  for (const cell of cells) {
    if (cell === null) return null;
    sum += cell;
  }
  return sum;
}

export function isBlank(cells: readonly Cell[]): boolean {
  return cells.some((cell) => cell === null);
}

/**
 * The 2019 trial format has a single (六)其他处理 row (docs/statute.md §2.6): its two newer sub-rows do not exist there, so a
 * blank in them is no blank at all. They count as 0 for the sums.
 */
const ROWS_ABSENT_IN_2019: readonly ApplicationRowKey[] = [
  'otherDisposal.correctionLapsed',
  'otherDisposal.feeLapsed',
];

export function applicationsOf(report: AnnualReport): ApplicationsTable | null {
  const table = report.tables.applications;
  if (table === null || report.format !== '2019') return table;
  const copy = { ...table };
  for (const key of ROWS_ABSENT_IN_2019) copy[key] = (copy[key] ?? []).map((cell) => cell ?? 0);
  return copy;
}

/** A row of table 三 named unambiguously: "(三)不予公开 1.属于国家秘密" (several groups have a "1."). */
export const APPLICATION_ROW_LABELS = Object.fromEntries(
  APPLICATION_ROWS.map((row) => [
    row.key,
    [...row.parents.filter((p) => p !== RESULTS_LABEL), row.label].join(' '),
  ]),
) as Record<ApplicationRowKey, string>;
