// Table material as a flat stream of tokens: text (label and header words), figures and blank cells. Copying a
// web table to text, saving it as HTML or printing it to PDF all keep this order — cells left to right, rows top
// to bottom, merged cells once where they start — so one aligner can read them all.
import { gluedPieces } from './glued-pieces.ts';
import { isBlankMark, labelKey, parseNumber } from './normalize.ts';

/** `line` numbers the physical row (a table row, a line of text) the token was read from. */
export type Token =
  | { kind: 'text'; text: string; key: string; line: number }
  | { kind: 'number'; text: string; value: number; line: number }
  | { kind: 'blank'; text: string; line: number };

const WHITESPACE = /[\s\u3000]+/;
const HAS_SPACE = /[\s\u3000]/;
/** A piece starting with a CJK ideograph is a word (only "无数据" among them marks a blank cell). */
const CJK_FIRST = 0x3400;
const CJK_LAST = 0x9fff;
const startsWithIdeograph = (piece: string) => {
  const code = piece.charCodeAt(0);
  return code >= CJK_FIRST && code <= CJK_LAST;
};

const HAS_DIGIT = /[0-9０-９]/;

/** Most pieces are one figure or one label; only words with figures glued to them need cutting. */
function pushPiece(piece: string, line: number, into: Token[]): void {
  const whole = token(piece, line);
  const parts = whole.kind === 'text' && HAS_DIGIT.test(piece) ? gluedPieces(piece) : undefined;
  if (parts === undefined) into.push(whole);
  else for (const part of parts) into.push(token(part, line));
}

function token(piece: string, line: number): Token {
  if (startsWithIdeograph(piece) && piece !== '无数据') {
    return { kind: 'text', text: piece, key: labelKey(piece), line };
  }
  const value = parseNumber(piece);
  if (value !== undefined) return { kind: 'number', text: piece, value, line };
  if (isBlankMark(piece)) return { kind: 'blank', text: piece, line };
  return { kind: 'text', text: piece, key: labelKey(piece), line };
}

/** One cell: empty → a blank token; otherwise its whitespace-separated pieces (labels rejoin in the aligner). */
export function cellTokens(cell: string, line: number, into: Token[]): void {
  const trimmed = cell.trim();
  if (trimmed === '') {
    into.push({ kind: 'blank', text: '', line });
    return;
  }
  if (!HAS_SPACE.test(trimmed)) {
    pushPiece(trimmed, line, into); // most cells are one figure or one label: no split needed
    return;
  }
  for (const piece of trimmed.split(WHITESPACE)) if (piece !== '') pushPiece(piece, line, into);
}

/** A line of a plain-text table: pieces separated by spaces; there are no empty cells to keep. */
export function lineTokens(text: string, line: number): Token[] {
  const out: Token[] = [];
  for (const piece of text.trim().split(WHITESPACE)) if (piece !== '') pushPiece(piece, line, out);
  return out;
}
