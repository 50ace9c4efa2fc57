// Intake under load, as the issue asks: an open loop at a fixed arrival rate (each registration is due at its moment
// whatever the server does, and its latency counts from that moment: no coordinated omission), over loopback, against
// the real server process (`bin/gongkai serve`, logging on as in production) on SQLite and on PostgreSQL, beside a bare
// Fastify route in its own process in the same run (JSON body in, 201 out: the floor the framework and loopback set).
//   node --import tsx bench/requests.ts [rate=300] [seconds=10] [connections=64]
// 1. Each target at RATE for SECONDS: p50, p99, answered, failed; for the product, /metrics is scraped before and
//    after, and its intake counter must have grown by exactly the number of 201 answers.
// 2. The highest rate each target sustains (answers ≥ 97% of the rate and p99 < 50 ms), stepping the rate up by a
//    quarter from RATE (down by a fifth when RATE does not hold); the product's as a share of the bare route's.
// 3. Where the HTTP path's time goes: in this process, the same registrations through the server's WriteBatcher
//    without HTTP, one caller at a time (CPU per intake) and CONNECTIONS at once.
// PostgreSQL: GONGKAI_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres); scratch databases are
// created for the run and dropped afterwards (test/db.ts makes both engines' scratch databases).
import { cpus, loadavg } from 'node:os';
import { testContext } from '../test/context.ts';
import { createTestDatabase } from '../test/db.ts';
import { spawnServer } from '../test/server/spawn-server.ts';
import { intakeBody, seedAgencyWithClerk, signIn } from '../test/server/seed.ts';
import { makeAgency } from '../test/db/factories.ts';
import { SYSTEM_ACTOR } from '../src/services/actor.ts';
import type { Db } from '../src/services/database.ts';
import { registerRequest } from '../src/services/requests/intake.ts';
import { spawnBareFastify } from './bare-fastify.ts';
import { closedLoop, openLoop, type LoadResult, type Outgoing } from './http-load.ts';
import { median, percentile, printTable } from './stats.ts';

const RATE = Number(process.argv[2] ?? 300);
const SECONDS = Number(process.argv[3] ?? 10);
const CONNECTIONS = Number(process.argv[4] ?? 64);
/** The latency the issue sets for 300 intakes/s. */
const P99_LIMIT_MS = 50;
/** Seconds per step of the search for the highest sustained rate, and the rate where the search stops. */
const STEP_SECONDS = 5;
const MAX_RATE = 20_000;
const MIN_RATE = 20;

interface Target {
  label: string;
  base: string;
  /** The next registration to send. */
  next(): Outgoing;
  /** Intakes the server has counted so far (its /metrics), or null for the bare route. */
  counted(): Promise<number | null>;
  close(): Promise<void>;
}

let serial = 0;
const registration = (path: string, headers: Record<string, string>) => (): Outgoing => ({
  method: 'POST',
  path,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(intakeBody(++serial)),
});

/** The staff door's intake counter as /metrics shows it (loopback may scrape without a token). */
async function scrapeIntakes(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('gongkai_request_intakes_total{door="staff"}'));
  return line ? Number(line.split(' ').pop()) : 0;
}

async function productTarget(label: string, engine: 'sqlite' | 'postgres'): Promise<Target> {
  const scratch = await createTestDatabase(engine);
  await seedAgencyWithClerk(scratch.url);
  const server = await spawnServer(scratch.url, [], 60_000);
  const cookie = await signIn(server.baseUrl);
  return {
    label,
    base: server.baseUrl,
    next: registration('/api/v1/requests', { cookie }),
    counted: () => scrapeIntakes(server.baseUrl),
    close: async () => {
      await server.stop();
      await scratch.dispose();
    },
  };
}

async function bareTarget(): Promise<Target> {
  const bare = await spawnBareFastify(
    `app.post('/intake', async (request, reply) => reply.code(201).send({ ok: true, n: Object.keys(request.body).length }));`,
  );
  return {
    label: '裸 Fastify 路由（基线）',
    base: bare.base,
    next: registration('/intake', {}),
    counted: async () => null,
    close: bare.close,
  };
}

const atRate = (target: Target, rate: number, seconds: number): Promise<LoadResult> =>
  openLoop(target.base, target.next, { rate, seconds, connections: CONNECTIONS, ok: 201 });

const sustains = (r: LoadResult, rate: number, seconds: number) =>
  r.failed === 0 && r.completed >= rate * seconds * 0.97 && r.p99 < P99_LIMIT_MS;

/**
 * The highest rate the target sustains: from RATE up by a quarter while it holds; when RATE itself does not hold,
 * down by a fifth until one does (so a target below RATE still gets a figure). A target that holds nothing down to
 * MIN_RATE reports 0.
 */
async function highestSustained(target: Target): Promise<{ rate: number; at: LoadResult | null }> {
  const tryRate = async (rate: number) => {
    const r = await atRate(target, rate, STEP_SECONDS);
    return sustains(r, rate, STEP_SECONDS) ? { rate, at: r } : null;
  };
  let best = await tryRate(RATE);
  if (!best) {
    for (let rate = Math.round(RATE * 0.8); rate >= MIN_RATE && !best; rate = Math.round(rate * 0.8))
      best = await tryRate(rate);
    return best ?? { rate: 0, at: null };
  }
  for (let rate = Math.round(RATE * 1.25); rate <= MAX_RATE; rate = Math.round(rate * 1.25)) {
    const next = await tryRate(rate);
    if (!next) break;
    best = next;
  }
  return best;
}

