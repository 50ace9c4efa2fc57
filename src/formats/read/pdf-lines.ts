// Positioned PDF text → physical lines and the segments on them. A PDF has no cells, only glyph runs at
// coordinates: runs on one baseline form a line; a wide gap, or a figure, starts a new segment (a new cell).
import { isBlankMark, parseNumber } from './normalize.ts';

export interface PdfItem {
  text: string;
  x: number;
  /** Baseline, PDF units from the bottom of the page. */
  y: number;
  width: number;
  size: number;
}

export interface Segment {
  text: string;
  x: number;
  y: number;
  size: number;
  width: number;
  /** A figure: its value, or null for a dash that marks an empty cell. Words have none. */
  value?: number | null;
}

export interface PdfLine {
  items: PdfItem[];
  segments: Segment[];
  x: number;
  y: number;
  size: number;
  /** The line's text; spaces between runs only where the gap is wide. */
  text: string;
  /** Right end of the last run. */
  end: number;
}

/** Runs closer than this many font sizes belong to the same cell (cell padding is wider). */
const SEGMENT_GAP = 0.4;
/** Runs whose baselines differ by less than this many font sizes are on one line. */
const SAME_LINE = 0.45;
const WORD_GAP = 0.3;
const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

function figureValue(text: string): number | null | undefined {
  const value = parseNumber(text);
  if (value !== undefined) return value;
  return isBlankMark(text) ? null : undefined;
}

function segmentsOf(items: readonly PdfItem[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (const item of items) {
    const value = figureValue(item.text);
    const joins =
      current !== undefined &&
      value === undefined &&
      current.value === undefined &&
      item.x - (current.x + current.width) <= SEGMENT_GAP * Math.max(item.size, current.size);
    if (joins && current) {
      current.text += item.text;
      current.width = item.x + item.width - current.x;
      continue;
    }
    current = { text: item.text, x: item.x, y: item.y, size: item.size, width: item.width };
    if (value !== undefined) current.value = value;
    segments.push(current);
  }
  return segments;
}

function lineText(items: readonly PdfItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    if (text !== '' && item.x - end > WORD_GAP * item.size) text += ' ';
    text += item.text;
    end = item.x + item.width;
  }
  return text.trim();
}

/** The page's lines, top to bottom; page numbers ("- 3 -", "第3页") are dropped. */
export function pageLines(items: readonly PdfItem[]): PdfLine[] {
  const sorted = items
    .filter((i) => i.text.trim() !== '' && !PAGE_NUMBER.test(i.text.trim()))
    .map((i) => ({ ...i, text: i.text.trim() }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - item.y) <= SAME_LINE * Math.max(first.size, item.size))
      group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const byX = group.sort((a, b) => a.x - b.x);
    const size = byX.reduce((max, i) => Math.max(max, i.size), 0);
    const last = byX.at(-1)!;
    return {
      items: byX,
      segments: segmentsOf(byX),
      x: byX[0]!.x,
      y: byX[0]!.y,
      size,
      text: lineText(byX),
      end: last.x + last.width,
    };
  });
}
