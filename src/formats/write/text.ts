// Plain text in the layout of reports copied from agency web pages (the seed): prose as lines, and every table
// cell on a line of its own ending in " |", in reading order. A blank cell is an empty line before " |".
import type { AnnualReport } from '../../core/report/model.ts';
import { documentBlocks } from './document-blocks.ts';

export const CELL_END = ' |';

export function writeTextReport(report: AnnualReport): string {
  const lines = documentBlocks(report).flatMap((block) =>
    block.kind === 'table' ? block.layout.rows.flat().map((cell) => cell.text + CELL_END) : [block.text],
  );
  return lines.join('\n');
}
