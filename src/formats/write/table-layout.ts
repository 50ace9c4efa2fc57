// The three tables as grids of cells with their merges, exactly as the format prints them (国办公开办函〔2021〕30号;
// docs/statute.md §2.2–2.4). Every writer draws from this one layout: text lists the cells in reading order, HTML and DOCX
// merge them with rowspan/colspan, Markdown and XLSX place them on a grid. Header cells carry ids and data cells
// the ids of every header that labels them, so HTML can say which headers a number belongs to.
import type {
  ApplicationsTable,
  Cell,
  ProactiveTable,
  ReviewLitigationTable,
} from '../../core/report/model.ts';
import {
  APPLICANT_COLUMNS,
  APPLICANT_GROUP_LABEL,
  APPLICANT_KINDS,
  APPLICANT_LABELS,
  ORGANIZATION_GROUP_LABEL,
} from '../../core/taxonomy/applicants.ts';
import {
  APPLICATION_ROWS,
  APPLICATIONS_BALANCE_NOTE,
  APPLICATIONS_TABLE_TITLE,
} from '../../core/taxonomy/applications-table.ts';
import { PROACTIVE_SUBTABLES, PROACTIVE_TABLE_TITLE } from '../../core/taxonomy/proactive-table.ts';
import {
  LITIGATION_LABEL,
  REVIEW_GROUP_LABELS,
  REVIEW_GROUPS,
  REVIEW_RESULT_LABELS,
  REVIEW_RESULTS,
  REVIEW_TABLE_TITLE,
} from '../../core/taxonomy/review-table.ts';

export type TableKey = 'proactive' | 'applications' | 'reviewLitigation';

export interface HeaderCell {
  kind: 'header';
  text: string;
  id: string;
  rowSpan: number;
  colSpan: number;
  /** How the header relates to the cells it labels (HTML scope). */
  scope: 'col' | 'colgroup' | 'row' | 'rowgroup';
}

export interface DataCell {
  kind: 'data';
  value: Cell;
  /** The value as printed: plain digits, no thousands separators; '' for a blank cell (never "0"). */
  text: string;
  rowSpan: number;
  colSpan: number;
  /** Ids of every header cell that labels this one, outermost first. */
  headers: string[];
}

export type LayoutCell = HeaderCell | DataCell;

export interface TableLayout {
  key: TableKey;
  /** The section heading the table belongs to, e.g. 三、收到和处理政府信息公开申请情况. */
  title: string;
  /** Width of the grid in columns. */
  columnCount: number;
  /** The leading rows that are column headers (HTML thead); table 二 has none, its headers sit in each block. */
  headerRowCount: number;
  /** Rows of cells in reading order; a merged cell appears once, in the first row and column it covers. */
  rows: LayoutCell[][];
}

/** A cell's printed value: digits as they are (12.36, 4989), blank for null. */
export function formatCellValue(value: Cell): string {
  return value === null ? '' : String(value);
}

function header(
  text: string,
  id: string,
  scope: HeaderCell['scope'],
  span: { rowSpan?: number; colSpan?: number } = {},
): HeaderCell {
  return { kind: 'header', text, id, scope, rowSpan: span.rowSpan ?? 1, colSpan: span.colSpan ?? 1 };
}

function data(value: Cell, headers: string[], colSpan = 1): DataCell {
  return { kind: 'data', value, text: formatCellValue(value), rowSpan: 1, colSpan, headers };
}

/** Table 二: one 4-column grid of four blocks, each led by its 第二十条 caption (docs/statute.md §2.2). */
export function proactiveLayout(table: ProactiveTable): TableLayout {
  const columnCount = 4;
  const rows: LayoutCell[][] = [];
  PROACTIVE_SUBTABLES.forEach((sub, block) => {
    const prefix = `p${block + 1}`;
    const captionId = `${prefix}-caption`;
    const valueSpan = (columnCount - 1) / sub.columns.length;
    rows.push([header(sub.caption, captionId, 'colgroup', { colSpan: columnCount })]);
    rows.push([
      header(sub.contentHeader, `${prefix}-content`, 'col'),
      ...sub.columns.map((column, i) =>
        header(column.label, `${prefix}-col${i + 1}`, 'col', { colSpan: valueSpan }),
      ),
    ]);
    for (const row of sub.rows) {
      const rowId = `${prefix}-${row.key}`;
      rows.push([
        header(row.label, rowId, 'row'),
        ...table[row.key].map((value, i) =>
          data(value, [captionId, `${prefix}-col${i + 1}`, rowId], valueSpan),
        ),
      ]);
    }
  });
  return { key: 'proactive', title: PROACTIVE_TABLE_TITLE, columnCount, headerRowCount: 0, rows };
}

const htmlId = (key: string) => key.replace(/\./g, '-');

