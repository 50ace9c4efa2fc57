// DOCX as agencies write it: built here with the `docx` package (Word's own merged cells: gridSpan and vMerge),
// read through mammoth and the HTML path, every cell asserted against the layout fixture figures.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  LAYOUT_AGENCY,
  LAYOUT_HEADINGS,
  LAYOUT_PROSE,
  LAYOUT_TITLE,
  LAYOUT_YEAR,
  expectLayoutReport,
  layoutTables,
} from '../../../test/fixtures/reports/layouts/expected.ts';
import type { Cell, ReportTables } from '../../core/report/model.ts';
import {
  APPLICANT_LABELS,
  APPLICATION_ROWS,
  APPLICATIONS_BALANCE_NOTE,
  APPLICANT_GROUP_LABEL,
  ORGANIZATION_GROUP_LABEL,
  PROACTIVE_SUBTABLES,
  REVIEW_GROUPS,
  REVIEW_GROUP_LABELS,
  REVIEW_RESULT_LABELS,
  LITIGATION_LABEL,
} from '../../core/taxonomy/index.ts';
import { readReportBytes } from './index.ts';

type CellSpec = { text: string; rowSpan?: number; columnSpan?: number };
const cell = ({ text, ...span }: CellSpec) => new TableCell({ children: [new Paragraph(text)], ...span });
const table = (rows: CellSpec[][]) =>
  new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
const figures = (values: readonly Cell[]): CellSpec[] =>
  values.map((v) => ({ text: v === null ? '' : String(v) }));

function proactiveTable(tables: ReportTables): Table {
  const rows: CellSpec[][] = [];
  for (const sub of PROACTIVE_SUBTABLES) {
    const wide = sub.columns.length === 1 ? 3 : 1;
    rows.push([{ text: sub.caption, columnSpan: 4 }]);
    rows.push([
      { text: sub.contentHeader },
      ...sub.columns.map((c) => ({ text: c.label, columnSpan: wide })),
    ]);
    for (const row of sub.rows) {
      rows.push([
        { text: row.label },
        ...figures(tables.proactive![row.key]).map((f) => ({ ...f, columnSpan: wide })),
      ]);
    }
  }
  return table(rows);
}

/** Table 三 merged as the format prints it: the results label down 22 rows, each group label down its leaves. */
function applicationsTable(tables: ReportTables): Table {
  const labels = Object.values(APPLICANT_LABELS);
  const rows: CellSpec[][] = [
    [
      { text: APPLICATIONS_BALANCE_NOTE, rowSpan: 3, columnSpan: 3 },
      { text: APPLICANT_GROUP_LABEL, columnSpan: 7 },
    ],
    [
      { text: labels[0]!, rowSpan: 2 },
      { text: ORGANIZATION_GROUP_LABEL, columnSpan: 5 },
      { text: labels[6]!, rowSpan: 2 },
    ],
    labels.slice(1, 6).map((text) => ({ text })),
  ];
  const span = (parent: string, depth: number) =>
    APPLICATION_ROWS.filter((r) => r.parents[depth] === parent).length;
  const started = new Set<string>();
  for (const row of APPLICATION_ROWS) {
    const cells: CellSpec[] = [];
    row.parents.forEach((parent, depth) => {
      if (!started.has(parent)) cells.push({ text: parent, rowSpan: span(parent, depth) });
      started.add(parent);
    });
    cells.push({ text: row.label, columnSpan: 3 - row.parents.length });
    rows.push([...cells, ...figures(tables.applications![row.key])]);
  }
  return table(rows);
}

function reviewTable(tables: ReportTables): Table {
  const results = Object.values(REVIEW_RESULT_LABELS);
  return table([
    [
      { text: REVIEW_GROUP_LABELS.review, columnSpan: 5 },
      { text: LITIGATION_LABEL, columnSpan: 10 },
    ],
    [
      ...results.map((text) => ({ text, rowSpan: 2 })),
      { text: REVIEW_GROUP_LABELS.litigationDirect, columnSpan: 5 },
      { text: REVIEW_GROUP_LABELS.litigationAfterReview, columnSpan: 5 },
    ],
    [...results, ...results].map((text) => ({ text })),
    figures(REVIEW_GROUPS.flatMap((g) => tables.reviewLitigation![g])),
  ]);
}

async function layoutDocx(tables: ReportTables): Promise<Uint8Array> {
  const p = (text: string) => new Paragraph(text);
  const prose = (key: keyof typeof LAYOUT_PROSE) => (LAYOUT_PROSE[key] ?? []).map(p);
  const [h1, h2, h3, h4, h5, h6] = LAYOUT_HEADINGS.map(p);
  const document = new Document({
    sections: [
      {
        children: [
          p(LAYOUT_TITLE),
          p(`本报告由${LAYOUT_AGENCY}编制,统计期限自${LAYOUT_YEAR}年1月1日起至${LAYOUT_YEAR}年12月31日止。`),
          h1!,
          ...prose('overview'),
          h2!,
          ...prose('proactive'),
          proactiveTable(tables),
          h3!,
          applicationsTable(tables),
          h4!,
          reviewTable(tables),
          h5!,
          ...prose('problems'),
          h6!,
          ...prose('other'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('DOCX', () => {
  it('reads a Word report with merged header and label cells, cell by cell', async () => {
    const result = await readReportBytes('report.docx', await layoutDocx(layoutTables()));
    expectLayoutReport(result);
    expect(result.report.title).toBe(LAYOUT_TITLE);
  });

  it('keeps empty Word cells as blanks (null), distinct from 0', async () => {
    const tables = layoutTables();
    tables.applications!.carriedIn = [null, 0, 0, 0, null, 0, null];
    tables.reviewLitigation!.review[0] = null;
    const { report, findings } = await readReportBytes('report.docx', await layoutDocx(tables));
    expect(findings).toEqual([]);
    expect(report.tables).toEqual(tables);
  });
});
