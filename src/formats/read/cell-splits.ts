// The ways a row's figure tokens can be its cells. A token is one cell, except a run of plain digits, which may be
// several glued cells ("713000074" = 71|3|0|0|0|0|74); a blank at either end of the row may be a filler cell of
// the layout rather than a cell. A split never makes a cell with a leading zero ("03"), never cuts a figure
// printed with thousands separators, and keeps at most four decimals (万元 to the yuan).
import type { Cell } from '../../core/report/model.ts';
import type { Token } from './tokens.ts';

export interface RowSum {
  parts: number[];
  total: number;
}

/** How many cells a token may be, and the values for a given count. */
type Piece = { kind: 'fixed'; cell: Cell } | { kind: 'digits'; digits: string } | { kind: 'edgeBlank' };

const PLAIN_RUN = /^[0-9]+(?:\.[0-9]+)?$/;
const MAX_DECIMALS = 4;

function pieceOf(token: Token, edge: boolean): Piece | undefined {
  if (token.kind === 'blank') return edge ? { kind: 'edgeBlank' } : { kind: 'fixed', cell: null };
  if (token.kind !== 'number') return undefined;
  const form = token.text.normalize('NFKC');
  if (PLAIN_RUN.test(form) && form.length > 1) return { kind: 'digits', digits: form };
  return { kind: 'fixed', cell: token.value };
}

/** A glued piece of digits as one cell, or undefined when no table prints it so. */
function cellOf(digits: string, decimals: boolean): number | undefined {
  if (digits.length > 1 && digits[0] === '0' && digits[1] !== '.') return undefined;
  const point = digits.indexOf('.');
  if (point >= 0 && (!decimals || digits.length - point - 1 > MAX_DECIMALS || point === 0)) return undefined;
  if (digits.endsWith('.')) return undefined;
  return Number(digits);
}

export interface SplitOptions {
  width: number;
  decimals: boolean;
  /** Sums the row's cells must satisfy; checked as soon as the total's cell is filled. */
  sums?: readonly RowSum[];
  /** Stop after this many splits (the caller only needs to know "one" or "several", or a bounded list). */
  limit: number;
}

/** The distinct ways `tokens` make a row; more than `limit` → the first `limit + 1`. */
export function rowSplits(tokens: readonly Token[], options: SplitOptions): Cell[][] | undefined {
  const pieces: Piece[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const piece = pieceOf(tokens[i]!, i === 0 || i === tokens.length - 1);
    if (!piece) return undefined;
    pieces.push(piece);
  }
  const { width, decimals, sums = [], limit } = options;
  const byTotal = new Map<number, RowSum>();
  for (const sum of sums) byTotal.set(sum.total, sum);
  // Different cuts give different cells (no cell has a leading zero), so the splits found are distinct.
  const out: Cell[][] = [];
  const cells: Cell[] = [];
  const most = new Array<number>(pieces.length + 1).fill(0);
  const least = new Array<number>(pieces.length + 1).fill(0);
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    most[i] = most[i + 1]! + (piece.kind === 'digits' ? piece.digits.length : 1);
    least[i] = least[i + 1]! + (piece.kind === 'edgeBlank' ? 0 : 1);
  }

  const holds = (): boolean => {
    const sum = byTotal.get(cells.length - 1);
    if (!sum) return true;
    let parts = 0;
    for (const at of sum.parts) parts += cells[at] ?? 0;
    return parts === (cells[sum.total] ?? 0);
  };

  function walk(at: number): void {
    if (out.length > limit) return;
    const left = width - cells.length;
    if (left < least[at]! || left > most[at]!) return;
    if (at === pieces.length) {
      out.push([...cells]);
      return;
    }
    const piece = pieces[at]!;
    if (piece.kind === 'digits') {
      cut(at, piece.digits, 0);
      return;
    }
    if (piece.kind === 'edgeBlank') walk(at + 1);
    cells.push(piece.kind === 'fixed' ? piece.cell : null);
    if (holds()) walk(at + 1);
    cells.pop();
  }

  /** Every way to cut `digits` from `from` on into cells, each followed by the rest of the row. */
  function cut(at: number, digits: string, from: number): void {
    if (from === digits.length) {
      walk(at + 1);
      return;
    }
    for (let end = from + 1; end <= digits.length && cells.length < width && out.length <= limit; end++) {
      const value = cellOf(digits.slice(from, end), decimals);
      if (value === undefined) continue;
      cells.push(value);
      if (holds()) cut(at, digits, end);
      cells.pop();
    }
  }

  walk(0);
  return out;
}
