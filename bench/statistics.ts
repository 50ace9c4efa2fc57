// Annual statistics (table 三 of one agency-year) with 1,000,000 requests in the database, on SQLite and on a
// PostgreSQL server: the service's path (the rollup of migration 110), the GROUP BY over the projection it replaced,
// and a plain COUNT(*) over the same agency's rows as the baseline, in the same run; the two tables must be equal.
// Two layouts of the million: 'spread' — 200 agencies over 2019–2023, the usual shape (about 1,000 per
// agency-year); 'one agency' — all of them in the measured agency over 2022–2024, the worst case.
//   node --import tsx bench/statistics.ts [requests=1000000] [rounds=15]
// PostgreSQL: GONGKAI_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres); a scratch database is
// created and dropped. The rows are projection rows generated inside the engine (recursive CTE / generate_series):
// the statistics read only the projection, and loading a million timelines through the use cases would time the
// intake, not the statistics; the rollup is then rebuilt from them (rebuildRequestCounts). Every outcome and applicant kind occurs, and one request in twenty is still open.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { OUTCOME_KEYS } from '../src/core/taxonomy/outcomes.ts';
import { APPLICANT_COLUMNS, APPLICANT_KINDS } from '../src/core/taxonomy/applicants.ts';
import { openMigratedDatabase, type Db, type Engine } from '../src/services/database.ts';
import { applicationsTable } from '../src/services/statistics/annual.ts';
import { rebuildRequestCounts } from '../src/storage/request-statistics.ts';
import { median, printTable } from './stats.ts';

const total = Number(process.argv[2] ?? 1_000_000);
const rounds = Number(process.argv[3] ?? 15);
const YEAR = 2023;

/** Applicant kind by i: mostly natural persons, as in real reports. */
const kindCase = `case when i % 10 < 7 then '${APPLICANT_KINDS[0]}' else (case i % 5 ${APPLICANT_KINDS.slice(
  1,
)
  .map((k, n) => `when ${n} then '${k}'`)
  .join(' ')} else '${APPLICANT_KINDS[5]}' end) end`;
const outcomeCase = `case i % 21 ${OUTCOME_KEYS.map((k, n) => `when ${n} then '${k}'`).join(' ')} end`;

interface Layout {
  label: string;
  agencies: number;
  firstDay: string;
  days: number;
}

const LAYOUTS: readonly Layout[] = [
  { label: '200 个机关、5 年', agencies: 200, firstDay: '2019-01-01', days: 1826 },
  { label: '全部在 1 个机关、3 年', agencies: 1, firstDay: '2022-01-01', days: 1096 },
];

const MEASURED = 'bench-0';

