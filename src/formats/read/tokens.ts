// Table material as a flat stream of tokens: text (label and header words), figures and blank cells. Copying a
// web table to text, saving it as HTML or printing it to PDF all keep this order — cells left to right, rows top
// to bottom, merged cells once where they start — so one aligner can read them all.
import { isBlankMark, labelKey, parseNumber } from './normalize.ts';

export type Token =
  | { kind: 'text'; text: string; key: string }
  | { kind: 'number'; text: string; value: number }
  | { kind: 'blank'; text: string };

const WHITESPACE = /[\s\u3000]+/;

function token(piece: string): Token {
  const value = parseNumber(piece);
  if (value !== undefined) return { kind: 'number', text: piece, value };
  if (isBlankMark(piece)) return { kind: 'blank', text: piece };
  return { kind: 'text', text: piece, key: labelKey(piece) };
}

/** One cell: empty → a blank token; otherwise its whitespace-separated pieces (labels rejoin in the aligner). */
export function cellTokens(cell: string, into: Token[]): void {
  const trimmed = cell.trim();
  if (trimmed === '') {
    into.push({ kind: 'blank', text: '' });
    return;
  }
  for (const piece of trimmed.split(WHITESPACE)) if (piece !== '') into.push(token(piece));
}

/** A line of a plain-text table: pieces separated by spaces; there are no empty cells to keep. */
export function lineTokens(line: string): Token[] {
  const out: Token[] = [];
  for (const piece of line.trim().split(WHITESPACE)) if (piece !== '') out.push(token(piece));
  return out;
}
