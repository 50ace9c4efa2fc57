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
/** A table found inside a line of prose has at least this many digits (glued or not) and characters of words. */
const MIN_TABLE_DIGITS = 3;
const MIN_TABLE_WORDS = 8;
const wordsOf = (tokens: readonly Token[]) =>
  tokens.reduce((n, t) => n + (t.kind === 'text' ? t.key.length : 0), 0);
const digitsOf = (tokens: readonly Token[]) =>
  tokens.reduce((n, t) => n + (t.kind === 'number' ? t.text.replace(/[^0-9０-９]/g, '').length : 0), 0);

/**
 * A line that runs prose, a table and a note together (crawler text): the table is the part from the start of a
 * sentence to the last figure, when that part is table wording and figures only. Undefined when there is none.
 */
function tableInLine(text: string, line: number): { tokens: Token[]; prose: string } | undefined {
  const parts = text.split(SENTENCES);
  for (let from = 0; from < parts.length; from++) {
    const tokens = lineTokens(parts.slice(from).join(''), line);
    // The table ends at one of its figures; a note after it may hold figures too ("截至12月31日").
    for (let last = tokens.length - 1; last >= 0; last--) {
      if (tokens[last]!.kind !== 'number') continue;
      const head = tokens.slice(0, last + 1);
      if (digitsOf(head) < MIN_TABLE_DIGITS) break;
      if (wordsOf(head) < MIN_TABLE_WORDS || !isTableLine(head, '')) continue;
      const note = tokens.slice(last + 1).map((t) => t.text);
      return { tokens: head, prose: [parts.slice(0, from).join(''), note.join('')].join('').trim() };
    }
  }
  return undefined;
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
    if (isTableLine(lineTokensRead, block.text.trim())) {
      for (const t of lineTokensRead) tokens.push(t);
      return;
    }
    const found = tableInLine(block.text, line);
    if (!found) {
      prose.push(block);
      return;
    }
    for (const t of found.tokens) tokens.push(t);
    if (found.prose !== '') prose.push({ ...block, text: found.prose });
  });
  return { tokens, prose };
}
