// Recognises the six section headings (《条例》第五十条; 国办公开办函〔2021〕30号) by their number AND their
// meaning, so "五、存在的主要问题和改进计划" is section 五 while the table row "四、结转下年度继续办理" is not
// section 四. The heading is kept as written; judging its wording is the checker's rule N-2, not the reader's.
import { SECTION_KEYS, type SectionKey } from '../../core/taxonomy/sections.ts';
import { labelKey } from './normalize.ts';

const NUMERALS = '一二三四五六';

/** What each section is about, as agencies word it (keys are compared after labelKey). */
const MEANINGS: Record<SectionKey, RegExp> = {
  overview: /总体|概述|概况|基本情况|综述|总述|整体情况/,
  proactive: /主动公开/,
  applications: /申请/,
  reviewLitigation: /复议|诉讼/,
  problems: /问题|改进|不足/,
  other: /其他|其它|需要报告|需报告/,
};

const SEPARATORS = '、.．,，';
const isSpace = (ch: string | undefined) =>
  ch === ' ' || ch === '\u3000' || ch === '\t' || ch === '\u00a0' || ch === '\n' || ch === '\r';

/** "二、words", "二.words", "二．words", "二 words": the numeral and the words after it (scanned, no regex). */
function numbered(line: string): { numeral: number; words: string } | undefined {
  let i = 0;
  while (isSpace(line[i])) i++;
  const numeral = NUMERALS.indexOf(line[i] ?? '');
  if (numeral < 0) return undefined;
  i++;
  const afterNumeral = i;
  while (isSpace(line[i])) i++;
  if (SEPARATORS.includes(line[i] ?? '\u0000')) i++;
  else if (i === afterNumeral) return undefined;
  while (isSpace(line[i])) i++;
  const words = line.slice(i).trimEnd();
  return words === '' ? undefined : { numeral, words };
}

/** A heading is short; a longer line is a heading only up to its first full stop or colon. */
const HEADING_MAX_KEY = 30;
const HEADING_END = /[。：:]/;

export interface HeadingMatch {
  key: SectionKey;
  index: number;
  heading: string;
  /** Text after the heading on the same line ("一、总体情况。本机关…"). */
  rest: string;
}

/** The section this line opens, if it is the heading of a section after `after` (index, -1 before 一). */
export function matchHeading(line: string, after: number): HeadingMatch | undefined {
  const found = numbered(line);
  if (!found || found.numeral <= after) return undefined;
  const index = found.numeral;
  const key = SECTION_KEYS[index]!;
  let words = found.words;
  let heading = line.trim();
  let rest = '';
  if (labelKey(words).length > HEADING_MAX_KEY) {
    const end = HEADING_END.exec(words);
    if (!end || labelKey(words.slice(0, end.index)).length > HEADING_MAX_KEY) return undefined;
    rest = words.slice(end.index + 1).trim();
    words = words.slice(0, end.index);
    heading = line.slice(0, line.indexOf(words) + words.length).trim();
  }
  if (!MEANINGS[key].test(labelKey(words))) return undefined;
  return { key, index, heading, rest };
}
