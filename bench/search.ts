// bench/search: query latency of the catalogue's Chinese full-text search over N items (default 1,000,000) on
// SQLite, beside two baselines in the same run: a LIKE scan (what search would cost without the index) and a
// plain indexed listing (the cheapest query the catalogue runs). Run: node --import tsx bench/search.ts [items]
//
// Items are generated from a pool of sentences made of jieba dictionary words; each sentence is segmented once
// by the same segmenter the application uses and items reuse the words. The load is one transaction through one
// prepared statement per table, with the journal off and the FTS5 index buffered in memory and merged once at
// the end (bulk-load settings of this file only; the product's database keeps its own). The loaded database is
// kept under data/bench/ (git-ignored), named by item count, seed and a digest of the schema and index code, so
// a rerun measures straight away; GONGKAI_BENCH_FRESH=1 loads it again. Queries go through the whole service
// path (segmentation, FTS5 match with filters, tiered ranking, capped count, loading the items and highlighting).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { openDatabase } from '../src/storage/database.ts';
import { migrateToLatest } from '../src/storage/migrations/index.ts';
import { CATEGORIES } from '../src/core/publications/vocabulary.ts';
import { segmentForIndex, segmentQuery } from '../src/services/publications/segmenter.ts';
import { searchCatalogue, type SearchQuery } from '../src/services/publications/search.ts';
import { listCatalogue } from '../src/services/publications/catalogue.ts';
import { facetTokens, searchIndex } from '../src/storage/publications/search.ts';
import { median, percentile, printTable } from './stats.ts';

const ITEMS = Number(process.argv[2] ?? 1_000_000);
const AGENCIES = 100;
const QUERIES = 300;
const BASELINE_LIKE_QUERIES = ITEMS >= 500_000 ? 3 : 10;

/** Deterministic pseudo-random numbers (mulberry32), so every run searches the same catalogue. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 20231231;
const rand = random(SEED);
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
/** Skewed towards the front of a frequency-sorted list: a few words are everywhere, most are rare. */
const skewed = <T>(list: readonly T[]) => list[Math.floor(list.length * rand() ** 3)]!;

function dictionaryWords(): string[] {
  const file = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([word, freq]) => word && /^[\u4e00-\u9fff]{2,4}$/.test(word) && Number(freq) >= 50)
    .sort((a, b) => Number(b[1]) - Number(a[1]))
    .slice(0, 30_000)
    .map(([word]) => word!);
}

interface Sentence {
  text: string;
  words: string;
}

function sentences(words: readonly string[], count: number, length: [number, number]): Sentence[] {
  return Array.from({ length: count }, () => {
    const n = length[0] + Math.floor(rand() * (length[1] - length[0] + 1));
    const text = Array.from({ length: n }, () => skewed(words)).join('');
    return { text, words: segmentForIndex(text) };
  });
}

function time(label: string, fn: () => void): void {
  const start = performance.now();
  fn();
  console.log(`${label}：${((performance.now() - start) / 1000).toFixed(1)} 秒`);
}

const words = dictionaryWords();
const agencyIds = Array.from({ length: AGENCIES }, (_, i) => `agency-${i}`);

/** Changes whenever what the loader writes could change: the schema, the facet tokens or the segmenter. */
function loadDigest(): string {
  const sources = [
    '../src/storage/migrations/index.ts',
    '../src/storage/migrations/100_publications.ts',
    '../src/services/publications/segmenter.ts',
  ];
  const hash = createHash('sha256');
  for (const source of sources) hash.update(readFileSync(new URL(source, import.meta.url)));
  // The facet tokens as written, not the source of search.ts: changing how queries run keeps the loaded file.
  hash.update(
    facetTokens({
      agencyId: 'a-1',
      status: 'draft',
      category: 'lawsAndRegulations',
      art20Item: 1,
      year: 2023,
      validity: 'inForce',
    }),
  );
  return hash.digest('hex').slice(0, 12);
}

