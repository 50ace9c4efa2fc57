// A PDF prints nothing in an empty cell, so a row of table 三 with one blank cell shows six figures instead of
// seven. When the data rows just above and below have the same number of figures in the same columns, the
// short row's figures are placed by their horizontal position and the missing cells become blanks. Without two
// agreeing neighbours nothing is placed and the aligner refuses the table instead.
import type { Segment } from './pdf-lines.ts';

/** A figure belongs to the column whose centre is nearest, if closer than this share of the column spacing. */
const MAX_OFFSET_SHARE = 0.4;

const centre = (s: Segment) => s.x + s.width / 2;

function sameColumns(a: readonly Segment[], b: readonly Segment[], spacing: number): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => Math.abs(centre(s) - centre(b[i]!)) <= MAX_OFFSET_SHARE * spacing)
  );
}

function minSpacing(columns: readonly Segment[]): number {
  let spacing = Infinity;
  for (let i = 1; i < columns.length; i++)
    spacing = Math.min(spacing, centre(columns[i]!) - centre(columns[i - 1]!));
  return spacing;
}

/** Cells of one short row placed into the reference columns, or undefined when the placement is not certain. */
function place(row: readonly Segment[], columns: readonly Segment[]): string[] | undefined {
  const spacing = minSpacing(columns);
  const cells: string[] = columns.map(() => '');
  let next = 0;
  for (const figure of row) {
    let column = next;
    while (
      column < columns.length &&
      Math.abs(centre(columns[column]!) - centre(figure)) > MAX_OFFSET_SHARE * spacing
    ) {
      column++;
    }
    if (column === columns.length) return undefined;
    cells[column] = figure.text;
    next = column + 1;
  }
  return cells;
}

/** For each row, its figure cells: as printed, or with blanks where its neighbours show the missing columns. */
export function alignByColumns(rows: readonly Segment[][]): string[][] {
  return rows.map((row, i) => {
    const above = rows[i - 1];
    const below = rows[i + 1];
    const asPrinted = row.map((s) => s.text);
    if (!above || !below || above.length <= row.length || row.length === 0) return asPrinted;
    if (!sameColumns(above, below, minSpacing(above))) return asPrinted;
    return place(row, above) ?? asPrinted;
  });
}
