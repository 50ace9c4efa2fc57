// Intake throughput and latency at a fixed concurrency, over loopback, against the real server process
// (`bin/gongkai serve`, one process, logging on as in production), on SQLite and on PostgreSQL — beside a bare
// Fastify route in its own process in the same run (JSON body in, 201 out: the floor the framework and loopback
// set). Each round is a closed loop of CONCURRENCY clients sending staff registrations (session cookie) for
// SECONDS seconds; figures are medians over ROUNDS rounds.
//   node --import tsx bench/requests.ts [concurrency=200] [seconds=6] [rounds=3]
// Then, in this process and without HTTP, the commit path alone: CONCURRENCY callers registering requests each in
// its own transaction (one durable commit per intake, as before group commit) against the same callers going
// through the server's WriteBatcher (one commit per batch), on both engines.
// PostgreSQL: GONGKAI_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres); a scratch database is
// created for the run and dropped afterwards (test/db.ts makes both engines' scratch databases).
import { Agent, request as httpRequest } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { testContext } from '../test/context.ts';
import { createTestDatabase } from '../test/db.ts';
import { spawnServer, type RunningServer } from '../test/server/spawn-server.ts';
import { intakeBody, seedAgencyWithClerk, signIn } from '../test/server/seed.ts';
import { makeAgency } from '../test/db/factories.ts';
import { SYSTEM_ACTOR } from '../src/services/actor.ts';
import { withDb } from '../src/services/context.ts';
import type { Db } from '../src/services/database.ts';
import { registerRequest } from '../src/services/requests/intake.ts';
import { WriteBatcher } from '../src/services/write-batcher.ts';
import { spawnBareFastify } from './bare-fastify.ts';
import { median, percentile, printTable } from './stats.ts';

const CONCURRENCY = Number(process.argv[2] ?? 200);
const SECONDS = Number(process.argv[3] ?? 6);
const ROUNDS = Number(process.argv[4] ?? 3);
/** Requests sent before measuring (connections opened, code warmed). */
const WARMUP = 400;

interface Round {
  completed: number;
  failed: number;
  perSecond: number;
  p50: number;
  p99: number;
}

interface Target {
  label: string;
  url: string;
  headers: Record<string, string>;
  close(): Promise<void>;
}

