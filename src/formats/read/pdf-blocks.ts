// PDF pages → blocks. Table rows are rebuilt from positions: a line with figures whose words are all table
// wording is a data row; lines of table wording without figures (a label wrapped over two or three lines, a
// label printed one character per line, a merged group label beside several rows) join the nearest data row
// when close enough, and stay their own line otherwise. Every other line is prose; an indented line starts a
// paragraph, a line at the margin continues it (across pages too).
import type { Block } from './blocks.ts';
import { dropLayoutSpaces, labelKey } from './normalize.ts';
import { pageLines, type PdfItem, type PdfLine, type Segment } from './pdf-lines.ts';
import { TABLE_VOCABULARY_KEY } from './table-specs.ts';

/** A wrapped label line belongs to a row whose figures are at most this many font sizes away. */
const ATTACH_DISTANCE = 2.5;
/** Segments starting within this many font sizes are one label column. */
const COLUMN_TOLERANCE = 0.8;
const INDENT = 0.8;
const SENTENCE_END = /[。！？；!?;]$/;
const MAX_FRAGMENT_KEY = 40;

type Kind = 'data' | 'fragment' | 'prose';

const isTableWords = (segment: Segment) => {
  const key = labelKey(segment.text);
  return key.length <= MAX_FRAGMENT_KEY && TABLE_VOCABULARY_KEY.includes(key);
};

function kindOf(line: PdfLine): Kind {
  if (SENTENCE_END.test(line.text)) return 'prose';
  const words = line.segments.filter((s) => s.value === undefined);
  if (!words.every(isTableWords)) return 'prose';
  return words.length < line.segments.length ? 'data' : 'fragment';
}

interface DataRow {
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

interface Unit {
  y: number;
  block: Block;
}

/** Left edge of prose: the smallest x of lines that look like running text. */
function proseMargin(pages: readonly PdfLine[][]): number {
  let margin = Infinity;
  for (const lines of pages)
    for (const line of lines) if (line.text.length >= 10) margin = Math.min(margin, line.x);
  return margin;
}

export function pdfBlocks(pages: readonly PdfItem[][]): Block[] {
  const pageLinesList = pages.map(pageLines);
  const margin = proseMargin(pageLinesList);
  const blocks: Block[] = [];
  for (const lines of pageLinesList) {
    const kinds = lines.map(kindOf);
    const rows: DataRow[] = [];
    lines.forEach((line, i) => {
      if (kinds[i] !== 'data') return;
      const figures = line.segments.filter((s) => s.value !== undefined);
      rows.push({ line, labels: line.segments.filter((s) => s.value === undefined), figures });
    });
    const units: Unit[] = [];
    lines.forEach((line, i) => {
      const kind = kinds[i]!;
      if (kind === 'data') return;
      if (kind === 'fragment') {
        const row = nearestRow(rows, line);
        if (row) {
          row.labels.push(...line.segments);
          return;
        }
      }
      // Table words keep a space between their cells, so the words stay recognisable one by one.
      const text =
        kind === 'fragment' ? line.segments.map((s) => s.text).join(' ') : dropLayoutSpaces(line.text);
      const continues = kind === 'prose' && line.x <= margin + INDENT * line.size;
      units.push({
        y: line.y,
        block: continues ? { kind: 'line', text, continues } : { kind: 'line', text },
      });
    });
    for (const row of rows) {
      units.push({
        y: row.line.y,
        block: { kind: 'row', cells: [...orderLabels(row.labels), ...row.figures.map((f) => f.text)] },
      });
    }
    units.sort((a, b) => b.y - a.y);
    blocks.push(...units.map((u) => u.block));
  }
  return blocks;
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
