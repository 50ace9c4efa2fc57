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

/**
 * Every run of words between figures is table wording: word by word, or taken together when the layout's spaces
 * broke the words apart ("结果尚未 审结总 计").
 */
function isTableLine(tokens: readonly Token[], line: string): boolean {
  if (tokens.length === 0 || SENTENCE_END.test(line)) return false;
  const figures = tokens.filter((t) => t.kind === 'number').length;
  const isTableText = (key: string) =>
    isTableWord(key) || (figures >= MIN_FIGURES_FOR_DAMAGED && isDamagedTableLabel(key));
  let run: string[] = [];
  const runIsTable = () => run.every(isTableText) || isRunOfTableWords(run.join(''));
  for (const token of tokens) {
    if (token.kind === 'text') {
      run.push(token.key);
      continue;
    }
    if (run.length > 0 && !runIsTable()) return false;
    run = [];
  }
  return run.length === 0 || runIsTable();
}

export interface SectionMaterial {
  tokens: Token[];
  prose: Block[];
}

/** Sentences of a line that runs prose into a table (crawler text): "…如下表。第二十条第(一)项信息内容规章103…". */
const SENTENCES = /(?<=[。！？；])/;

export function separateTable(blocks: readonly Block[]): SectionMaterial {
  const tokens: Token[] = [];
  const prose: Block[] = [];
  blocks.forEach((block, line) => {
    if (block.kind === 'row') {
      for (const cell of block.cells) cellTokens(cell, line, tokens);
      return;
    }
    const lineTokensRead = lineTokens(block.text, line);
    if (isTableLine(lineTokensRead, block.text.trim())) {
      for (const t of lineTokensRead) tokens.push(t);
      return;
    }
    // The table may follow a sentence on the same line: the last part, if table, is read as table.
    const parts = block.text.split(SENTENCES);
    const last = parts.at(-1)!;
    const lastTokens = parts.length > 1 ? lineTokens(last, line) : [];
    if (lastTokens.length > 0 && isTableLine(lastTokens, last.trim())) {
      prose.push({ ...block, text: parts.slice(0, -1).join('').trim() });
      for (const t of lastTokens) tokens.push(t);
    } else prose.push(block);
  });
  return { tokens, prose };
}
