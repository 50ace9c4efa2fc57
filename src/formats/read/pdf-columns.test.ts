// Placing a short PDF row's figures by column: only when the rows above and below agree on the columns.
import { describe, expect, it } from 'vitest';
import { alignByColumns } from './pdf-columns.ts';
import type { Segment } from './pdf-lines.ts';

const figure = (text: string, x: number): Segment => ({
  text,
  x,
  y: 0,
  size: 9,
  width: 5 * text.length,
  value: Number(text),
});
const row = (...cells: [string, number][]) => cells.map(([text, x]) => figure(text, x));
const full = () => row(['1', 100], ['2', 140], ['3', 180]);

describe('alignByColumns', () => {
  it('puts a blank where the neighbours show a column the row does not print', () => {
    expect(alignByColumns([full(), row(['7', 100], ['9', 180]), full()])[1]).toEqual(['7', '', '9']);
  });

  it('leaves the row as printed when a neighbour is missing or the neighbours disagree', () => {
    expect(alignByColumns([row(['7', 100]), full()])[0]).toEqual(['7']);
    expect(alignByColumns([full(), row(['7', 100]), row(['1', 100])])[1]).toEqual(['7']);
    expect(alignByColumns([full(), row(['7', 120]), full()])[1]).toEqual(['7']);
  });
});
