// Building and checking one agency's whole annual report (issue 11: < 200 ms with 100,000 requests in the year):
// tables 二/三/四, the narrative drafted from its templates, the year before carried in for T3-6/T2-1, and the
// checker — buildAnnualReport as GET /reports/annual calls it. Baselines in the same run: the same build for an
// agency with 1,000 requests, and table 三 alone for the big agency.
// Then with `corpus` other agencies' reports published for the year and the year before: the whole build as the
// API serves it (buildReport, with copy detection N-3 against the corpus, its index kept between builds), against
// the whole-corpus way (read every report of the two years and run the batch detector for the one draft).
//   node --import tsx bench/report-build.ts [requests=100000] [rounds=30] [corpus=500]
// SQLite in a scratch file. The requests are projection rows generated inside the engine (recursive CTE), as in
// bench/statistics.ts, and the rollup is rebuilt from them: the report reads only the projection and the rollup.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { APPLICANT_COLUMNS, APPLICANT_KINDS } from '../src/core/taxonomy/applicants.ts';
import { OUTCOME_KEYS } from '../src/core/taxonomy/outcomes.ts';
import { SYSTEM_ACTOR } from '../src/services/actor.ts';
import { createServiceContext } from '../src/services/bootstrap.ts';
import { fixedClock } from '../src/services/clock.ts';
import { openMigratedDatabase, type Db } from '../src/services/database.ts';
import { copyDoc, independentReport } from '../src/core/report/copies/fixture.ts';
import { detectCopies } from '../src/core/report/copies/index.ts';
import { buildReport } from '../src/services/reports/build.ts';
import { applicationsTable } from '../src/services/statistics/annual.ts';
import { copyDocuments, loadYearCorpus } from '../src/services/supervision/corpus.ts';
import { insertPublication } from '../src/storage/annual-report-publications.ts';
import { buildAnnualReport } from '../src/services/statistics/report.ts';
import { rebuildRequestCounts } from '../src/storage/request-statistics.ts';
import { percentile, printTable } from './stats.ts';

const total = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 30);
const corpusSize = Number(process.argv[4] ?? 500);
const YEAR = 2023;

const kindCase = `case i % ${APPLICANT_KINDS.length} ${APPLICANT_KINDS.map((k, n) => `when ${n} then '${k}'`).join(' ')} end`;
const outcomeCase = `case i % ${OUTCOME_KEYS.length} ${OUTCOME_KEYS.map((k, n) => `when ${n} then '${k}'`).join(' ')} end`;

/** `count` requests of `agencyId` received over the year; one in twenty still open at its end. */
async function loadRequests(db: Db, agencyId: string, count: number): Promise<void> {
  const open = 'i % 20 = 0';
  await sql
    .raw(
      `with recursive n(i) as (select 0 union all select i + 1 from n where i < ${count - 1})
       insert into requests (id, agency_id, registration_number, registration_year, serial, tracking_number,
         query_code_hash, applicant_kind, applicant_name, applicant_id_document, applicant_contact, information_sought,
         form_wanted, channel, received_on, state, due_on, outcome, decided_on, closed_on, event_count, demo,
         created_at, updated_at)
       select '${agencyId}-' || i, '${agencyId}', '${agencyId}-R' || i, ${YEAR}, i, '${agencyId}-T' || i, 'h', ${kindCase},
         '申请人', null, '联系', '信息', '纸质', 'online', date('${YEAR}-01-01', '+' || (i % 365) || ' days'),
         case when ${open} then 'inProgress' else 'archived' end, null,
         case when ${open} then null else ${outcomeCase} end, null,
         case when ${open} then null else date('${YEAR}-01-01', '+' || (i % 340) || ' days') end, 1, 0, '', ''
       from n`,
    )
    .execute(db);
}

async function measure<T>(work: () => Promise<T>) {
  await work(); // warm caches and prepared statements
  const times: number[] = [];
  let value!: T;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    value = await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), value };
}

