// bench/search: query latency of the catalogue's Chinese full-text search over N items (default 1,000,000) on
// SQLite, beside two baselines in the same run: a LIKE scan (what search would cost without the index) and a
// plain indexed listing (the cheapest query the catalogue runs). Run: node --import tsx bench/search.ts [items]
//
// The catalogue comes from bench/catalogue-fixture.ts (generated once, kept under data/bench/). Queries go through
// the whole service path (segmentation, FTS5 match with filters, tiered ranking, capped count, loading the items
// and highlighting).
import SqliteDatabase from 'better-sqlite3';
import { openDatabase } from '../src/storage/database.ts';
import { CATEGORIES } from '../src/core/publications/vocabulary.ts';
import { segmentQuery } from '../src/services/publications/segmenter.ts';
import { searchCatalogue, type SearchQuery } from '../src/services/publications/search.ts';
import { listCatalogue } from '../src/services/publications/catalogue.ts';
import { searchIndex } from '../src/storage/publications/search.ts';
import { dictionaryWords, loadedCatalogue, random } from './catalogue-fixture.ts';
import { median, percentile, printTable } from './stats.ts';

const ITEMS = Number(process.argv[2] ?? 1_000_000);
const AGENCIES = 100;
const QUERIES = 300;
const BASELINE_LIKE_QUERIES = ITEMS >= 500_000 ? 3 : 10;
const SEED = 20231231;

const words = dictionaryWords();
const agencyIds = Array.from({ length: AGENCIES }, (_, i) => `agency-${i}`);
const file = await loadedCatalogue({
  name: 'search',
  items: ITEMS,
  seed: SEED,
  agencies: agencyIds.map((id, i) => ({ id, name: `测试机关${i}`, code: null })),
  words,
});
await measure();

async function measure(): Promise<void> {
  const { db, close } = await openDatabase(`sqlite:${file}`);
  // Queries draw from their own stream: the same queries whether the catalogue was just loaded or reused.
  const rand = random(SEED + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const queries: {
    kind: string;
    scope: { agencyIds?: string[]; statuses: string[] };
    query: SearchQuery & { year?: number };
  }[] = [];
  const published = ['published'];
  for (let i = 0; i < QUERIES; i++) {
    const kind = i % 5;
    if (kind === 0)
      queries.push({
        kind: '常见词',
        scope: { statuses: published },
        query: { q: words[Math.floor(rand() * 200)]! },
      });
    if (kind === 1)
      queries.push({
        kind: '少见词',
        scope: { statuses: published },
        query: { q: words[5000 + Math.floor(rand() * 20_000)]! },
      });
    if (kind === 2)
      queries.push({
        kind: '两词组合',
        scope: { statuses: published },
        query: { q: `${words[Math.floor(rand() * 3000)]}${words[Math.floor(rand() * 3000)]}` },
      });
    if (kind === 3)
      queries.push({
        kind: '一个机关+分类',
        scope: { agencyIds: [pick(agencyIds)], statuses: published },
        query: { q: words[Math.floor(rand() * 2000)]!, category: pick(CATEGORIES) },
      });
    if (kind === 4)
      queries.push({
        kind: '年份+有效性',
        scope: { statuses: published },
        query: {
          q: words[Math.floor(rand() * 2000)]!,
          year: 2019 + Math.floor(rand() * 7),
          validity: 'inForce',
        },
      });
  }
  for (const q of queries.slice(0, 20)) await searchCatalogue(db, q.scope, q.query); // warm-up

  const latencies = new Map<string, number[]>();
  const record = (kind: string, ms: number) => latencies.set(kind, [...(latencies.get(kind) ?? []), ms]);
  let totalHits = 0;
  for (const q of queries) {
    const start = performance.now();
    const result = await searchCatalogue(db, q.scope, q.query);
    const ms = performance.now() - start;
    totalHits += result.total;
    record(q.kind, ms);
    record('全文检索（全部）', ms);
  }

  // The same queries at the storage layer only (segmented words → ranked keys and the capped count), to show
  // what the engine costs apart from loading and highlighting the page of results.
  for (const q of queries) {
    const words = segmentQuery(q.query.q);
    const start = performance.now();
    await searchIndex(db, {
      words,
      ...q.scope,
      category: q.query.category,
      year: q.query.year,
      validity: q.query.validity,
      limit: 20,
      offset: 0,
    });
    record('仅索引查询（同一批查询）', performance.now() - start);
  }

  for (let i = 0; i < QUERIES; i++) {
    const start = performance.now();
    await listCatalogue(db, { agencyIds: [pick(agencyIds)], statuses: published, limit: 20, offset: 0 });
    record('基线：按机关列表（索引）', performance.now() - start);
  }
  const like = new SqliteDatabase(file, { readonly: true });
  const likeScan = like.prepare(
    `SELECT id FROM publications WHERE status = 'published' AND (title LIKE ? OR body LIKE ? OR document_number LIKE ?) ORDER BY published_on DESC LIMIT 20`,
  );
  for (const q of queries.filter((q) => q.kind === '少见词').slice(0, BASELINE_LIKE_QUERIES)) {
    const pattern = `%${q.query.q}%`;
    const start = performance.now();
    likeScan.all(pattern, pattern, pattern);
    record('基线：LIKE 扫描（少见词）', performance.now() - start);
  }
  like.close();
  await close();

  const rows = [['查询', '次数', 'p50 (ms)', 'p99 (ms)', '最大 (ms)']];
  for (const [kind, values] of latencies) {
    rows.push([
      kind,
      String(values.length),
      median(values).toFixed(2),
      percentile(values, 99).toFixed(2),
      Math.max(...values).toFixed(2),
    ]);
  }
  console.log(
    `\n${ITEMS.toLocaleString()} 条目录信息，${AGENCIES} 个机关；全文检索平均命中 ${Math.round(totalHits / QUERIES).toLocaleString()} 条`,
  );
  printTable(rows);
}
