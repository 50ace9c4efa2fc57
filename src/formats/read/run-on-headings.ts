// Crawler text can hold the whole body on one line: "…联系。一、总体情况2021年，我区…二、主动公开政府信息情况 第二十条…".
// The headings inside such a line are found by their numeral, their place after a stop, a figure or a space (never
// after a word: "统一、" is no heading) and their meaning (headings.ts), and the line is cut before and after each.
import type { Block } from './blocks.ts';
import { matchHeading } from './headings.ts';
import { labelKey } from './normalize.ts';
import { SECTION_HEADINGS } from '../../core/taxonomy/sections.ts';

const NUMERALS = '一二三四五六';
const MARKS = '、.．';
/** What may stand before a heading run into a line: a stop, a closing mark, a figure, a space. */
const BEFORE_HEADING = /[\s\u3000。；！？!?;）)”」》0-9０-９]/;
/** Without the standard wording, a run-in heading's words end at a figure, a bracket, a space or a stop. */
const WORDS_END = /[\s\u30000-9０-９（(。，：:,；;]/;
const MAX_WORDS = 30;
const STANDARD_KEYS = Object.values(SECTION_HEADINGS).map(labelKey);

/** Length of the raw text from `at` whose key is `key`, or 0 when the text does not start with it. */
function rawLength(text: string, at: number, key: string): number {
  let built = '';
  for (let j = at; j < text.length && built.length < key.length; j++) {
    built += labelKey(text[j]!);
    if (!key.startsWith(built)) return 0;
    if (built === key) return j + 1 - at;
  }
  return 0;
}

function headingLength(text: string, at: number): number {
  const standard = STANDARD_KEYS[NUMERALS.indexOf(text[at]!)]!;
  const length = rawLength(text, at, standard);
  if (length > 0) return length;
  let end = at + 2;
  while (end < text.length && end - at < MAX_WORDS && !WORDS_END.test(text[end]!)) end++;
  return end - at;
}

/** A numeral and its mark somewhere after the start: the only lines worth scanning. */
const RUN_IN = /.[一二三四五六][、.．]/;

/** Cuts of one line: [text before, heading, text after, heading, …]; undefined when no heading is run in. */
function cutLine(text: string, after: number): { parts: string[]; last: number } | undefined {
  if (!RUN_IN.test(text)) return undefined;
  const parts: string[] = [];
  let from = 0;
  let current = after;
  for (let at = 1; at < text.length - 2; at++) {
    if (!NUMERALS.includes(text[at]!) || !MARKS.includes(text[at + 1]!)) continue;
    if (!BEFORE_HEADING.test(text[at - 1]!)) continue;
    const length = headingLength(text, at);
    const heading = text.slice(at, at + length);
    const match = matchHeading(heading, current);
    if (!match || match.rest !== '') continue;
    parts.push(text.slice(from, at), heading);
    from = at + length;
    current = match.index;
    at = from - 1;
  }
  if (parts.length === 0) return undefined;
  parts.push(text.slice(from));
  return { parts, last: current };
}

const LONE_NUMERAL = /^[一二三四五六]\s*[、.．]?$/;

/**
 * A heading whose numeral PDF extraction put on a line of its own ("三、" then "收到和处理政府信息公开申请情况"): the
 * two lines are one heading when together they read as the next section's heading.
 */
function joinLoneNumerals(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (block.kind === 'line' && next?.kind === 'line' && LONE_NUMERAL.test(block.text)) {
      const mark = /[、.．]$/.test(block.text) ? '' : '、';
      const joined = `${block.text}${mark}${next.text}`;
      if (matchHeading(joined, -1)) {
        out.push({ kind: 'line', text: joined });
        i++;
        continue;
      }
    }
    out.push(block);
  }
  return out;
}

/** The blocks with every line that runs headings in cut into its prose and its headings. */
export function splitRunOnHeadings(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let current = -1;
  for (const block of joinLoneNumerals(blocks)) {
    if (block.kind !== 'line') {
      out.push(block);
      continue;
    }
    const own = matchHeading(block.text, current);
    if (own) current = own.index;
    const cut = cutLine(block.text, current);
    if (!cut) {
      out.push(block);
      continue;
    }
    current = cut.last;
    cut.parts.forEach((part, i) => {
      const text = part.trim();
      if (text !== '')
        out.push({ kind: 'line', text, ...(i === 0 && block.continues ? { continues: true } : {}) });
    });
  }
  return out;
}
