// 年报报送名册 for a supervising office with 500 agencies that have published their 2024 and 2023 reports, on SQLite
// (a file) and on PostgreSQL (when GONGKAI_BENCH_PG_URL or GONGKAI_TEST_PG_URL names a server).
//   node --import tsx bench/roster.ts [agencies=500] [rounds=5]
// Measured: the first call (computes and caches every publication's findings, hashes every paragraph for copy
// detection) and the following ones (median). Baseline in the same run: the naive per-agency path — for each agency,
// list its publications, read the latest and run the checker (what the 监督 overview does per agency), no copies.
import { loadavg } from 'node:os';
import { randomUUID } from 'node:crypto';
import { checkReport } from '../src/core/report/check/index.ts';
import { independentReport } from '../src/core/report/copies/fixture.ts';
import { SYSTEM_ACTOR, type StaffActor } from '../src/services/actor.ts';
import { createAgency } from '../src/services/agencies.ts';
import { createServiceContext } from '../src/services/bootstrap.ts';
import { fixedClock } from '../src/services/clock.ts';
import type { Engine } from '../src/services/database.ts';
import { reportRoster } from '../src/services/supervision/roster.ts';
import {
  insertPublication,
  listPublications,
  publicationOf,
} from '../src/storage/annual-report-publications.ts';
import { createTestDatabase } from '../test/db.ts';
import { median, printTable } from './stats.ts';

const AGENCIES = Number(process.argv[2] ?? 500);
const ROUNDS = Number(process.argv[3] ?? 5);

async function run(engine: Engine): Promise<string[][]> {
  const test = await createTestDatabase(engine);
  const ctx = createServiceContext({ db: test.db, clock: fixedClock('2025-06-01T02:00:00Z') });
  const office = await createAgency(ctx, SYSTEM_ACTOR, {
    name: '基准市人民政府',
    level: 'government',
    registrationPrefix: '基',
  });
  const ids: string[] = [];
  for (let i = 0; i < AGENCIES; i++) {
    const a = await createAgency(ctx, SYSTEM_ACTOR, {
      name: `基准第${i}局`,
      level: 'department',
      parentId: office.id,
      registrationPrefix: `基${i}`,
    });
    ids.push(a.id);
  }
  await test.db.transaction().execute(async (trx) => {
    for (const [i, id] of ids.entries()) {
      for (const year of [2023, 2024]) {
        await insertPublication(trx, {
          id: randomUUID(),
          agencyId: id,
          year,
          version: 1,
          report: independentReport(`基准第${i}局`, year, year * 10_000 + i),
          publishedOn: `${year + 1}-01-2${i % 10}`,
          publishedAt: `${year + 1}-01-20T02:00:00Z`,
          publishedBy: '基准',
          publishedByUserId: null,
          correctionNote: null,
        });
      }
    }
  });
  const supervisor: StaffActor = {
    kind: 'staff',
    userId: 'bench',
    name: 'bench',
    displayName: '基准',
    role: 'supervisor',
    agencyId: office.id,
    agencyTree: [office.id, ...ids],
  };
  let start = performance.now();
  const first = await reportRoster(ctx, supervisor, { year: 2024 });
  const cold = performance.now() - start;
  const warm: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    start = performance.now();
    await reportRoster(ctx, supervisor, { year: 2024 });
    warm.push(performance.now() - start);
  }
  const naive: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    start = performance.now();
    for (const id of ids) {
      const [latest] = await listPublications(test.db, [id], 2024);
      const p = latest && (await publicationOf(test.db, id, 2024, latest.version));
      if (p) checkReport(p.report, { level: 'department' });
    }
    naive.push(performance.now() - start);
  }
  await test.dispose();
  return [
    [engine, '名册，首次（计算并缓存检查结果）', cold.toFixed(0), `${first.rows.length} 行`],
    [engine, '名册，之后（中位数）', median(warm).toFixed(0), `${ROUNDS} 轮`],
    [engine, '基线：逐机关查询 + 检查（中位数）', median(naive).toFixed(0), `${ROUNDS} 轮，不含雷同检测`],
  ];
}

const engines: Engine[] =
  process.env.GONGKAI_BENCH_PG_URL || process.env.GONGKAI_TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
const rows: string[][] = [['引擎', '调用', '毫秒', '说明']];
for (const engine of engines) rows.push(...(await run(engine)));
console.log(`${AGENCIES} 个机关，各有 2023、2024 年度已发布报告；负载 ${loadavg()[0]!.toFixed(1)}`);
printTable(rows);
