// Plain text as copied from a web page: a cell per line ending with " |" (the seed's layout), table rows on one
// line with tabs between cells (an empty cell between two tabs is a blank), or spaces (split later), and prose.
import type { Block } from './blocks.ts';

const LINE_BREAK = /\r\n|\r|\n/;
// A Markdown table rule (|---|:--:|): only these characters, with a run of dashes. Tested without backtracking.
const RULE_CHARS = /^[\s:|-]+$/;
const isMarkdownRule = (line: string) =>
  '|-:'.includes(line[0]!) && line.includes('---') && RULE_CHARS.test(line);

/** "| a | b |" → ["a", "b"]. */
export function pipeCells(line: string): string[] {
  return line.slice(1, -1).split('|');
}

export function lineToBlock(raw: string): Block | undefined {
  const line = raw.trim();
  if (line === '' || isMarkdownRule(line)) return undefined;
  if (line.length > 1 && line[0] === '|' && line.endsWith('|'))
    return { kind: 'row', cells: pipeCells(line) };
  if (line.endsWith('|')) return { kind: 'row', cells: [line.slice(0, -1)] };
  if (line.includes('\t')) return { kind: 'row', cells: line.split('\t') };
  return { kind: 'line', text: line };
}

export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  // Splitting on a character is much faster than on a pattern, and most texts end their lines with \n alone.
  for (const raw of text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n')) {
    const block = lineToBlock(raw);
    if (block) blocks.push(block);
  }
  return blocks;
}
