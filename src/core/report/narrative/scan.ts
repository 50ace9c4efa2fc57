// Finding the figures a text states, before any table is consulted. Each sentence is read once, left to right:
// a number with its unit is tied to the nearest keyword before it in the same clause (or, for outcomes, right
// after it), unless the clause makes it a change, an estimate or a part of the aggregate.
import { OUTCOME_GROUP_KEYS } from '../../taxonomy/index.ts';
import type { AggregateKey, CountAggregate } from './aggregates.ts';
import {
  AFTER_COUNT,
  ALL_COMPLETED,
  DISCLOSURE_CASE,
  FOLLOWING,
  NONE_REVIEW_OR_LITIGATION,
  NOT_A_LEVEL,
  NOT_A_SHARE,
  NO_PROCESSING_FEE,
  RATE_TAIL,
  SHARE_TAIL,
  NO_CORRECTION,
  SUBSET,
  casesNamed,
  combinedOutcomes,
  lastKeyword,
  rateAggregateOf,
  resultBefore,
} from './lexicon.ts';
import { decimalsOf, parseNumber } from './numerals.ts';
import { sentencesOf } from './sentences.ts';
import { numberTokens, type NumberToken } from './tokens.ts';

export interface StatedFigure {
  /**
   * An aggregate ("granted"), outcome groups stated together ("granted+partiallyGranted") or a result column of
   * table 四 over a kind of case ("review.upheld"): see countDefinitionOf.
   */
  aggregate: string;
  kind: 'count' | 'money' | 'rate';
  value: number;
  /** As written: 件, 项, 个, 起, 元, 万元, %. */
  unit: string;
  /** Decimal places written, for rates (30.61% → 2). */
  decimals: number;
  quote: string;
}

const CLAUSE_BREAKS = new Set([...'，,、：:()（）', ' ', '\t', '\u3000']);
const COUNT_UNITS = new Set(['件', '项', '个', '起']);
const FEE_AGGREGATES = new Set<AggregateKey>(['processingFee', 'administrativeFees']);
/** Aggregates of table 三, the ones a share ("占6.9%") can be a share of; outcome groups stated together too. */
const TABLE_THREE_COUNTS = new Set<string>([
  'received',
  'carriedIn',
  'completed',
  'carriedOut',
  ...OUTCOME_GROUP_KEYS,
]);
const isTableThreeCount = (aggregate: string) =>
  aggregate.split('+').every((part) => TABLE_THREE_COUNTS.has(part));

export function scanText(text: string): StatedFigure[] {
  const figures: StatedFigure[] = [];
  for (const sentence of sentencesOf(text)) scanSentence(sentence, figures);
  return figures;
}

function clauseStart(sentence: string, from: number, floor: number): number {
  let i = from;
  while (i > floor && !CLAUSE_BREAKS.has(sentence[i - 1]!)) i--;
  return i;
}

/** Only the first words after a figure matter ("申请均已办结"); a bound keeps many figures in one clause linear. */
const AFTER_WINDOW = 24;

function clauseEnd(sentence: string, from: number): number {
  const limit = Math.min(sentence.length, from + AFTER_WINDOW);
  let i = from;
  while (i < limit && !CLAUSE_BREAKS.has(sentence[i]!)) i++;
  return i;
}

