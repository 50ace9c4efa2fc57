// `gongkai report show`: the three tables of a report, aligned for a terminal, labelled as in the format.
import type { AnnualReport, Cell } from '../../core/report/model.ts';
import {
  APPLICANT_COLUMNS,
  APPLICANT_LABELS,
  APPLICATION_ROWS,
  APPLICATIONS_TABLE_TITLE,
  PROACTIVE_SUBTABLES,
  PROACTIVE_TABLE_TITLE,
  REVIEW_GROUPS,
  REVIEW_GROUP_LABELS,
  REVIEW_RESULTS,
  REVIEW_RESULT_LABELS,
  REVIEW_TABLE_TITLE,
  RESULTS_LABEL,
} from '../../core/taxonomy/index.ts';
import { alignColumns } from '../terminal.ts';

const cell = (value: Cell | undefined) => (value === null || value === undefined ? '（空）' : String(value));
const numbers = (from: number, to: number) => new Set(Array.from({ length: to - from }, (_, i) => from + i));
const MISSING = '（未读到此表）';

export function renderReportTables(report: AnnualReport): string {
  const head = `${report.agency ?? '（机关不详）'} ${report.year ?? '（年度不详）'} 年度报告（${report.format} 版格式）`;
  return [head, proactive(report), applications(report), reviewLitigation(report)].join('\n\n') + '\n';
}

function proactive({ tables }: AnnualReport): string {
  if (!tables.proactive) return `${PROACTIVE_TABLE_TITLE}\n${MISSING}`;
  const blocks = PROACTIVE_SUBTABLES.map((sub) => {
    const rows = [
      [sub.contentHeader, ...sub.columns.map((c) => c.label)],
      ...sub.rows.map((row) => [row.label, ...tables.proactive![row.key].map(cell)]),
    ];
    return `${sub.caption}\n${alignColumns(rows, numbers(1, sub.columns.length + 1))}`;
  });
  return [PROACTIVE_TABLE_TITLE, ...blocks].join('\n');
}

function applications({ tables }: AnnualReport): string {
  if (!tables.applications) return `${APPLICATIONS_TABLE_TITLE}\n${MISSING}`;
  const header = ['', ...APPLICANT_COLUMNS.map((c) => APPLICANT_LABELS[c])];
  const rows = APPLICATION_ROWS.map((row) => {
    const group = row.parents.filter((p) => p !== RESULTS_LABEL).map((p) => p.replace(/^(\(.\)).*$/, '$1'));
    return [group.join('') + row.label, ...tables.applications![row.key].map(cell)];
  });
  return `${APPLICATIONS_TABLE_TITLE}\n${alignColumns([header, ...rows], numbers(1, 8))}`;
}

function reviewLitigation({ tables }: AnnualReport): string {
  if (!tables.reviewLitigation) return `${REVIEW_TABLE_TITLE}\n${MISSING}`;
  const header = ['', ...REVIEW_RESULTS.map((r) => REVIEW_RESULT_LABELS[r])];
  const rows = REVIEW_GROUPS.map((g) => [REVIEW_GROUP_LABELS[g], ...tables.reviewLitigation![g].map(cell)]);
  return `${REVIEW_TABLE_TITLE}\n${alignColumns([header, ...rows], numbers(1, 6))}`;
}
