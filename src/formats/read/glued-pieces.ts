// Text a crawler extracted from a web table runs labels and figures together: "申请数量640020470二、上年结转…",
// "禁止公开00000003.危及…". Such a piece is cut where words and figures meet, so the aligner sees the labels and
// the digit runs (which table-decode.ts may split further into cells). The digit before "." or "、" that opens a
// label ("3.危及…") is the label's item number, not a figure.

import { PLACEHOLDER_CELL } from './table-words.ts';

// A figure printed with thousands separators ("1,049") is one figure; any other run of digits may hold several.
const DIGIT_RUN = /[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
const ITEM_MARK = '.．、';
/** A character that makes a piece more than a figure: anything beyond ASCII, full-width digits and marks. */
const WORD_CHAR = /[^ -~０-９．，]/;
const isDigit = (ch: string | undefined) => ch !== undefined && /[0-9０-９]/.test(ch);

/** The piece cut into words and digit runs, or undefined when it needs no cut (no figure glued to a word). */
export function gluedPieces(piece: string): string[] | undefined {
  if (!/[0-9０-９]/.test(piece) || !WORD_CHAR.test(piece) || PLACEHOLDER_CELL.test(piece)) return undefined;
  const parts: string[] = [];
  let from = 0;
  for (const match of piece.matchAll(DIGIT_RUN)) {
    const start = match.index;
    let end = start + match[0].length;
    // "3.危及": the run's last digit numbers the label that follows.
    if (ITEM_MARK.includes(piece[end] ?? '\u0000') && !isDigit(piece[end + 1])) end--;
    if (end <= start) continue;
    if (start > from) parts.push(piece.slice(from, start));
    parts.push(piece.slice(start, end));
    from = end;
  }
  if (parts.length === 0) return undefined;
  if (from < piece.length) parts.push(piece.slice(from));
  return parts;
}