function insertSql(engine: Engine, layout: Layout): string {
  const day = (offset: string) =>
    engine === 'sqlite'
      ? `date('${layout.firstDay}', '+' || (${offset}) || ' days')`
      : `(date '${layout.firstDay}' + (${offset}))::text`;
  const receivedOn = day(`i % ${layout.days}`);
  const closedOn = day(`i % ${layout.days} + i % 37`);
  const open = `i % 20 = 0`;
  const columns = `id, agency_id, registration_number, registration_year, serial, tracking_number, query_code_hash,
    applicant_kind, applicant_name, applicant_id_document, applicant_contact, information_sought, form_wanted, channel,
    received_on, state, due_on, outcome, decided_on, closed_on, event_count, demo, created_at, updated_at`;
  const values = `'b' || i, 'bench-' || (i / ${layout.days} % ${layout.agencies}), 'R' || i, 2023, i, 'T' || i, 'h', ${kindCase}, '申请人', null, '联系', '信息', '纸质',
    'online', ${receivedOn}, case when ${open} then 'inProgress' else 'archived' end, null,
    case when ${open} then null else ${outcomeCase} end, null, case when ${open} then null else ${closedOn} end, 1, 0, '', ''`;
  return engine === 'sqlite'
    ? `with recursive n(i) as (select 0 union all select i + 1 from n where i < ${total - 1})
       insert into requests (${columns}) select ${values} from n`
    : `insert into requests (${columns}) select ${values} from generate_series(0, ${total - 1}) as i`;
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

async function benchEngine(engine: Engine, url: string): Promise<string[][]> {
  const { db, close } = await openMigratedDatabase(url);
  const rows: string[][] = [];
  try {
    const now = new Date().toISOString();
    const agencies = Array.from({ length: LAYOUTS[0]!.agencies }, (_, n) => ({
      id: `bench-${n}`,
      parent_id: null,
      name: `基准测试机关${n}`,
      code: null,
      address: null,
      phone: null,
      postcode: null,
      level: 'department',
      can_make_regulations: 0,
      registration_prefix: `基准${n}`,
      created_at: now,
    }));
    await db.insertInto('agencies').values(agencies).execute();
    for (const layout of LAYOUTS) {
      await db.deleteFrom('requests').execute();
      const load = await time(() => sql.raw(insertSql(engine, layout)).execute(db));
      const rebuild = await time(() => rebuildRequestCounts(db));
      await sql
        .raw(engine === 'sqlite' ? 'analyze' : 'vacuum analyze requests, request_statistics')
        .execute(db);
      const rollup = await measure(() => applicationsTable(db, MEASURED, YEAR, 'rollup'));
      const groupBy = await measure(() => applicationsTable(db, MEASURED, YEAR, 'requests'));
      const baseline = await measure(() => countAll(db, MEASURED));
      const table = rollup.value;
      const t = APPLICANT_COLUMNS.indexOf('total');
      const balanced = table.received[t]! + table.carriedIn[t]! === table.total[t]! + table.carriedOut[t]!;
      const same = JSON.stringify(table) === JSON.stringify(groupBy.value);
      rows.push(
        [
          engine,
          layout.label,
          '载入',
          `${(load.ms / 1000).toFixed(1)} s`,
          `${total.toLocaleString('en')} 行；汇总表重建 ${(rebuild.ms / 1000).toFixed(1)} s`,
        ],
        [
          engine,
          layout.label,
          '表三统计（汇总表）',
          `${rollup.median.toFixed(1)} ms`,
          `新收 ${table.received[t]}，上年结转 ${table.carriedIn[t]}，办结 ${table.total[t]}，结转下年 ${table.carriedOut[t]}，平衡 ${balanced ? '✓' : '✗'}`,
        ],
        [
          engine,
          layout.label,
          '表三统计（GROUP BY 申请表）',
          `${groupBy.median.toFixed(1)} ms`,
          `与汇总表结果${same ? '一致 ✓' : '不一致 ✗'}`,
        ],
        [
          engine,
          layout.label,
          '基线 COUNT(*)',
          `${baseline.median.toFixed(1)} ms`,
          `该机关 ${baseline.value.toLocaleString('en')} 行`,
        ],
      );
      if (!same || !balanced) process.exitCode = 1;
    }
    return rows;
  } finally {
    await close();
  }
}

async function countAll(db: Db, agencyId: string): Promise<number> {
  const row = await db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('agency_id', '=', agencyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function measure<T>(work: () => Promise<T>): Promise<{ median: number; value: T }> {
  await work(); // warm the cache and the prepared statement
  const times: number[] = [];
  let value!: T;
  for (let r = 0; r < rounds; r++) {
    const run = await time(work);
    times.push(run.ms);
    value = run.value;
  }
  return { median: median(times), value };
}

async function withPostgres<T>(body: (url: string) => Promise<T>): Promise<T> {
  const server = process.env.GONGKAI_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `gk_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  try {
    return await body(url.toString());
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
const rows: string[][] = [['引擎', '数据分布', '项目', '中位数', '说明']];
try {
  rows.push(...(await benchEngine('sqlite', `sqlite:${join(dir, 'bench.db')}`)));
  rows.push(...(await withPostgres((url) => benchEngine('postgres', url))));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `年度统计基准：${total.toLocaleString('en')} 件申请，${YEAR} 年，每项 ${rounds} 轮取中位数；负载 ${loadavg()[0]!.toFixed(1)}`,
);
printTable(rows);
