// Prose of a section: paragraphs joined by "\n". PDF soft wraps join the paragraph they continue; table rows
// met outside a table section keep their words (no section's text is lost).
import type { Block } from './blocks.ts';

export function proseOf(blocks: readonly Block[]): string {
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const text =
      block.kind === 'line'
        ? block.text
        : block.cells
            .map((c) => c.trim())
            .filter(Boolean)
            .join(' ');
    if (text === '') continue;
    if (block.kind === 'line' && block.continues && paragraphs.length > 0)
      paragraphs[paragraphs.length - 1] += text;
    else paragraphs.push(text);
  }
  return paragraphs.join('\n');
}