/** `corpusSize` other agencies, each with its report published for YEAR and the year before. */
async function publishCorpus(db: Db, now: string): Promise<void> {
  for (let i = 0; i < corpusSize; i++) {
    const id = `peer${i}`;
    await db
      .insertInto('agencies')
      .values(agencyRow(id, `基准市第${i}局`, now))
      .execute();
    for (const year of [YEAR - 1, YEAR]) {
      await insertPublication(db, {
        id: `${id}-${year}`,
        agencyId: id,
        year,
        version: 1,
        report: independentReport(`基准市第${i}局`, year, year * 10_000 + i),
        publishedOn: `${year + 1}-01-15`,
        publishedAt: now,
        publishedBy: '基准',
        publishedByUserId: null,
        correctionNote: null,
      });
    }
  }
}

function agencyRow(id: string, name: string, now: string) {
  return {
    id,
    parent_id: null,
    name,
    code: null,
    address: null,
    phone: null,
    postcode: null,
    level: 'department',
    can_make_regulations: 0,
    registration_prefix: id,
    created_at: now,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
const { db, close } = await openMigratedDatabase(`sqlite:${join(dir, 'bench.db')}`);
try {
  const now = new Date().toISOString();
  await db
    .insertInto('agencies')
    .values([agencyRow('big', '基准市甲局', now), agencyRow('small', '基准市乙局', now)])
    .execute();
  await loadRequests(db, 'big', total);
  await loadRequests(db, 'small', 1_000);
  await rebuildRequestCounts(db);
  await sql.raw('analyze').execute(db);
  const ctx = createServiceContext({ db, clock: fixedClock('2024-01-20T02:00:00Z') });
  const build = (agencyId: string) => () => buildAnnualReport(ctx, SYSTEM_ACTOR, { agencyId, year: YEAR });
  const big = await measure(build('big'));
  const small = await measure(build('small'));
  const tableOnly = await measure(() => applicationsTable(db, 'big', YEAR));
  await publishCorpus(db, now);
  const withCopies = await measure(() => buildReport(ctx, SYSTEM_ACTOR, { agencyId: 'big', year: YEAR }));
  const draft = copyDoc('draft', 'big', YEAR, big.value.report);
  const wholeCorpus = await measure(async () =>
    detectCopies([draft, ...copyDocuments(await loadYearCorpus(db, YEAR))], {}, new Set(['draft'])),
  );
  const t = APPLICANT_COLUMNS.indexOf('total');
  const apps = big.value.report.tables.applications!;
  const row = (label: string, m: { p50: number; p95: number }, note: string) => [
    label,
    `${m.p50.toFixed(1)} ms`,
    `${m.p95.toFixed(1)} ms`,
    note,
  ];
  console.log(
    `年度报告生成与检查基准（SQLite）：${YEAR} 年，每项 ${rounds} 轮；负载 ${loadavg()[0]!.toFixed(1)}`,
  );
  printTable([
    ['项目', '中位数', 'p95', '说明'],
    row(
      `整份报告（${total.toLocaleString('en')} 件申请）`,
      big,
      `新收 ${apps.received[t]}，办结 ${apps.total[t]}，结转 ${apps.carriedOut[t]}；检查结果 ${big.value.findings.length} 条`,
    ),
    row('基线：整份报告（1,000 件申请）', small, ''),
    row(`基线：仅表三（${total.toLocaleString('en')} 件）`, tableOnly, '汇总表'),
    row(
      `整份报告 + 雷同检测（语料 ${corpusSize} 个机关 × 2 年）`,
      withCopies,
      `GET /reports/annual 的路径；检查结果 ${withCopies.value.findings.length} 条`,
    ),
    row(
      '基线：每次读入全部语料做雷同检测',
      wholeCorpus,
      `仅雷同检测部分；命中 ${wholeCorpus.value.length} 处`,
    ),
  ]);
  if (big.p95 >= 200 || withCopies.p95 >= 200) process.exitCode = 1;
} finally {
  await close();
  rmSync(dir, { recursive: true, force: true });
}
