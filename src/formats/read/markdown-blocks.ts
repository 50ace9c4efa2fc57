// Markdown: pipe tables, "#" headings, emphasis markers; lines of one paragraph (no blank line between) are
// soft wraps and join without a space, as Chinese text does.
import type { Block } from './blocks.ts';
import { lineToBlock } from './text-blocks.ts';

const LINE_BREAK = /\r\n|\r|\n/;
const HEADING_MARK = /^#{1,6}\s+/;
const QUOTE_MARK = /^>\s?/;
const EMPHASIS = /\*\*|__/g;

export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let inParagraph = false;
  for (const raw of markdown.split(LINE_BREAK)) {
    const trimmed = raw.trim();
    const isHeading = HEADING_MARK.test(trimmed);
    const cleaned = trimmed.replace(HEADING_MARK, '').replace(QUOTE_MARK, '').replace(EMPHASIS, '');
    const block = lineToBlock(cleaned.replace(/\\\|/g, '｜'));
    if (!block) {
      inParagraph = false;
      continue;
    }
    if (block.kind === 'line' && inParagraph && !isHeading) block.continues = true;
    inParagraph = block.kind === 'line' && !isHeading;
    blocks.push(block);
  }
  return blocks;
}