const dir = 'data/bench';
const file = join(dir, `search-${ITEMS}-${SEED}-${loadDigest()}.db`);
if (!existsSync(file) || process.env.GONGKAI_BENCH_FRESH === '1') {
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.loading`;
  rmSync(partial, { force: true });
  await load(partial);
  renameSync(partial, file); // only a finished load is ever reused
} else {
  console.log(`沿用已载入的数据库：${file}`);
}
console.log(`数据库文件：${(statSync(file).size / 1024 / 1024).toFixed(0)} MB`);
await measure();

async function load(file: string): Promise<void> {
  const setup = await openDatabase(`sqlite:${file}`);
  await migrateToLatest(setup.db);
  await setup.close();

  const titles = sentences(words, 50_000, [3, 6]);
  const bodies = sentences(words, 20_000, [8, 14]);

  const raw = new SqliteDatabase(file);
  // Bulk load into a file nobody else reads: a crash only loses the file, which is loaded again.
  raw.pragma('journal_mode = OFF');
  raw.pragma('synchronous = OFF');
  raw.pragma('locking_mode = EXCLUSIVE');
  raw.pragma('cache_size = -1048576');
  // FTS5 keeps up to 512 MB of new entries in memory before writing a segment, and merges none while loading;
  // 'optimize' then writes the index once, as one segment. Both settings go back to FTS5's defaults afterwards.
  raw.exec(
    `INSERT INTO publication_search (publication_search, rank) VALUES ('hashsize', ${512 * 1024 * 1024})`,
  );
  raw.exec(`INSERT INTO publication_search (publication_search, rank) VALUES ('automerge', 0)`);
  time(`生成并载入 ${ITEMS.toLocaleString()} 条目录信息`, () => {
    const now = '2024-01-01T00:00:00.000Z';
    const agency = raw.prepare(
      `INSERT INTO agencies (id, name, level, can_make_regulations, registration_prefix, created_at) VALUES (?, ?, 'department', 0, ?, ?)`,
    );
    raw.transaction(() => agencyIds.forEach((id, i) => agency.run(id, `测试机关${i}`, `测${i}`, now)))();
    const item = raw.prepare(
      `INSERT INTO publications (id, agency_id, search_key, index_number, title, document_number, publishing_body, genre, category,
         art20_item, body, keywords, validity_status, status, review_round, screening_findings, published_on, demo, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '测试机关', ?, ?, ?, ?, '[]', ?, 'published', 1, '[]', ?, 0, ?, ?)`,
    );
    const fts = raw.prepare(
      'INSERT INTO publication_search (rowid, title, number, body, facets) VALUES (?, ?, ?, ?, ?)',
    );
    raw.transaction(() => {
      for (let i = 0; i < ITEMS; i++) {
        const title = pick(titles);
        const body = [pick(bodies), pick(bodies), pick(bodies)];
        const normative = rand() < 0.02;
        const year = 2019 + Math.floor(rand() * 7);
        const publishedOn = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
        const number = normative ? `测规〔${year}〕${i % 1000}号` : null;
        const category = normative ? 'policyDocument' : pick(CATEGORIES);
        const facets = facetTokens({
          agencyId: agencyIds[i % AGENCIES]!,
          status: 'published',
          category,
          art20Item: normative ? 1 : null,
          year,
          validity: normative ? 'inForce' : null,
        });
        item.run(
          `item-${i}`,
          agencyIds[i % AGENCIES],
          i + 1,
          `000000000/${year}-${String(i).padStart(7, '0')}`,
          title.text,
          number,
          normative ? 'normativeDocument' : 'news',
          category,
          normative ? 1 : null,
          `<p>${body.map((s) => s.text).join('。')}。</p>`,
          normative ? 'inForce' : null,
          publishedOn,
          now,
          now,
        );
        fts.run(
          i + 1,
          title.words,
          number ? segmentForIndex(number) : '',
          body.map((s) => s.words).join(' '),
          facets,
        );
      }
    })();
  });
  time('合并全文索引', () => {
    raw.exec(`INSERT INTO publication_search (publication_search) VALUES ('optimize')`);
    raw.exec(`INSERT INTO publication_search (publication_search, rank) VALUES ('hashsize', ${1024 * 1024})`);
    raw.exec(`INSERT INTO publication_search (publication_search, rank) VALUES ('automerge', 4)`);
    raw.pragma('optimize');
  });
  raw.close();
}

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
