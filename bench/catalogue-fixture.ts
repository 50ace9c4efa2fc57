// A large published catalogue in a SQLite file, for the benchmarks that read one (bench/search.ts, bench/portal.ts).
// Items are generated from a pool of sentences made of jieba dictionary words; each sentence is segmented once by
// the segmenter the application uses and items reuse the words. The load is one transaction through one prepared
// statement per table, with the journal off and the FTS5 index buffered in memory and merged once at the end
// (bulk-load settings of this file only; the product's database keeps its own). The file is kept under data/bench/
// (git-ignored), named by the benchmark, item count, seed and a digest of the schema and index code, so a rerun
// measures straight away; GONGKAI_BENCH_FRESH=1 loads it again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { openDatabase } from '../src/storage/database.ts';
import { migrateToLatest } from '../src/storage/migrations/index.ts';
import { CATEGORIES } from '../src/core/publications/vocabulary.ts';
import { segmentForIndex } from '../src/services/publications/segmenter.ts';
import { facetTokens } from '../src/storage/publications/search.ts';

/** Deterministic pseudo-random numbers (mulberry32), so every run reads the same catalogue. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Up to 30,000 two-to-four-character words of the jieba dictionary, most frequent first. */
export function dictionaryWords(): string[] {
  const file = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([word, freq]) => word && /^[\u4e00-\u9fff]{2,4}$/.test(word) && Number(freq) >= 50)
    .sort((a, b) => Number(b[1]) - Number(a[1]))
    .slice(0, 30_000)
    .map(([word]) => word!);
}

export interface BenchAgency {
  id: string;
  name: string;
  /** The agency's code (its portal path); null: none. */
  code: string | null;
}

export interface CatalogueSpec {
  /** Names the file: one benchmark's catalogue is not another's. */
  name: string;
  items: number;
  seed: number;
  agencies: readonly BenchAgency[];
  words: readonly string[];
}

export function time(label: string, fn: () => void): void {
  const start = performance.now();
  fn();
  console.log(`${label}：${((performance.now() - start) / 1000).toFixed(1)} 秒`);
}

/** The path of a SQLite file holding the catalogue of `spec`, loading it first unless a finished one exists. */
export async function loadedCatalogue(spec: CatalogueSpec): Promise<string> {
  const dir = 'data/bench';
  const file = join(dir, `${spec.name}-${spec.items}-${spec.seed}-${loadDigest()}.db`);
  if (!existsSync(file) || process.env.GONGKAI_BENCH_FRESH === '1') {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.loading`;
    rmSync(partial, { force: true });
    await load(partial, spec);
    renameSync(partial, file); // only a finished load is ever reused
  } else {
    console.log(`沿用已载入的数据库：${file}`);
  }
  console.log(`数据库文件：${(statSync(file).size / 1024 / 1024).toFixed(0)} MB`);
  return file;
}

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

async function load(file: string, { items, seed, agencies, words }: CatalogueSpec): Promise<void> {
  const setup = await openDatabase(`sqlite:${file}`);
  await migrateToLatest(setup.db);
  await setup.close();

  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  /** Skewed towards the front of a frequency-sorted list: a few words are everywhere, most are rare. */
  const skewed = <T>(list: readonly T[]) => list[Math.floor(list.length * rand() ** 3)]!;
  const sentences = (count: number, [min, max]: [number, number]) =>
    Array.from({ length: count }, () => {
      const n = min + Math.floor(rand() * (max - min + 1));
      const text = Array.from({ length: n }, () => skewed(words)).join('');
      return { text, words: segmentForIndex(text) };
    });
  const titles = sentences(50_000, [3, 6]);
  const bodies = sentences(20_000, [8, 14]);

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
  time(`生成并载入 ${items.toLocaleString()} 条目录信息`, () => {
    const now = '2024-01-01T00:00:00.000Z';
    const agency = raw.prepare(
      `INSERT INTO agencies (id, name, code, level, can_make_regulations, registration_prefix, created_at) VALUES (?, ?, ?, 'department', 0, ?, ?)`,
    );
    raw.transaction(() => agencies.forEach((a, i) => agency.run(a.id, a.name, a.code, `测${i}`, now)))();
    const item = raw.prepare(
      `INSERT INTO publications (id, agency_id, search_key, index_number, title, document_number, publishing_body, genre, category,
         art20_item, body, keywords, validity_status, status, review_round, screening_findings, published_on, demo, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '测试机关', ?, ?, ?, ?, '[]', ?, 'published', 1, '[]', ?, 0, ?, ?)`,
    );
    const fts = raw.prepare(
      'INSERT INTO publication_search (rowid, title, number, body, facets) VALUES (?, ?, ?, ?, ?)',
    );
    raw.transaction(() => {
      for (let i = 0; i < items; i++) {
        const title = pick(titles);
        const body = [pick(bodies), pick(bodies), pick(bodies)];
        const normative = rand() < 0.02;
        const year = 2019 + Math.floor(rand() * 7);
        const publishedOn = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
        const number = normative ? `测规〔${year}〕${i % 1000}号` : null;
        const category = normative ? 'policyDocument' : pick(CATEGORIES);
        const agencyId = agencies[i % agencies.length]!.id;
        const facets = facetTokens({
          agencyId,
          status: 'published',
          category,
          art20Item: normative ? 1 : null,
          year,
          validity: normative ? 'inForce' : null,
        });
        item.run(
          `item-${i}`,
          agencyId,
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
