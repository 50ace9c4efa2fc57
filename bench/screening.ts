// bench/screening: how long pre-publication screening takes on a 100 KB Chinese document against lexicons of
// 1,000 / 10,000 / 100,000 terms, beside a naive search (one indexOf pass per term) in the same run.
// Run: node --import tsx bench/screening.ts
// Document and terms are generated deterministically from one character pool, so terms and text share characters
// (partial matches everywhere, the hard case for an automaton) and some terms really occur.
import { MultiPatternMatcher } from '../src/core/screening/aho-corasick.ts';
import { buildLexicon, screenText } from '../src/core/screening/index.ts';
import { findLexiconHits } from '../src/core/screening/lexicon.ts';
import { foldText } from '../src/core/screening/normalize.ts';
import { seededRandom } from '../test/fixtures/screening/generate.ts';
import { median, printTable } from './stats.ts';

const DOCUMENT_BYTES = 100 * 1024;
const SIZES = [1_000, 10_000, 100_000];
const random = seededRandom(20240101);

const WORDS =
  '政府信息公开工作年度报告本机关坚持以公开为常态不公开为例外主动依申请办理答复行政复议诉讼国防动员人民防空法律法规政策文件解读回应关切平台建设监督保障群众最关心需要了解事项网站微信微博发布条数据统计期限邮编地址联系电话临沂市兰山区北京路规范化标准化全过程全链条管理服务结果执行决策营商环境审批惠企利民';
const POOL = [
  ...new Set([...WORDS, ...Array.from({ length: 1500 }, (_, i) => String.fromCharCode(0x4e00 + i * 7))]),
];
const PUNCTUATION = '，。、；：“”（）';

const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

function makeTerms(count: number): string[] {
  const terms = new Set<string>();
  while (terms.size < count) {
    const length = 2 + Math.floor(random() * 5);
    terms.add(Array.from({ length }, () => pick(POOL)).join(''));
  }
  return [...terms];
}

/** Text in sentences of pool characters, digits and punctuation, with a term of the lexicon every ~2,000 characters. */
function makeDocument(terms: readonly string[]): string {
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < DOCUMENT_BYTES) {
    const sentence =
      Array.from({ length: 8 + Math.floor(random() * 30) }, () =>
        random() < 0.05 ? String(Math.floor(random() * 2024)) : pick(POOL),
      ).join('') +
      (random() < 0.03 ? pick(terms) : '') +
      pick([...PUNCTUATION]) +
      (random() < 0.1 ? '\n' : '');
    parts.push(sentence);
    bytes += Buffer.byteLength(sentence);
  }
  return parts.join('');
}

function time(runs: number, fn: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function naiveCount(text: string, terms: readonly string[]): number {
  let count = 0;
  for (const term of terms)
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) count++;
  return count;
}

const allTerms = makeTerms(SIZES.at(-1)!);
const document = makeDocument(allTerms.slice(0, SIZES[0]));
const folded = foldText(document);
console.log(
  `文档：${Buffer.byteLength(document)} 字节（UTF-8），${document.length} 个字符；每项取中位数，单位 ms/100 KB。`,
);

const rows: string[][] = [
  [
    '词条数',
    '建库 (ms)',
    '自动机匹配',
    '全部规则 screenText',
    '逐词 indexOf',
    '倍数 (indexOf/自动机)',
    '命中数',
  ],
];
for (const size of SIZES) {
  const terms = allTerms.slice(0, size);
  const foldedTerms = terms.map(foldText);
  const buildMs = time(size >= 100_000 ? 1 : 3, () => buildLexicon(terms));
  const lexicon = buildLexicon(terms);
  const matcher = new MultiPatternMatcher(foldedTerms);
  let automatonHits = 0;
  matcher.forEachMatch(folded, () => automatonHits++);
  const naiveHits = naiveCount(folded, foldedTerms);
  if (naiveHits !== automatonHits)
    throw new Error(`结果不一致：自动机 ${automatonHits}，indexOf ${naiveHits}`);
  for (let i = 0; i < 5; i++) findLexiconHits(folded, lexicon); // warm-up
  const automatonMs = time(101, () => findLexiconHits(folded, lexicon));
  const screenMs = time(41, () => screenText(document, { lexicon }));
  const naiveMs = time(size >= 100_000 ? 3 : 7, () => naiveCount(folded, foldedTerms));
  rows.push([
    size.toLocaleString('en'),
    buildMs.toFixed(0),
    automatonMs.toFixed(2),
    screenMs.toFixed(2),
    naiveMs.toFixed(1),
    `${(naiveMs / automatonMs).toFixed(0)}×`,
    String(automatonHits),
  ]);
}
printTable(rows);
console.log('目标：10,000 个词条时每 100 KB 少于 10 ms（自动机匹配列）。');