interface Measured {
  label: string;
  fixed: LoadResult;
  counterGrowth: number | null;
  highest: { rate: number; at: LoadResult | null };
}

async function measure(make: () => Promise<Target>): Promise<Measured> {
  const target = await make();
  try {
    await closedLoop(target.base, target.next, { connections: CONNECTIONS, seconds: 2, ok: 201 }); // warm-up
    const before = await target.counted();
    const fixed = await atRate(target, RATE, SECONDS);
    const after = await target.counted();
    const counterGrowth = before === null || after === null ? null : after - before;
    return { label: target.label, fixed, counterGrowth, highest: await highestSustained(target) };
  } finally {
    await target.close();
  }
}

console.log(
  `登记申请开环压测：到达率 ${RATE} 件/秒，${SECONDS} 秒，${CONNECTIONS} 个连接；${cpus().length} 核，负载 ${loadavg()[0]!.toFixed(2)}`,
);
process.env.GONGKAI_TEST_PG_URL =
  process.env.GONGKAI_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const results: Measured[] = [
  await measure(bareTarget),
  await measure(() => productTarget('公开 Gongkai · SQLite', 'sqlite')),
  await measure(() => productTarget('公开 Gongkai · PostgreSQL', 'postgres')),
];

const ms = (v: number) => (Number.isNaN(v) ? '—' : `${v.toFixed(1)} ms`);
printTable([
  ['目标', `${RATE} 件/秒 p50`, 'p99', '答复 201', '失败', '/metrics 登记计数增量'],
  ...results.map(({ label, fixed, counterGrowth }) => [
    label,
    ms(fixed.p50),
    ms(fixed.p99),
    String(fixed.completed),
    String(fixed.failed),
    counterGrowth === null
      ? '—'
      : `${counterGrowth}${counterGrowth === fixed.completed ? '（与 201 相等）' : '（不等！）'}`,
  ]),
]);
const bareRate = results[0]!.highest.rate;
console.log(
  `\n可持续的最高到达率（答复 ≥ 97%、p99 < ${P99_LIMIT_MS} ms；每档 ${STEP_SECONDS} 秒，自 ${RATE} 起每档增加 1/4，达不到时每档减少 1/5）`,
);
printTable([
  ['目标', '最高到达率（件/秒）', '该档 p99', '占裸路由'],
  ...results.map(({ label, highest }) => [
    label,
    highest.rate ? String(highest.rate) : `< ${MIN_RATE}`,
    ms(highest.at?.p99 ?? Number.NaN),
    bareRate ? `${((100 * highest.rate) / bareRate).toFixed(0)}%` : '—',
  ]),
]);
if (results.some((r) => r.counterGrowth !== null && r.counterGrowth !== r.fixed.completed))
  process.exitCode = 1;

/** Registrations through the batcher in this process: `callers` at once, `units` in all. */
async function inProcess(db: Db, agencyId: string, callers: number, units: number) {
  // The context's own group commit, as the server's: its intakes are stored together (storeIntakes).
  const ctx = testContext(db);
  const latencies: number[] = [];
  let left = units;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const caller = async () => {
    while (left-- > 0) {
      const input = { agencyId, ...intakeBody(++serial) };
      const sent = performance.now();
      await registerRequest(ctx, SYSTEM_ACTOR, input);
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  await ctx.writes.close();
  return {
    perSecond: (units * 1000) / elapsed,
    cpuMsPerIntake: (cpu.user + cpu.system) / 1000 / units,
    p99: percentile(latencies, 99),
  };
}

const rows: string[][] = [];
for (const engine of ['sqlite', 'postgres'] as const) {
  const scratch = await createTestDatabase(engine);
  try {
    const agency = await makeAgency(scratch.db);
    await inProcess(scratch.db, agency.id, CONNECTIONS, 500); // warm-up
    for (const callers of [1, CONNECTIONS]) {
      const rounds = [];
      for (let i = 0; i < 3; i++) rounds.push(await inProcess(scratch.db, agency.id, callers, 1000));
      rows.push([
        `${engine} · ${callers} 个调用方`,
        median(rounds.map((r) => r.perSecond)).toFixed(0),
        `${median(rounds.map((r) => r.cpuMsPerIntake)).toFixed(2)} ms`,
        ms(median(rounds.map((r) => r.p99))),
      ]);
    }
  } finally {
    await scratch.dispose();
  }
}
console.log(
  `\n同样的登记在本进程内经 WriteBatcher、不经 HTTP（3 轮中位数，每轮 1,000 件；本进程 CPU 含数据库驱动）`,
);
printTable([['方式', '吞吐（件/秒）', '每件 CPU', 'p99'], ...rows]);
console.log(`负载 ${loadavg()[0]!.toFixed(2)}`);
