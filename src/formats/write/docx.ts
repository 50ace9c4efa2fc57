// The report as a Word document laid out per GB/T 9704-2012 (gbt9704.ts; docs/statute.md §6.3), as agencies lay out their
// annual reports, with the three tables in 5号仿宋 and the format's merged cells.
import {
  AlignmentType,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { AnnualReport } from '../../core/report/model.ts';
import { documentBlocks, type DocumentBlock } from './document-blocks.ts';
import {
  FANGSONG,
  SIZE,
  TEXT_WIDTH_MM,
  blankLine,
  bodyParagraph,
  headingParagraph,
  officialDocument,
  rightParagraph,
  run,
  titleParagraphs,
  twips,
} from './gbt9704.ts';
import { placeCells, type LayoutCell, type TableKey, type TableLayout } from './table-layout.ts';

// ---- tables -----------------------------------------------------------------------------------------------------
/** Column widths in mm, summing to the 156 mm text width. */
const COLUMN_WIDTHS_MM: Record<TableKey, number[]> = {
  proactive: [45, 37, 37, 37],
  applications: [13, 18, 41, 12, 12, 12, 12, 12, 12, 12],
  reviewLitigation: Array<number>(15).fill(TEXT_WIDTH_MM / 15),
};

const tableLine = { line: 300, lineRule: LineRuleType.AUTO, before: 40, after: 40 };

function tableCell(cell: LayoutCell, widths: number[], column: number): TableCell {
  const width = widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0);
  return new TableCell({
    children: [
      new Paragraph({
        children: [run(cell.text, FANGSONG, SIZE.table)],
        alignment: AlignmentType.CENTER,
        spacing: tableLine,
      }),
    ],
    columnSpan: cell.colSpan,
    rowSpan: cell.rowSpan,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
  });
}

function table(layout: TableLayout): Table {
  const widths = COLUMN_WIDTHS_MM[layout.key].map((mm) => twips(mm));
  const placed = placeCells(layout);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: layout.rows.map(
      (_, index) =>
        new TableRow({
          tableHeader: index < layout.headerRowCount,
          cantSplit: true,
          children: placed.filter((p) => p.row === index).map((p) => tableCell(p.cell, widths, p.column)),
        }),
    ),
  });
}

// ---- the document -----------------------------------------------------------------------------------------------
function blockContent(block: DocumentBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return titleParagraphs(block.text);
    case 'heading':
      return [headingParagraph(block.text)];
    case 'paragraph':
      return [bodyParagraph(block.text)];
    case 'table':
      return [table(block.layout)];
    case 'date':
      return [blankLine(), rightParagraph(block.text, 4)];
  }
}

export async function writeDocxReport(report: AnnualReport): Promise<Uint8Array> {
  const document = officialDocument(documentBlocks(report).flatMap(blockContent), {
    title: report.title ?? '',
    description: '政府信息公开工作年度报告',
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
