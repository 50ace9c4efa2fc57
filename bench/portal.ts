// bench/portal: the public portal's pages under load, with N published items (default 100,000) in one agency's
// catalogue on SQLite, against a bare Fastify route serving a static HTML page of the same size, in the same run.
//   node --import tsx bench/portal.ts [items=100000] [seconds=5] [rounds=3]
// The server is the real `bin/gongkai serve` in its own process (logging on, as in production); the bare route is
// Fastify in its own process with the same logger. For each page:
//   1. maximum throughput, closed loop, CONNECTIONS keep-alive connections (bench/http-load.ts), median of rounds;
//   2. p99 latency at half of the bare route's maximum rate, open loop at that fixed rate (latency counted from
//      when each request was due).
// Target (issue 10): each page ≥ 50% of the bare route's throughput, p99 < 20 ms at half the bare maximum.
// "Hot" pages ask for one address again and again (a news item everyone reads: the page cache answers); "spread"
// pages ask for a different item or word each time with the page cache off (GONGKAI_PAGE_CACHE_MS=0), to show what
// rendering from the database costs.
import { cpus, loadavg } from 'node:os';
import { spawnServer, type RunningServer } from '../test/server/spawn-server.ts';
import { spawnBareFastify } from './bare-fastify.ts';
import { dictionaryWords, itemId, loadedCatalogue, random } from './catalogue-fixture.ts';
import { closedLoop, openLoop, type LoadResult } from './http-load.ts';
import { median, printTable } from './stats.ts';

const ITEMS = Number(process.argv[2] ?? 100_000);
const SECONDS = Number(process.argv[3] ?? 5);
const ROUNDS = Number(process.argv[4] ?? 3);
const CONNECTIONS = 32;
const SEED = 20231204;
const AGENCY = { id: 'bench-agency', name: '基准测试局', code: '11371300MB0000001X' };

const words = dictionaryWords();
const file = await loadedCatalogue({ name: 'portal', items: ITEMS, seed: SEED, agencies: [AGENCY], words });
const site = `/${AGENCY.code}`;
const rand = random(SEED + 7);
const someItem = () => `${site}/catalogue/${itemId(Math.floor(rand() * ITEMS))}`;
const someWord = () => `${site}/catalogue/search?q=${encodeURIComponent(words[Math.floor(rand() * 3000)]!)}`;

interface PageCase {
  label: string;
  paths: () => string;
  /** Run against the server with the page cache off. */
  uncached?: boolean;
}

const HOT: PageCase[] = [
  { label: '目录列表（首页）', paths: () => `${site}/catalogue` },
  { label: '目录列表（第 37 页，按类别）', paths: () => `${site}/catalogue?category=workUpdate&page=37` },
  { label: '信息页', paths: () => `${site}/catalogue/${itemId(4242)}` },
  { label: '检索页', paths: () => `${site}/catalogue/search?q=${encodeURIComponent(words[10]!)}` },
  { label: '在线申请表', paths: () => `${site}/apply` },
];
const SPREAD: PageCase[] = [
  { label: '信息页（每次不同，无缓存）', paths: someItem, uncached: true },
  { label: '检索页（每次不同，无缓存）', paths: someWord, uncached: true },
];

async function sizeOf(base: string, path: string): Promise<number> {
  const response = await fetch(`${base}${path}`);
  if (response.status !== 200) throw new Error(`${path} 返回 ${response.status}`);
  return (await response.arrayBuffer()).byteLength;
}

/** `/size/:n` answers a static HTML page of n bytes, made once per size. */
const startBare = () =>
  spawnBareFastify(`
    const pages = new Map();
    app.get('/size/:n', async (request, reply) => {
      const n = Number(request.params.n);
      if (!pages.has(n)) pages.set(n, '<!doctype html><title>x</title>' + 'x'.repeat(Math.max(0, n - 30)));
      return reply.type('text/html; charset=utf-8').send(pages.get(n));
    });`);

async function rounds(base: string, paths: () => string): Promise<LoadResult[]> {
  await closedLoop(base, paths, { connections: CONNECTIONS, seconds: 1 }); // warm-up
  const results: LoadResult[] = [];
  for (let i = 0; i < ROUNDS; i++)
    results.push(await closedLoop(base, paths, { connections: CONNECTIONS, seconds: SECONDS }));
  return results;
}

const rateOf = (results: LoadResult[]) => median(results.map((r) => r.perSecond));

interface Row {
  label: string;
  bytes: number;
  bare: number;
  page: number;
  halfRate: number;
  open: LoadResult;
  failed: number;
}

async function measure(server: RunningServer, bare: { base: string }, cases: PageCase[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of cases) {
    const bytes = await sizeOf(server.baseUrl, c.paths());
    const barePath = () => `/size/${bytes}`;
    const bareRounds = await rounds(bare.base, barePath);
    const pageRounds = await rounds(server.baseUrl, c.paths);
    const halfRate = Math.round(rateOf(bareRounds) / 2);
    const open = await openLoop(server.baseUrl, c.paths, {
      rate: halfRate,
      seconds: SECONDS,
      connections: 256,
    });
    rows.push({
      label: c.label,
      bytes,
      bare: rateOf(bareRounds),
      page: rateOf(pageRounds),
      halfRate,
      open,
      failed: pageRounds.reduce((s, r) => s + r.failed, 0) + open.failed,
    });
    console.log(
      `  ${c.label}：${Math.round(rateOf(pageRounds))} 页/秒，裸路由 ${Math.round(rateOf(bareRounds))}`,
    );
  }
  return rows;
}

async function withServer<T>(pageCacheMs: string | undefined, body: (server: RunningServer) => Promise<T>) {
  if (pageCacheMs === undefined) delete process.env.GONGKAI_PAGE_CACHE_MS;
  else process.env.GONGKAI_PAGE_CACHE_MS = pageCacheMs;
  const server = await spawnServer(`sqlite:${file}`, [], 60_000);
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

console.log(
  `门户页面压测：${ITEMS.toLocaleString()} 条目录信息，每轮 ${SECONDS} 秒 × ${ROUNDS} 轮取中位数，${CONNECTIONS} 个连接；` +
    `${cpus().length} 核，负载 ${loadavg()[0]!.toFixed(2)}`,
);
const bare = await startBare();
const rows: Row[] = [];
try {
  rows.push(...(await withServer(undefined, (server) => measure(server, bare, HOT))));
  rows.push(...(await withServer('0', (server) => measure(server, bare, SPREAD))));
} finally {
  await bare.close();
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
printTable([
  [
    '页面',
    '大小',
    '裸路由（页/秒）',
    '本页（页/秒）',
    '比值',
    '半速（页/秒）',
    '半速 p50',
    '半速 p99',
    '达标',
    '失败',
  ],
  ...rows.map((r) => {
    const ratio = r.page / r.bare;
    const met = ratio >= 0.5 && r.open.p99 < 20;
    return [
      r.label,
      `${(r.bytes / 1024).toFixed(1)} KB`,
      r.bare.toFixed(0),
      r.page.toFixed(0),
      `${(ratio * 100).toFixed(0)}%`,
      String(r.halfRate),
      ms(r.open.p50),
      ms(r.open.p99),
      met ? '是' : '否',
      String(r.failed),
    ];
  }),
]);
