// Page numbers that a PDF conversion leaves in the text, often in the middle of a table: "-3-", "— 5 —",
// "第 3 页", "第3页 共12页". They belong to no section and no table, and are dropped before either is read.
import type { Block } from './blocks.ts';

const DASHED = /^[-—–－―~～]+\s*[0-9０-９]{1,4}\s*[-—–－―~～]+$/;
const PAGE_OF = /^第\s*[0-9０-９]{1,4}\s*页(?:\s*[/，,]?\s*共\s*[0-9０-９]{1,4}\s*页)?$/;

/** Page marks are short and start with a dash or 第. */
const MAX_MARK = 16;
const MARK_START = /^\s*[-—–－―~～第]/;

export function isPageMark(text: string): boolean {
  if (text.length > MAX_MARK || !MARK_START.test(text)) return false;
  const trimmed = text.trim();
  return DASHED.test(trimmed) || PAGE_OF.test(trimmed);
}

const NON_BLANK = /\S/;

/** The block's text when it has just one non-blank piece (a line, or a row with one filled cell). */
function soleText(block: Block): string | undefined {
  if (block.kind === 'line') return block.text;
  let sole: string | undefined;
  for (const cell of block.cells) {
    if (!NON_BLANK.test(cell)) continue;
    if (sole !== undefined) return undefined;
    sole = cell;
  }
  return sole;
}

export function withoutPageMarks(blocks: readonly Block[]): Block[] {
  return blocks.filter((block) => {
    const text = soleText(block);
    return text === undefined || !isPageMark(text);
  });
}
