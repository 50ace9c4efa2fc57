// The ways a row's figure tokens can be its cells. A token is one cell, except a run of plain digits, which may be
// several glued cells ("713000074" = 71|3|0|0|0|0|74); a blank at either end of the row may be a filler cell of
// the layout rather than a cell. A split never makes a cell with a leading zero ("03"), never cuts a figure
// printed with thousands separators, and keeps at most four decimals (万元 to the yuan).
import type { Cell } from '../../core/report/model.ts';
import { parseNumber } from './normalize.ts';
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
  return parseNumber(digits);
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
  const out: Cell[][] = [];
  const seen = new Set<string>();
  const cells: Cell[] = [];
  const maxCells = (from: number) =>
    pieces.slice(from).reduce((n, p) => n + (p.kind === 'digits' ? p.digits.length : 1), 0);
  const minCells = (from: number) => pieces.slice(from).filter((p) => p.kind !== 'edgeBlank').length;

  const holds = () => {
    const sum = byTotal.get(cells.length - 1);
    if (!sum) return true;
    let parts = 0;
    for (const at of sum.parts) parts += cells[at] ?? 0;
    return parts === (cells[sum.total] ?? 0);
  };
  const push = (cell: Cell, next: () => void) => {
    cells.push(cell);
    if (holds()) next();
    cells.pop();
  };

  const walk = (at: number) => {
    if (out.length > limit) return;
    const left = width - cells.length;
    if (left < minCells(at) || left > maxCells(at)) return;
    if (at === pieces.length) {
      const key = JSON.stringify(cells);
      if (!seen.has(key)) {
        seen.add(key);
        out.push([...cells]);
      }
      return;
    }
    const piece = pieces[at]!;
    if (piece.kind === 'fixed') push(piece.cell, () => walk(at + 1));
    else if (piece.kind === 'edgeBlank') {
      walk(at + 1);
      push(null, () => walk(at + 1));
    } else splitDigits(piece.digits, () => walk(at + 1));
  };

  /** Every way to cut `digits` into cells, each followed by `next`. */
  const splitDigits = (digits: string, next: () => void) => {
    if (digits === '') {
      next();
      return;
    }
    for (let length = 1; length <= digits.length && cells.length < width; length++) {
      const value = cellOf(digits.slice(0, length), decimals);
      if (value === undefined) continue;
      push(value, () => splitDigits(digits.slice(length), next));
    }
  };

  walk(0);
  return out;
}
