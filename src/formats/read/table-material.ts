// In sections 二–四, which lines belong to the table and which are prose. Cells are always table; a line is
// table material when every word on it is a figure or a piece of the format's table wording (a label broken
// over lines, a header, a vertical label one character per line) — everything else stays prose.
import type { Block } from './blocks.ts';
import { TABLE_VOCABULARY_KEY } from './table-specs.ts';
import { isDamagedTableLabel, isRunOfTableWords } from './table-words.ts';
import { cellTokens, lineTokens, type Token } from './tokens.ts';

const SENTENCE_END = /[。！？；!?;]$/;
const isTableWord = (key: string) => TABLE_VOCABULARY_KEY.includes(key) || isRunOfTableWords(key);

/** A row whose label lost characters still has its figures: with a few of them, a damaged label is table. */
const MIN_FIGURES_FOR_DAMAGED = 3;

function isTableLine(tokens: readonly Token[], line: string): boolean {
  if (tokens.length === 0 || SENTENCE_END.test(line)) return false;
  const figures = tokens.filter((t) => t.kind === 'number').length;
  return tokens.every(
    (t) =>
      t.kind !== 'text' ||
      isTableWord(t.key) ||
      (figures >= MIN_FIGURES_FOR_DAMAGED && isDamagedTableLabel(t.key)),
  );
}

export interface SectionMaterial {
  tokens: Token[];
  prose: Block[];
}

export function separateTable(blocks: readonly Block[]): SectionMaterial {
  const tokens: Token[] = [];
  const prose: Block[] = [];
  blocks.forEach((block, line) => {
    if (block.kind === 'row') {
      for (const cell of block.cells) cellTokens(cell, line, tokens);
      return;
    }
    const lineTokensRead = lineTokens(block.text, line);
    if (isTableLine(lineTokensRead, block.text.trim())) for (const t of lineTokensRead) tokens.push(t);
    else prose.push(block);
  });
  return { tokens, prose };
}
