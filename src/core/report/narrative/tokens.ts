// Numbers with their units, found by looking for the (rare) unit characters first and reading the number
// backwards from each: one quick pass over the text instead of trying a number pattern at every character.

export interface NumberToken {
  start: number;
  end: number;
  /** The number as written: "29", "1,234", "30.61", "二十九", "三十点六". */
  written: string;
  /** 件, 项, 个, 起, 元 or % (百分之… gives %). */
  unit: string;
  /** "1.2万件", "1.5万元": 万 written between an Arabic number and its unit. */
  tenThousand: boolean;
}

const UNIT = /[件项个起元%]/g;
const PERCENT_WORDS = '百分之';
const ARABIC = /^\d+(?:,\d{3})*(?:\.\d+)?$/;
const CHINESE_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]/;
const ARABIC_CHAR = /[\d,.]/;
const MAX_NUMBER_LENGTH = 20;
const PERCENT_NUMBER = /^(?:[零〇一二两三四五六七八九十百千点]+|\d+(?:\.\d+)?)/;

/** All tokens of a sentence, in order. */
export function numberTokens(sentence: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  UNIT.lastIndex = 0;
  for (let match = UNIT.exec(sentence); match !== null; match = UNIT.exec(sentence)) {
    const token = numberBefore(sentence, match.index);
    if (token !== null) tokens.push(token);
  }
  for (let at = sentence.indexOf(PERCENT_WORDS); at !== -1; at = sentence.indexOf(PERCENT_WORDS, at + 1)) {
    const number = PERCENT_NUMBER.exec(sentence.slice(at + PERCENT_WORDS.length));
    if (number === null) continue;
    const end = at + PERCENT_WORDS.length + number[0].length;
    if (sentence[end] === '%') continue; // "百分之三十%" is read once, from its sign.
    tokens.push({ start: at, end, written: number[0], unit: '%', tenThousand: false });
  }
  return tokens.length > 1 ? tokens.sort((a, b) => a.start - b.start) : tokens;
}

function numberBefore(sentence: string, unitAt: number): NumberToken | null {
  let i = unitAt;
  if (sentence[i - 1] === ' ') i--;
  const unit = sentence[unitAt]!;
  let tenThousand = false;
  if (sentence[i - 1] === '万' && /\d/.test(sentence[i - 2] ?? '')) {
    tenThousand = true;
    i--;
  }
  const end = i;
  const pattern = /\d/.test(sentence[i - 1] ?? '')
    ? ARABIC_CHAR
    : CHINESE_NUMERAL.test(sentence[i - 1] ?? '')
      ? CHINESE_NUMERAL
      : null;
  if (pattern === null) return null;
  // A quantity is a few characters long; a longer run of digits is something else (and must not cost n²).
  const floor = Math.max(0, end - MAX_NUMBER_LENGTH);
  while (i > floor && pattern.test(sentence[i - 1]!)) i--;
  if (i === floor && floor > 0 && pattern.test(sentence[floor - 1]!)) return null;
  let written = sentence.slice(i, end);
  if (pattern === ARABIC_CHAR) {
    // The longest tail that is a well-formed number: "2023,29件" → 29.
    while (written !== '' && !ARABIC.test(written)) {
      written = written.slice(1);
      i++;
    }
    if (written === '') return null;
  }
  return { start: i, end: unitAt + 1, written, unit, tenThousand };
}
