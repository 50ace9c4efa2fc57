// What the database rate-limit store (server/rate-limit-store.ts) costs a limited request, against the plugin's
// in-memory store: the product's server (buildServer) answering GET /api/v1/calendar — a limited public read — by
// inject, sequentially, from CLIENTS rotating client addresses (so both new rows and bumped rows are counted); and
// the store's one upsert alone (countRateLimitHit). Both engines; medians over ROUNDS rounds of CALLS requests, in
// microseconds per request.
//   node --import tsx bench/rate-limit-store.ts [calls=2000] [rounds=7]
// PostgreSQL: GONGKAI_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres); a scratch database is
// created for the run and dropped afterwards.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createTestDatabase } from '../test/db.ts';
import { buildServer } from '../src/server/app.ts';
import { createServiceContext } from '../src/services/bootstrap.ts';
import { countRateLimitHit } from '../src/services/rate-limits.ts';
import type { Engine } from '../src/storage/database.ts';
import { median, printTable } from './stats.ts';

const CALLS = Number(process.argv[2] ?? 2000);
const ROUNDS = Number(process.argv[3] ?? 7);
const CLIENTS = 500;
process.env.GONGKAI_TEST_PG_URL ??=
  process.env.GONGKAI_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const address = (i: number) => `10.1.${Math.floor((i % CLIENTS) / 250)}.${(i % CLIENTS) % 250}`;

/** Microseconds per call of `work(i)`, median over the rounds (one unmeasured round first). */
async function perCall(work: (i: number) => Promise<unknown>): Promise<number> {
  const rounds: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const start = performance.now();
    for (let i = 0; i < CALLS; i++) await work(i);
    if (round > 0) rounds.push(((performance.now() - start) * 1000) / CALLS);
  }
  return median(rounds);
}

async function requestCost(
  ctx: ReturnType<typeof createServiceContext>,
  store: 'memory' | 'database',
): Promise<number> {
  const app = await buildServer({
    ctx,
    config: { rateLimitStore: store, publicReadRateLimit: { max: 1e9, windowMs: 60_000 } },
  });
  try {
    return await perCall(async (i) => {
      const response = await app.inject({ url: '/api/v1/calendar', remoteAddress: address(i) });
      if (response.statusCode !== 200) throw new Error(`意外的状态 ${response.statusCode}`);
    });
  } finally {
    await app.close();
  }
}

const format = (us: number) => us.toFixed(1);

async function main(): Promise<void> {
  const rows = [['引擎', '内存计数：每请求', '数据库计数：每请求', '差值（每请求的代价）', '仅一次计数']];
  for (const engine of ['sqlite', 'postgres'] as Engine[]) {
    const database = await createTestDatabase(engine);
    try {
      const ctx = createServiceContext({ db: database.db });
      const memory = await requestCost(ctx, 'memory');
      const inDatabase = await requestCost(ctx, 'database');
      const upsert = await perCall((i) =>
        countRateLimitHit(ctx, { scope: 'bench', clientKey: address(i), windowMs: 60_000 }),
      );
      rows.push([
        engine === 'sqlite' ? 'SQLite' : 'PostgreSQL',
        format(memory),
        format(inDatabase),
        format(inDatabase - memory),
        format(upsert),
      ]);
    } finally {
      await database.dispose();
    }
  }
  console.log(
    `每请求的微秒数，${ROUNDS} 轮中位数，每轮 ${CALLS} 次顺序请求（${CLIENTS} 个客户端地址轮流）；负载 ${loadavg()[0]!.toFixed(1)}`,
  );
  printTable(rows);
}

await main();