/** The sentence's figures in the order they are written. */
function scanSentence(sentence: string, figures: StatedFigure[]): void {
  const found: Positioned[] = statedWithoutNumbers(sentence);
  let previousEnd = 0;
  let lastCount: StatedFigure | null = null;
  let lastCountEnd = -1;
  let lastCountFrom = 0;
  for (const token of numberTokens(sentence)) {
    const { start, end } = token;
    const before = sentence.slice(clauseStart(sentence, start, previousEnd), start);
    previousEnd = end;
    if (sentence[start - 1] === '第') continue; // an ordinal: 第3件
    const number = parseNumber(token.written);
    if (number === null) continue;
    const base = { ...valueAndUnit(number, token), decimals: decimalsOf(token.written) };
    const after = sentence.slice(end, clauseEnd(sentence, end));
    // "208件（17.46%）": a bare share in brackets right after a count is a share of that count.
    const bracketedShare =
      base.unit === '%' &&
      before === '' &&
      '（('.includes(sentence[start - 1] ?? '-') &&
      lastCountEnd === start - 1 &&
      /^(?:$|[)）,，;；])/.test(after);
    const figure: Omit<StatedFigure, 'quote'> | null =
      base.unit === '%'
        ? rateFigure(before, bracketedShare ? lastCount : null, lastCount, base)
        : COUNT_UNITS.has(base.unit)
          ? countFigure(before, after, sentence.slice(0, start), sentence, base)
          : moneyFigure(before, base);
    // A share ("占86.92%") belongs to the count just before it, even one we could not attribute.
    if (COUNT_UNITS.has(base.unit)) lastCount = null;
    if (figure === null) continue;
    // A bracketed share is quoted with its count: "予以公开及部分公开208件（17.46%）".
    const from = bracketedShare && figure.kind === 'rate' ? lastCountFrom : start - before.length;
    const quoted: StatedFigure = {
      ...figure,
      quote:
        quoteOf(sentence, from, end, figure.kind === 'count' ? after : '') + (bracketedShare ? '）' : ''),
    };
    found.push({ at: start, figure: quoted });
    if (quoted.kind === 'count') {
      lastCount = quoted;
      lastCountEnd = end;
      lastCountFrom = from;
    }
  }
  found.sort((a, b) => a.at - b.at);
  for (const { figure } of found) figures.push(figure);
}

interface Positioned {
  at: number;
  figure: StatedFigure;
}

type Base = Pick<StatedFigure, 'value' | 'unit' | 'decimals'>;

/** 1.2万件 is 12000 件; 1.5万元 stays 1.5 万元, the unit 行政事业性收费 is reported in. */
function valueAndUnit(number: number, { unit, tenThousand }: NumberToken): { value: number; unit: string } {
  if (!tenThousand) return { value: number, unit };
  return unit === '元' ? { value: number, unit: '万元' } : { value: number * 10_000, unit };
}

function quoteOf(sentence: string, from: number, to: number, after: string): string {
  const tail = FOLLOWING.exec(after);
  return sentence.slice(from, to + (tail ? tail[0].length : 0)).trim();
}

const CASE_AGGREGATES = new Set<AggregateKey>([
  'review',
  'litigation',
  'litigationDirect',
  'litigationAfterReview',
]);

/** Words listed before 等 are examples ("因本机关不掌握等原因无法提供"): they do not narrow the figure. */
function narrowed(before: string): boolean {
  return SUBSET.test(before.slice(before.lastIndexOf('等') + 1));
}

function countFigure(
  before: string,
  after: string,
  upToNumber: string,
  sentence: string,
  base: Base,
): Omit<StatedFigure, 'quote'> | null {
  const following = FOLLOWING.exec(after);
  if ((following === null && !AFTER_COUNT.test(after)) || NOT_A_LEVEL.test(before)) return null;
  const result = resultBefore(before);
  if (result !== null) return resultFigure(result, upToNumber, sentence, base);
  if (narrowed(before)) return null;
  // "予以公开及部分公开258件" (the list may span clauses: "予以公开、部分公开258件"): the groups' sum.
  const combined = combinedOutcomes(upToNumber);
  if (combined !== null) return { aggregate: combined.join('+'), kind: 'count', ...base };
  const keyword = lastKeyword(before) ?? (following === null ? null : lastKeyword(following[0]));
  // "收到并办结", two different aggregates at once: not attributable.
  if (keyword === null || keyword.mixed || FEE_AGGREGATES.has(keyword.aggregate)) return null;
  const aggregate = keyword.aggregate;
  // 收到/受理 alone may be letters or proposals; the clause must be about requests.
  if (aggregate === 'received' && !`${before}${after}`.includes('申请')) return null;
  if (CASE_AGGREGATES.has(aggregate) && !DISCLOSURE_CASE.test(sentence)) return null;
  return { aggregate, kind: 'count', ...base };
}