// node:http with keep-alive rather than fetch: a lighter client, so the figures are the server's.
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(url: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

/** A closed loop: CONCURRENCY clients, each sending the next request as soon as its last one is answered. */
async function runRound(target: Target, seconds: number, counter: { n: number }): Promise<Round> {
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      const status = await post(
        target.url,
        { 'content-type': 'application/json', ...target.headers },
        JSON.stringify(intakeBody(++counter.n)),
      );
      if (status === 201) latencies.push(performance.now() - sent);
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  const elapsed = (performance.now() - started) / 1000;
  return {
    completed: latencies.length,
    failed,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function gongkaiTarget(
  label: string,
  databaseUrl: string,
  cleanup: () => Promise<void>,
): Promise<Target> {
  await seedAgencyWithClerk(databaseUrl);
  const server: RunningServer = await spawnServer(databaseUrl, [], 60_000);
  const cookie = await signIn(server.baseUrl);
  return {
    label,
    url: `${server.baseUrl}/api/v1/requests`,
    headers: { cookie },
    close: async () => {
      await server.stop();
      await cleanup();
    },
  };
}

/** Bare Fastify in its own process: parse the JSON body, answer 201 with a small JSON object. */
async function bareTarget(): Promise<Target> {
  const bare = await spawnBareFastify(
    `app.post('/intake', async (request, reply) => reply.code(201).send({ ok: true, n: Object.keys(request.body).length }));`,
  );
  return { label: '裸 Fastify 路由（基线）', url: `${bare.base}/intake`, headers: {}, close: bare.close };
}

async function measure(make: () => Promise<Target>): Promise<{ label: string; rounds: Round[] }> {
  const target = await make();
  const counter = { n: 0 };
  try {
    await runRound(target, Math.max(1, WARMUP / 200), counter);
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push(await runRound(target, SECONDS, counter));
    return { label: target.label, rounds };
  } finally {
    await target.close();
  }
}

console.log(
  `登记申请压测：并发 ${CONCURRENCY}，每轮 ${SECONDS} 秒，${ROUNDS} 轮取中位数；${cpus().length} 核，负载 ${loadavg()[0]!.toFixed(2)}`,
);
// Scratch databases as the tests make them: a temporary SQLite file; a fresh database on the PostgreSQL server.
process.env.GONGKAI_TEST_PG_URL =
  process.env.GONGKAI_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const results = [];
try {
  results.push(await measure(bareTarget));
  for (const [engine, label] of [
    ['sqlite', '公开 Gongkai · SQLite'],
    ['postgres', '公开 Gongkai · PostgreSQL'],
  ] as const) {
    const scratch = await createTestDatabase(engine);
    results.push(await measure(() => gongkaiTarget(label, scratch.url, () => scratch.dispose())));
  }
} finally {
  agent.destroy();
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
printTable([
  ['目标', '吞吐（件/秒）', 'p50', 'p99', '完成', '失败'],
  ...results.map(({ label, rounds }) => [
    label,
    median(rounds.map((r) => r.perSecond)).toFixed(0),
    ms(median(rounds.map((r) => r.p50))),
    ms(median(rounds.map((r) => r.p99))),
    String(rounds.reduce((s, r) => s + r.completed, 0)),
    String(rounds.reduce((s, r) => s + r.failed, 0)),
  ]),
]);

/** Intakes per round of the in-process comparison. */
const UNITS = 1000;

/** CONCURRENCY callers sharing UNITS intakes; each caller waits for its acknowledgement before taking the next. */
async function commitRound(
  db: Db,
  agencyId: string,
  batcher: WriteBatcher | null,
  counter: { n: number },
): Promise<Round> {
  const latencies: number[] = [];
  let left = UNITS;
  const ctx = testContext(db);
  const started = performance.now();
  const caller = async () => {
    while (left-- > 0) {
      const input = { agencyId, ...intakeBody(++counter.n) };
      const sent = performance.now();
      if (batcher) await batcher.run((trx) => registerRequest(withDb(ctx, trx), SYSTEM_ACTOR, input));
      else await registerRequest(ctx, SYSTEM_ACTOR, input);
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, caller));
  const elapsed = (performance.now() - started) / 1000;
  return {
    completed: latencies.length,
    failed: 0,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

const commitResults = [];
for (const engine of ['sqlite', 'postgres'] as const) {
  const scratch = await createTestDatabase(engine);
  try {
    const agency = await makeAgency(scratch.db);
    const counter = { n: 0 };
    for (const batched of [false, true]) {
      const batcher = batched ? new WriteBatcher(scratch.db) : null;
      await commitRound(scratch.db, agency.id, batcher, counter); // warm-up
      const rounds: Round[] = [];
      for (let i = 0; i < ROUNDS; i++)
        rounds.push(await commitRound(scratch.db, agency.id, batcher, counter));
      await batcher?.close();
      const perBatch = batcher ? (batcher.stats.units / batcher.stats.batches).toFixed(1) : '1';
      commitResults.push({
        label: `${engine} · ${batched ? '成组提交' : '每件一次提交'}（平均每批 ${perBatch} 件）`,
        rounds,
      });
    }
  } finally {
    await scratch.dispose();
  }
}
console.log(
  `\n提交路径（进程内、无 HTTP）：并发 ${CONCURRENCY}，每轮 ${UNITS} 件，${ROUNDS} 轮取中位数；负载 ${loadavg()[0]!.toFixed(2)}`,
);
printTable([
  ['方式', '吞吐（件/秒）', 'p50', 'p99'],
  ...commitResults.map(({ label, rounds }) => [
    label,
    median(rounds.map((r) => r.perSecond)).toFixed(0),
    ms(median(rounds.map((r) => r.p50))),
    ms(median(rounds.map((r) => r.p99))),
  ]),
]);
