// Copy detection (rule N-3) over 500 agencies' reports for two years: all of them at once, as the roster does.
//   node --import tsx bench/copies.ts [agencies=500] [rounds=5]
// The reports have independently written narratives (src/core/report/copies/fixture.ts), with the statutory
// boilerplate every report shares, and 2 % of them carry a paragraph copied from another agency. The baseline is
// exact Jaccard on every eligible pair of paragraphs (same year, other agency; or the agency's previous year),
// timed on a sample of pairs and extrapolated to all of them.
import { loadavg } from 'node:os';
import { copyDoc, independentReport, sectionText } from '../src/core/report/copies/fixture.ts';
import { withSection } from '../src/core/report/check/fixture.ts';
import { detectCopies, DEFAULT_COPY_OPTIONS } from '../src/core/report/copies/index.ts';
import { jaccard, shingles } from '../src/core/report/copies/minhash.ts';
import { narrativeParagraphs } from '../src/core/report/copies/paragraphs.ts';
import { median, printTable } from './stats.ts';

const AGENCIES = Number(process.argv[2] ?? 500);
const ROUNDS = Number(process.argv[3] ?? 5);

const docs = [2023, 2024].flatMap((year) =>
  Array.from({ length: AGENCIES }, (_, i) => {
    let report = independentReport(`第${i}机关`, year, year * 10_000 + i);
    if (year === 2024 && i % 50 === 0) {
      const source = independentReport(`第${i + 1}机关`, year, year * 10_000 + i + 1);
      report = withSection(report, 'other', sectionText(source, 'problems').split('\n')[0]!);
    }
    return copyDoc(`${year}/${i}`, `a${i}`, year, report);
  }),
);

const times: number[] = [];
let hits = 0;
for (let round = 0; round < ROUNDS; round++) {
  const start = performance.now();
  hits = detectCopies(docs).length;
  times.push(performance.now() - start);
}

// Baseline: exact Jaccard over every eligible pair of paragraphs.
const o = DEFAULT_COPY_OPTIONS;
const paragraphs = docs.flatMap((d) =>
  narrativeParagraphs(d.report, o.minLength, o.boilerplate).map((p) => ({
    d,
    set: shingles(p.normalized, o.shingleLength),
  })),
);
let eligible = 0;
const perYear = new Map<number, number>();
for (const p of paragraphs) perYear.set(p.d.year, (perYear.get(p.d.year) ?? 0) + 1);
const perDocYear = paragraphs.length / docs.length;
// Same year, other agency: n(n−1)/2 minus the pairs inside one report; previous year of the same agency: per² each.
for (const n of perYear.values())
  eligible += (n * (n - 1)) / 2 - AGENCIES * ((perDocYear * (perDocYear - 1)) / 2);
eligible += AGENCIES * perDocYear * perDocYear;
const SAMPLE = 200_000;
const start = performance.now();
let sink = 0;
for (let k = 0; k < SAMPLE; k++) {
  const a = paragraphs[(k * 7919) % paragraphs.length]!;
  const b = paragraphs[(k * 104_729 + 1) % paragraphs.length]!;
  sink += jaccard(a.set, b.set);
}
const perPair = (performance.now() - start) / SAMPLE;

console.log(
  `报告 ${docs.length} 份（${AGENCIES} 个机关 × 2 年），叙述段落 ${paragraphs.length} 段，负载 ${loadavg()[0]!.toFixed(1)}`,
);
printTable([
  ['方法', '中位数（ms）', '说明'],
  ['MinHash + LSH + 精确核对', median(times).toFixed(0), `${ROUNDS} 轮，命中 ${hits} 处（含双向）`],
  [
    '逐对精确 Jaccard（外推）',
    (perPair * eligible).toFixed(0),
    `${Math.round(eligible).toLocaleString()} 对 × ${(perPair * 1000).toFixed(2)} µs（抽样 ${SAMPLE.toLocaleString()} 对，校验和 ${sink.toFixed(0)}）`,
  ],
]);
