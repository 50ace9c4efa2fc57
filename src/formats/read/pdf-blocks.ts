// PDF pages → blocks. Table rows are rebuilt from positions: a line with figures whose words are all table
// wording is a data row; lines of table wording without figures (a label wrapped over two or three lines, a
// label printed one character per line, a merged group label beside several rows) join the nearest data row
// when close enough, and stay their own line otherwise. Every other line is prose: a line starts a paragraph
// when it is indented or the line before it stopped short of the right edge; otherwise it continues it.
import type { Block } from './blocks.ts';
import { matchHeading } from './headings.ts';
import { alignByColumns } from './pdf-columns.ts';
import { dropLayoutSpaces, labelKey } from './normalize.ts';
import { pageLines, type PdfItem, type PdfLine, type Segment } from './pdf-lines.ts';
import { TABLE_VOCABULARY_KEY } from './table-specs.ts';

/** A wrapped label line belongs to a row whose figures are at most this many font sizes away. */
const ATTACH_DISTANCE = 2.5;
/** Segments starting within this many font sizes are one label column. */
const COLUMN_TOLERANCE = 0.8;
const INDENT = 0.8;
/** A line ending this many font sizes before the right edge ends its paragraph. */
const SHORT_LINE = 2;
const SENTENCE_END = /[。！？；!?;]$/;
const MAX_FRAGMENT_KEY = 40;

type Kind = 'data' | 'fragment' | 'prose';

const isFigure = (segment: Segment) => segment.value !== undefined;

const isTableWords = (segment: Segment) => {
  const key = labelKey(segment.text);
  return key.length <= MAX_FRAGMENT_KEY && TABLE_VOCABULARY_KEY.includes(key);
};

function kindOf(line: PdfLine): Kind {
  if (SENTENCE_END.test(line.text)) return 'prose';
  // "三、收到和处理政府信息公开申请情况" is table wording too (the table's title), but printed just below the rows of
  // table 二 it is the next section's heading, never a label of the row above it.
  if (matchHeading(dropLayoutSpaces(line.text), -1)) return 'prose';
  const words = line.segments.filter((s) => !isFigure(s));
  if (!words.every(isTableWords)) return 'prose';
  return line.segments.some((s) => typeof s.value === 'number') ? 'data' : 'fragment';
}

export interface DataRow {
  line: PdfLine;
  labels: Segment[];
  figures: Segment[];
}

/** Label segments in reading order: by label column left to right, then top to bottom. */
function orderLabels(labels: Segment[]): string[] {
  const byX = [...labels].sort((a, b) => a.x - b.x);
  const column = new Map<Segment, number>();
  let start = -Infinity;
  let index = -1;
  for (const s of byX) {
    if (s.x - start > COLUMN_TOLERANCE * s.size) {
      start = s.x;
      index++;
    }
    column.set(s, index);
  }
  return byX.sort((a, b) => column.get(a)! - column.get(b)! || b.y - a.y || a.x - b.x).map((s) => s.text);
}

function nearestRow(rows: readonly DataRow[], line: PdfLine): DataRow | undefined {
  let best: DataRow | undefined;
  let distance = Infinity;
  for (const row of rows) {
    const d = Math.abs(row.line.y - line.y);
    if (d < distance) {
      distance = d;
      best = row;
    }
  }
  if (!best || distance > ATTACH_DISTANCE * line.size) return undefined;
  const firstFigure = best.figures[0]!.x;
  return line.segments.every((s) => s.x < firstFigure) ? best : undefined;
}

/** Left and right edges of running text: where prose lines of ten characters or more start and end. */
function proseEdges(pages: readonly PdfLine[][]): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (const lines of pages) {
    for (const line of lines) {
      // Tables often reach into the margins: only running text says where the text column ends.
      if (line.text.length < 10 || kindOf(line) !== 'prose') continue;
      left = Math.min(left, line.x);
      right = Math.max(right, line.end);
    }
  }
  return { left, right };
}

interface Unit {
  y: number;
  block: Block;
  row?: DataRow;
}

function pageUnits(lines: readonly PdfLine[]): { units: Unit[]; rows: DataRow[] } {
  const kinds = lines.map(kindOf);
  const rows: DataRow[] = [];
  lines.forEach((line, i) => {
    if (kinds[i] === 'data') {
      rows.push({
        line,
        labels: line.segments.filter((s) => !isFigure(s)),
        figures: line.segments.filter(isFigure),
      });
    }
  });
  const units: Unit[] = [];
  lines.forEach((line, i) => {
    const kind = kinds[i]!;
    if (kind === 'data') return;
    const row = kind === 'fragment' ? nearestRow(rows, line) : undefined;
    if (row) for (const segment of line.segments) row.labels.push(segment);
    // Table words keep a space between their cells, so the words stay recognisable one by one.
    else if (kind === 'fragment')
      units.push({ y: line.y, block: { kind: 'line', text: line.segments.map((s) => s.text).join(' ') } });
    else units.push({ y: line.y, block: { kind: 'line', text: dropLayoutSpaces(line.text) } });
  });
  for (const row of rows) units.push({ y: row.line.y, block: { kind: 'row', cells: [] }, row });
  units.sort((a, b) => b.y - a.y);
  return { units, rows };
}

export function pdfBlocks(pages: readonly PdfItem[][]): Block[] {
  const pageLinesList = pages.map(pageLines);
  const edges = proseEdges(pageLinesList);
  const pageResults = pageLinesList.map(pageUnits);
  const allRows = pageResults.flatMap((p) => p.rows);
  const figureCells = alignByColumns(allRows.map((row) => row.figures));
  const cellsOf = new Map(allRows.map((row, i) => [row, figureCells[i]!]));

  const blocks: Block[] = [];
  let previousProse: PdfLine | undefined;
  pageLinesList.forEach((lines, p) => {
    const proseLines = new Map(lines.filter((l) => kindOf(l) === 'prose').map((l) => [l.y, l]));
    for (const unit of pageResults[p]!.units) {
      if (unit.row) {
        blocks.push({ kind: 'row', cells: [...orderLabels(unit.row.labels), ...cellsOf.get(unit.row)!] });
        continue;
      }
      const line = proseLines.get(unit.y);
      if (line && unit.block.kind === 'line') {
        const indented = line.x > edges.left + INDENT * line.size;
        const previousFull =
          previousProse !== undefined && previousProse.end >= edges.right - SHORT_LINE * previousProse.size;
        if (!indented && previousFull) unit.block.continues = true;
        previousProse = line;
      }
      blocks.push(unit.block);
    }
  });
  return blocks;
}
