// Markdown (GitHub pipe tables), which cannot merge cells. Each table is flattened so that it still reads as the
// format and reads back: the stacked column headers become one header row ("申请人情况·自然人"); a merged row label
// (三、本年度办理结果, (三)不予公开) is written once, on the first row it covers, with empty cells below it; a
// label spanning several label columns sits in the last of them, right beside its figures. So between a row's
// label and its figures there is never an empty cell, and an empty cell among the figures is a blank value.
// Table 二 is four small tables, one per item of 《条例》第二十条, each under its caption.
import type { AnnualReport, ProactiveTable } from '../../core/report/model.ts';
import { PROACTIVE_SUBTABLES } from '../../core/taxonomy/proactive-table.ts';
import { documentBlocks, type DocumentBlock } from './document-blocks.ts';
import { formatCellValue, placeCells, type TableLayout } from './table-layout.ts';

/** Joins stacked header labels; it reads as punctuation, and label comparison ignores it. */
const HEADER_JOINER = '·';

/** A paragraph that Markdown would otherwise read as a heading, quote, list or rule stays a paragraph. */
function escapeParagraph(text: string): string {
  return text.replace(/^(#|>|[-+*](?=\s)|\d+(?=[.)]\s))/, '\\$1');
}

function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

const pipeRow = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;

function pipeTable(header: readonly string[], rows: readonly string[][]): string {
  return [pipeRow(header), pipeRow(header.map(() => '---')), ...rows.map(pipeRow)].join('\n');
}

function proactiveMarkdown(table: ProactiveTable): string {
  return PROACTIVE_SUBTABLES.map((sub) => {
    const header = [sub.contentHeader, ...sub.columns.map((c) => c.label)];
    const rows = sub.rows.map((row) => [row.label, ...table[row.key].map(formatCellValue)]);
    return `${sub.caption}\n\n${pipeTable(header, rows)}`;
  }).join('\n\n');
}

function gridMarkdown(layout: TableLayout): string {
  const header = Array.from({ length: layout.columnCount }, () => [] as string[]);
  const rows = layout.rows.slice(layout.headerRowCount).map(() => Array<string>(layout.columnCount).fill(''));
  for (const { cell, row, column } of placeCells(layout)) {
    if (row < layout.headerRowCount) header[column]!.push(cell.text);
    else rows[row - layout.headerRowCount]![column + cell.colSpan - 1] = cell.text;
  }
  return pipeTable(
    header.map((labels) => labels.join(HEADER_JOINER)),
    rows,
  );
}

function blockMarkdown(block: DocumentBlock, report: AnnualReport): string {
  switch (block.kind) {
    case 'title':
      return `# ${block.text}`;
    case 'heading':
      return `## ${block.text}`;
    case 'paragraph':
    case 'date':
      return escapeParagraph(block.text);
    case 'table':
      return block.layout.key === 'proactive'
        ? proactiveMarkdown(report.tables.proactive!)
        : gridMarkdown(block.layout);
  }
}

export function writeMarkdownReport(report: AnnualReport): string {
  return (
    documentBlocks(report)
      .map((block) => blockMarkdown(block, report))
      .join('\n\n') + '\n'
  );
}