/** Table 三: 3 label columns + 7 applicant columns; 3 header rows; 25 data rows (docs/statute.md §2.3). */
export function applicationsLayout(table: ApplicationsTable): TableLayout {
  const labelColumns = 3;
  const organizationKinds = APPLICANT_KINDS.filter((kind) => kind !== 'naturalPerson');
  const columnId = (column: string) => `a-col-${column}`;
  const rows: LayoutCell[][] = [
    [
      header(APPLICATIONS_BALANCE_NOTE, 'a-note', 'col', { rowSpan: 3, colSpan: labelColumns }),
      header(APPLICANT_GROUP_LABEL, 'a-applicants', 'colgroup', { colSpan: APPLICANT_COLUMNS.length }),
    ],
    [
      header(APPLICANT_LABELS.naturalPerson, columnId('naturalPerson'), 'col', { rowSpan: 2 }),
      header(ORGANIZATION_GROUP_LABEL, 'a-organizations', 'colgroup', { colSpan: organizationKinds.length }),
      header(APPLICANT_LABELS.total, columnId('total'), 'col', { rowSpan: 2 }),
    ],
    organizationKinds.map((kind) => header(APPLICANT_LABELS[kind], columnId(kind), 'col')),
  ];
  const columnHeaders = APPLICANT_COLUMNS.map((column) =>
    organizationKinds.includes(column as (typeof organizationKinds)[number])
      ? ['a-applicants', 'a-organizations', columnId(column)]
      : ['a-applicants', columnId(column)],
  );
  APPLICATION_ROWS.forEach((row, index) => {
    const previous = APPLICATION_ROWS[index - 1];
    const cells: LayoutCell[] = [];
    // A parent is named after the first row it covers, which makes its id unique.
    const parentIds = row.parents.map(
      (parent, level) => `a-parent-${APPLICATION_ROWS.findIndex((r) => r.parents[level] === parent)}`,
    );
    row.parents.forEach((parent, level) => {
      // A parent label is a merged cell printed once, on the first row of the run of rows it covers.
      if (previous?.parents[level] === parent) return;
      const span = APPLICATION_ROWS.slice(index).findIndex((r) => r.parents[level] !== parent);
      const rowSpan = span === -1 ? APPLICATION_ROWS.length - index : span;
      cells.push(header(parent, parentIds[level]!, 'rowgroup', { rowSpan }));
    });
    const rowId = `a-row-${htmlId(row.key)}`;
    cells.push(header(row.label, rowId, 'row', { colSpan: labelColumns - row.parents.length }));
    table[row.key].forEach((value, i) =>
      cells.push(data(value, [...parentIds, rowId, ...columnHeaders[i]!])),
    );
    rows.push(cells);
  });
  return {
    key: 'applications',
    title: APPLICATIONS_TABLE_TITLE,
    columnCount: labelColumns + APPLICANT_COLUMNS.length,
    headerRowCount: 3,
    rows,
  };
}

/** Table 四: 15 columns under 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉); one data row (docs/statute.md §2.4). */
export function reviewLitigationLayout(table: ReviewLitigationTable): TableLayout {
  const width = REVIEW_RESULTS.length;
  const groupId = (group: string) => `r-${group}`;
  const resultId = (group: string, result: string) => `r-${group}-${result}`;
  const results = (group: string, rowSpan: number) =>
    REVIEW_RESULTS.map((result) =>
      header(REVIEW_RESULT_LABELS[result], resultId(group, result), 'col', { rowSpan }),
    );
  const [review, direct, afterReview] = REVIEW_GROUPS;
  const rows: LayoutCell[][] = [
    [
      header(REVIEW_GROUP_LABELS[review], groupId(review), 'colgroup', { colSpan: width }),
      header(LITIGATION_LABEL, 'r-litigation', 'colgroup', { colSpan: width * 2 }),
    ],
    [
      ...results(review, 2),
      header(REVIEW_GROUP_LABELS[direct], groupId(direct), 'colgroup', { colSpan: width }),
      header(REVIEW_GROUP_LABELS[afterReview], groupId(afterReview), 'colgroup', { colSpan: width }),
    ],
    [...results(direct, 1), ...results(afterReview, 1)],
    REVIEW_GROUPS.flatMap((group) =>
      table[group].map((value, i) => {
        const outer = group === review ? [groupId(group)] : ['r-litigation', groupId(group)];
        return data(value, [...outer, resultId(group, REVIEW_RESULTS[i]!)]);
      }),
    ),
  ];
  return {
    key: 'reviewLitigation',
    title: REVIEW_TABLE_TITLE,
    columnCount: width * 3,
    headerRowCount: 3,
    rows,
  };
}

export interface PlacedCell {
  cell: LayoutCell;
  /** 0-based grid row and column of the cell's top-left corner. */
  row: number;
  column: number;
}

/** Where each cell sits on the grid, skipping the positions that merged cells above it cover. */
export function placeCells(layout: TableLayout): PlacedCell[] {
  const covered = new Set<string>();
  const placed: PlacedCell[] = [];
  layout.rows.forEach((cells, row) => {
    let column = 0;
    for (const cell of cells) {
      while (covered.has(`${row},${column}`)) column++;
      placed.push({ cell, row, column });
      for (let r = row; r < row + cell.rowSpan; r++) {
        for (let c = column; c < column + cell.colSpan; c++) covered.add(`${r},${c}`);
      }
      column += cell.colSpan;
    }
  });
  return placed;
}
