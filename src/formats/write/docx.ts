// The report as a Word document laid out per GB/T 9704-2012 《党政机关公文格式》 (spec §6.3), as agencies lay out
// their annual reports: A4; margins 37 mm top, 28 mm binding side, 26 mm right, 35 mm bottom (版心 156 × 225 mm);
// 3号仿宋 body on a 28 字 × 22 行 grid; 2号小标宋 title; "一、" headings 黑体, "(一)" lead sentences 楷体; page numbers
// "— 1 —" in 4号宋体, odd pages right and even pages left, one 字 in; the date 4 字 from the right; the three tables
// with the format's merged cells, in 5号仿宋.
//
// The official fonts (仿宋_GB2312, 方正小标宋简体, 楷体_GB2312) are not free, so the document names them and Word
// substitutes what the machine has; each run also names the standard Windows face (FangSong, SimHei, KaiTi) in its
// Latin slots, which is what Word falls back to for the digits and what LibreOffice maps to.
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { AnnualReport } from '../../core/report/model.ts';
import { documentBlocks, type DocumentBlock } from './document-blocks.ts';
import { placeCells, type LayoutCell, type TableKey, type TableLayout } from './table-layout.ts';

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 5号 10.5 pt (spec §6.3). */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;

/** Millimetres to twentieths of a point, rounded (A4 is then 11906 × 16838, as Word writes it). */
const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

type Face = { official: string; fallback: string };
const FANGSONG: Face = { official: '仿宋_GB2312', fallback: 'FangSong' };
const XIAOBIAOSONG: Face = { official: '方正小标宋简体', fallback: 'SimSun' };
const HEITI: Face = { official: '黑体', fallback: 'SimHei' };
const KAITI: Face = { official: '楷体_GB2312', fallback: 'KaiTi' };
const SONGTI: Face = { official: '宋体', fallback: 'SimSun' };

function font(face: Face): IRunOptions['font'] {
  return { eastAsia: face.official, ascii: face.fallback, hAnsi: face.fallback, cs: face.fallback };
}

const run = (text: string, face: Face, size: number = SIZE.body) =>
  new TextRun({ text, font: font(face), size });

// The 版心 is 156 mm wide and 225 mm high: 28 characters of 3号 per line, 22 lines per page.
const TEXT_WIDTH_MM = 156;
const TEXT_HEIGHT_MM = 225;
const CHARS_PER_LINE = 28;
const LINES_PER_PAGE = 22;
const POINT_TWIPS = 20;
/** ≈ 579 twips ≈ 28.95 pt: 22 lines fill the 225 mm text block. */
const LINE_PITCH = Math.floor(twips(TEXT_HEIGHT_MM) / LINES_PER_PAGE);
/** docGrid charSpace: (character pitch − 16 pt) × 4096, the pitch being 156 mm / 28. */
const CHAR_SPACE = Math.round(
  ((twips(TEXT_WIDTH_MM) / CHARS_PER_LINE - SIZE.body * 10) / POINT_TWIPS) * 4096,
);
/** One 字 of 3号: 16 pt. */
const ONE_CHAR = (SIZE.body / 2) * POINT_TWIPS;

const exactLine = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** "(一)持续加强主动公开工作。全面…": the numbered lead sentence is a level-two heading, set in 楷体. */
const LEAD_SENTENCE = /^([(（][一二三四五六七八九十]{1,3}[)）][^。]{1,40}。)(.*)$/s;

function paragraph(block: DocumentBlock & { kind: 'paragraph' }): Paragraph {
  const lead = LEAD_SENTENCE.exec(block.text);
  const children = lead
    ? [run(lead[1]!, KAITI), ...(lead[2] ? [run(lead[2], FANGSONG)] : [])]
    : [run(block.text, FANGSONG)];
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: ONE_CHAR * 2 },
    spacing: exactLine,
  });
}

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

// ---- page furniture ---------------------------------------------------------------------------------------------
/** "— 1 —" in 4号宋体 (GB/T 9704-2012 §7.5): odd pages right, even pages left, one 字 in from the edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: ONE_CHAR } : { left: ONE_CHAR },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font(SONGTI),
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });
}

// ---- the document -----------------------------------------------------------------------------------------------
function blockContent(block: DocumentBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          spacing: { ...exactLine, line: LINE_PITCH * 2 },
          children: [run(block.text, XIAOBIAOSONG, SIZE.title)],
        }),
        new Paragraph({ spacing: exactLine, children: [] }),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          indent: { firstLine: ONE_CHAR * 2 },
          spacing: exactLine,
          children: [run(block.text, HEITI)],
        }),
      ];
    case 'paragraph':
      return [paragraph(block)];
    case 'table':
      return [table(block.layout)];
    case 'date':
      // The date sits 4 字 in from the right edge of the text block (GB/T 9704-2012 §7.3.5).
      return [
        new Paragraph({ spacing: exactLine, children: [] }),
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { right: ONE_CHAR * 4 },
          spacing: exactLine,
          children: [run(block.text, FANGSONG)],
        }),
      ];
  }
}

/** A GB/T 9704 document of the given blocks: the page, fonts and grid every official paper here shares. */
export function officialDocument(
  blocks: readonly DocumentBlock[],
  properties: { title: string; description: string },
): Document {
  const headingStyle = { run: { font: font(HEITI), size: SIZE.body, bold: false, color: '000000' } };
  return new Document({
    creator: 'Gongkai',
    title: properties.title,
    description: properties.description,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FANGSONG), size: SIZE.body, color: '000000' },
          paragraph: { spacing: exactLine },
        },
        title: { run: { font: font(XIAOBIAOSONG), size: SIZE.title, bold: false, color: '000000' } },
        heading1: headingStyle,
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(210), height: twips(297) },
            margin: {
              top: twips(37),
              bottom: twips(35),
              left: twips(28),
              right: twips(26),
              // The page number's top sits 7 mm below the text block; a 4号 line is about 5 mm high.
              footer: twips(35 - 7 - 5),
            },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: blocks.flatMap(blockContent),
      },
    ],
  });
}

export async function writeDocxReport(report: AnnualReport): Promise<Uint8Array> {
  const document = officialDocument(documentBlocks(report), {
    title: report.title ?? '',
    description: '政府信息公开工作年度报告',
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
