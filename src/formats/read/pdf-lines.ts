// Positioned PDF text → physical lines and the segments on them. A PDF has no cells, only glyph runs at
// coordinates: runs on one baseline form a line; a wide gap, or a figure, starts a new segment (a new cell).
import { parseNumber } from './normalize.ts';

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
  value?: number;
}

export interface PdfLine {
  items: PdfItem[];
  segments: Segment[];
  x: number;
  y: number;
  size: number;
  /** The line's text; spaces between runs only where the gap is wide. */
  text: string;
}

/** Runs closer than this many font sizes belong to the same cell. */
const SEGMENT_GAP = 0.8;
/** Runs whose baselines differ by less than this many font sizes are on one line. */
const SAME_LINE = 0.45;
const WORD_GAP = 0.3;
const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

function segmentsOf(items: readonly PdfItem[]): Segment[] {
  const segments: Segment[] = [];
  let current: (Segment & { end: number }) | undefined;
  for (const item of items) {
    const value = parseNumber(item.text);
    const joins =
      current !== undefined &&
      value === undefined &&
      current.value === undefined &&
      item.x - current.end <= SEGMENT_GAP * Math.max(item.size, current.size);
    if (joins && current) {
      current.text += item.text;
      current.end = item.x + item.width;
      continue;
    }
    current = { text: item.text, x: item.x, y: item.y, size: item.size, end: item.x + item.width, value };
    segments.push(current);
  }
  return segments.map(({ text, x, y, size, value }) =>
    value === undefined ? { text, x, y, size } : { text, x, y, size, value },
  );
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
    const size = Math.max(...byX.map((i) => i.size));
    return { items: byX, segments: segmentsOf(byX), x: byX[0]!.x, y: byX[0]!.y, size, text: lineText(byX) };
  });
}