/** "行政复议351件，其中结果维持72件": a result column of the kind of case the sentence last named. */
function resultFigure(
  result: string,
  upToNumber: string,
  sentence: string,
  base: Base,
): Omit<StatedFigure, 'quote'> | null {
  const kinds = casesNamed(upToNumber);
  const kind = kinds[kinds.length - 1];
  if (kind === undefined || !DISCLOSURE_CASE.test(sentence)) return null;
  return { aggregate: `${kind}.${result}`, kind: 'count', ...base };
}

function moneyFigure(before: string, base: Base): Omit<StatedFigure, 'quote'> | null {
  const keyword = lastKeyword(before);
  if (keyword === null || !FEE_AGGREGATES.has(keyword.aggregate) || NOT_A_LEVEL.test(before)) return null;
  return { aggregate: keyword.aggregate, kind: 'money', ...base };
}

function rateFigure(
  before: string,
  bracketed: StatedFigure | null,
  lastCount: StatedFigure | null,
  base: Base,
): Omit<StatedFigure, 'quote'> | null {
  if (NOT_A_SHARE.test(before)) return null;
  const rate = RATE_TAIL.exec(before);
  if (rate !== null) return { aggregate: rateAggregateOf(rate), kind: 'rate', ...base };
  const of = bracketed ?? (SHARE_TAIL.test(before) ? lastCount : null);
  return of !== null && isTableThreeCount(of.aggregate)
    ? { aggregate: of.aggregate, kind: 'rate', ...base }
    : null;
}

function zero(
  aggregate: CountAggregate | 'processingFee' | `${'review' | 'litigation'}.corrected`,
  unit: string,
  quote: string,
): StatedFigure {
  return {
    aggregate,
    kind: aggregate === 'processingFee' ? 'money' : 'count',
    value: 0,
    unit,
    decimals: 0,
    quote,
  };
}

/** Figures stated in words: "已全部办理完毕" (0 carried forward), "未发生行政复议" (0), "未收取信息处理费" (0 元). */
function statedWithoutNumbers(sentence: string): Positioned[] {
  const figures: Positioned[] = [];
  // Cheap substring tests first: most sentences mention none of these.
  const all = sentence.includes('申请') ? ALL_COMPLETED.exec(sentence) : null;
  // "上年结转的申请已全部办结" says nothing about this year's carry-forward.
  if (all !== null && !/上一?年|结转/.test(sentence)) {
    figures.push({ at: all.index, figure: zero('carriedOut', '件', all[0]) });
  }
  const none =
    sentence.includes('行政复议') || sentence.includes('行政诉讼')
      ? NONE_REVIEW_OR_LITIGATION.exec(sentence)
      : null;
  if (none !== null) {
    for (const word of [none[1], none[2]]) {
      if (word !== undefined)
        figures.push({
          at: none.index,
          figure: zero(word === '行政复议' ? 'review' : 'litigation', '件', none[0]),
        });
    }
  }
  const noCorrection = /纠错|纠正|败诉/.test(sentence) ? NO_CORRECTION.exec(sentence) : null;
  if (noCorrection !== null) {
    const words = [noCorrection[1], noCorrection[3]].filter((word) => word !== undefined);
    for (const kind of new Set(words.map((word) => (word.endsWith('复议') ? 'review' : 'litigation')))) {
      figures.push({ at: noCorrection.index, figure: zero(`${kind}.corrected`, '件', noCorrection[0]) });
    }
  }
  const fee = sentence.includes('信息处理费') ? NO_PROCESSING_FEE.exec(sentence) : null;
  if (fee !== null) figures.push({ at: fee.index, figure: zero('processingFee', '元', fee[0]) });
  return figures;
}
