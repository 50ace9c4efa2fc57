// 工作台 and 监督 over HTTP with 100,000 requests in the database, on SQLite (a file) and on PostgreSQL (when
// GONGKAI_BENCH_PG_URL or GONGKAI_TEST_PG_URL names a server): p50 and p95 of each call, beside the plain paginated
// request list (GET /requests, 20 per page) and the existing overdue warnings (GET /warnings) as baselines measured
// in the same run on the same data.
//   node --import tsx bench/workbench.ts [requests=100000] [calls=200]
// The rows are generated here and inserted in batches through Kysely (one transaction per batch), not registered
// one by one through the use case: the bench times reading, not intake. They are realistic where the workbench
// looks: ten agencies under one supervising office (the measured one holds 40 %), receipts spread over three years
// up to the bench day, due dates counted with the official calendar (20 working days, 《条例》第三十三条), and one
// request in twelve still open — registered, in progress, waiting for a correction or a consultee, or decided —
// so the overdue and due-soon lists are not empty. Each request has its receipt event; the table-三 rollup is
// rebuilt from the rows (storage/request-statistics.ts). The catalogue is empty.
import { loadavg } from 'node:os';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { dayOf, isoOf } from '../src/core/calendar/days.ts';
import { APPLICANT_KINDS } from '../src/core/taxonomy/applicants.ts';
import { OUTCOME_KEYS } from '../src/core/taxonomy/outcomes.ts';
import type { RequestState } from '../src/core/requests/state.ts';
import { buildServer } from '../src/server/app.ts';
import { createUser } from '../src/services/accounts/users.ts';
import { SYSTEM_ACTOR } from '../src/services/actor.ts';
import { createAgency } from '../src/services/agencies.ts';
import { createServiceContext } from '../src/services/bootstrap.ts';
import { fixedClock } from '../src/services/clock.ts';
import type { ServiceContext } from '../src/services/context.ts';
import type { Engine } from '../src/services/database.ts';
import { rebuildRequestCounts } from '../src/storage/request-statistics.ts';
import type { RequestEventTable, RequestTable } from '../src/storage/tables.ts';
import { createTestDatabase } from '../test/db.ts';
import { percentile, printTable } from './stats.ts';

const TOTAL = Number(process.argv[2] ?? 100_000);
const CALLS = Number(process.argv[3] ?? 200);
const WARMUP = 20;
/** The bench day: a Friday, as the tests' fixed day. */
const NOW = '2026-12-04T02:00:00Z';
const TODAY = '2026-12-04';
const AGENCIES = 10;
const BATCH = 500;
const PASSWORD = 'bench-password-123';
const TARGET_P95_MS = 50;

const OPEN_STATES: readonly RequestState[] = [
  'registered',
  'inProgress',
  'inProgress',
  'awaitingCorrection',
  'inConsultation',
  'decided',
];
const CLOSED_STATES: readonly RequestState[] = ['archived', 'archived', 'delivered', 'replied', 'closed'];

interface Seeded {
  app: FastifyInstance;
  measuredAgency: string;
  cookies: Record<'clerk' | 'officeHead' | 'supervisor', string>;
  close(): Promise<void>;
}

async function seed(engine: Engine): Promise<Seeded> {
  const database = await createTestDatabase(engine);
  const ctx = createServiceContext({ db: database.db, clock: fixedClock(NOW) });
  const office = await createAgency(ctx, SYSTEM_ACTOR, {
    name: '基准市政务公开办公室',
    level: 'department',
    registrationPrefix: '基准公开',
  });
  const agencies = [];
  for (let n = 0; n < AGENCIES; n++) {
    agencies.push(
      await createAgency(ctx, SYSTEM_ACTOR, {
        name: `基准市第${n + 1}局`,
        parentId: office.id,
        level: 'department',
        registrationPrefix: `基准${n + 1}依申`,
      }),
    );
  }
  const started = performance.now();
  await insertRequests(
    ctx,
    agencies.map((a) => a.id),
  );
  await rebuildRequestCounts(database.db);
  await sql.raw(engine === 'sqlite' ? 'analyze' : 'analyze').execute(database.db);
  const loadSeconds = (performance.now() - started) / 1000;
  console.log(
    `  ${engine}：载入 ${TOTAL.toLocaleString('en')} 件申请（含收到记录）用时 ${loadSeconds.toFixed(1)} 秒`,
  );

  const measuredAgency = agencies[0]!.id;
  const users = [
    ['clerk', measuredAgency],
    ['officeHead', measuredAgency],
    ['supervisor', office.id],
  ] as const;
  for (const [role, agencyId] of users) {
    await createUser(ctx, SYSTEM_ACTOR, {
      agencyId,
      username: `bench.${role}`,
      displayName: role,
      role,
      password: PASSWORD,
    });
  }
  const app = await buildServer({
    ctx,
    config: {
      loginRateLimit: { max: 1000, windowMs: 60_000 },
      publicRateLimit: { max: 1000, windowMs: 60_000 },
    },
  });
  const cookies = {} as Seeded['cookies'];
  for (const [role] of users) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: `bench.${role}`, password: PASSWORD },
    });
    const cookie = response.cookies.find((c) => c.name === 'gongkai_session');
    if (!cookie) throw new Error(`登录失败 ${role}: ${response.body}`);
    cookies[role] = `gongkai_session=${cookie.value}`;
  }
  return {
    app,
    measuredAgency,
    cookies,
    close: async () => {
      await app.close();
      await database.dispose();
    },
  };
}

/** Request i of the run: the measured agency (index 0) takes 40 %, the others share the rest. */
function agencyIndexOf(i: number): number {
  return i % 10 < 4 ? 0 : 1 + (i % (AGENCIES - 1));
}

async function insertRequests(ctx: ServiceContext, agencyIds: readonly string[]): Promise<void> {
  const calendar = await ctx.calendar.current();
  const today = dayOf(TODAY);
  const firstDay = dayOf('2024-01-01');
  const span = today - firstDay;
  const serials = new Map<string, number>();
  const at = new Date(NOW).toISOString();
  for (let from = 0; from < TOTAL; from += BATCH) {
    const requests: RequestTable[] = [];
    const events: RequestEventTable[] = [];
    for (let i = from; i < Math.min(TOTAL, from + BATCH); i++) {
      const agencyId = agencyIds[agencyIndexOf(i)]!;
      const open = i % 12 === 0;
      // Open requests arrived in the last ~45 days (some already overdue); closed ones any day of the three years.
      const received = open ? today - ((i / 12) % 45) : firstDay + ((i * 7919) % span);
      const receivedOn = isoOf(received);
      const year = Number(receivedOn.slice(0, 4));
      const key = `${agencyId}/${year}`;
      const serial = (serials.get(key) ?? 0) + 1;
      serials.set(key, serial);
      const dueOn = isoOf(calendar.addDays(received, 20));
      const state = open
        ? OPEN_STATES[(i / 12) % OPEN_STATES.length]!
        : CLOSED_STATES[i % CLOSED_STATES.length]!;
      const closedOn = open ? null : isoOf(Math.min(today, received + 5 + (i % 25)));
      const decided = state === 'decided' || !open;
      const kind = i % 10 < 7 ? APPLICANT_KINDS[0] : APPLICANT_KINDS[1 + (i % (APPLICANT_KINDS.length - 1))]!;
      const id = randomUUID();
      requests.push({
        id,
        agency_id: agencyId,
        registration_number: `基准${agencyIndexOf(i) + 1}依申〔${year}〕第${String(serial).padStart(3, '0')}号`,
        registration_year: year,
        serial,
        tracking_number: `B${String(i).padStart(9, '0')}`,
        query_code_hash: '0'.repeat(64),
        applicant_kind: kind,
        applicant_name: `申请人${i}`,
        applicant_id_document: null,
        applicant_contact: '13900000000',
        applicant_email: null,
        information_sought: `第 ${i} 件：本机关 ${year - 1} 年度行政许可事项目录及办理结果`,
        form_wanted: '纸质文本',
        channel: 'inPerson',
        received_on: receivedOn,
        state,
        due_on: open && state !== 'decided' ? dueOn : null,
        // Closed without a decision (withdrawn, correction lapsed) still has its outcome row in table 三.
        outcome: decided
          ? state === 'closed'
            ? 'otherDisposal.other'
            : OUTCOME_KEYS[i % OUTCOME_KEYS.length]!
          : null,
        decided_on: decided && state !== 'closed' ? (closedOn ?? isoOf(today)) : null,
        closed_on: state === 'decided' ? isoOf(today) : closedOn,
        event_count: 1,
        demo: 0,
        applicant_key: null,
        art35_flags: '[]',
        created_at: at,
        updated_at: at,
      });
      events.push({
        request_id: id,
        seq: 0,
        type: 'received',
        occurred_on: receivedOn,
        payload: JSON.stringify({
          type: 'received',
          on: receivedOn,
          channel: 'inPerson',
          applicantKind: kind,
        }),
        recorded_at: at,
        recorded_by: 'bench',
      });
    }
    await ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('requests').values(requests).execute();
      await trx.insertInto('request_events').values(events).execute();
    });
  }
}

interface Measured {
  label: string;
  p50: number;
  p95: number;
  note: string;
}

async function measure(app: FastifyInstance, label: string, url: string, cookie: string): Promise<Measured> {
  let body = '';
  const call = async () => {
    const response = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    body = response.body;
  };
  for (let i = 0; i < WARMUP; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  return {
    label,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    note: summary(url, JSON.parse(body)),
  };
}

/** What the answer held, so the figures are read next to the work done. */
function summary(url: string, body: Record<string, unknown>): string {
  if (url.endsWith('/workbench')) {
    const r = body.requests as Record<string, { total: number } | null>;
    return `超期 ${r.overdue!.total}，即将到期 ${r.dueSoon!.total}${r.toDecide ? `，待签发 ${r.toDecide.total}` : ''}`;
  }
  if (url.endsWith('/supervision')) {
    const agencies = body.agencies as { overdue: number }[];
    return `${agencies.length} 个机关，超期合计 ${agencies.reduce((s, a) => s + a.overdue, 0)}`;
  }
  if ('total' in body) return `共 ${String(body.total)} 件，本页 ${(body.items as unknown[]).length} 件`;
  return `${(body.items as unknown[]).length} 件`;
}

async function benchEngine(engine: Engine): Promise<string[][]> {
  const seeded = await seed(engine);
  try {
    const { app, cookies, measuredAgency } = seeded;
    const results = [
      await measure(app, '基线：申请列表第 1 页（20 件）', '/api/v1/requests?pageSize=20', cookies.clerk),
      await measure(app, '基线：超期预警（全部）', '/api/v1/warnings', cookies.clerk),
      await measure(app, '工作台（承办人）', '/api/v1/workbench', cookies.clerk),
      await measure(app, '工作台（公开办负责人，含待签发）', '/api/v1/workbench', cookies.officeHead),
      await measure(app, '监督总览（10 个机关）', '/api/v1/supervision', cookies.supervisor),
      await measure(
        app,
        '监督：某机关超期申请第 1 页',
        `/api/v1/supervision/agencies/${measuredAgency}/overdue?pageSize=20`,
        cookies.supervisor,
      ),
    ];
    return results.map((r) => [
      engine,
      r.label,
      `${r.p50.toFixed(1)} ms`,
      `${r.p95.toFixed(1)} ms`,
      r.label.startsWith('基线') ? '—' : r.p95 < TARGET_P95_MS ? '达到' : '未达到',
      r.note,
    ]);
  } finally {
    await seeded.close();
  }
}

const pgUrl = process.env.GONGKAI_BENCH_PG_URL ?? process.env.GONGKAI_TEST_PG_URL;
console.log(
  `工作台基准：${TOTAL.toLocaleString('en')} 件申请，每项 ${CALLS} 次调用（预热 ${WARMUP} 次），Fastify inject；负载 ${loadavg()[0]!.toFixed(1)}`,
);
const rows: string[][] = [['引擎', '调用', 'p50', 'p95', `p95 < ${TARGET_P95_MS} ms`, '返回内容']];
rows.push(...(await benchEngine('sqlite')));
if (pgUrl) {
  // test/db.ts makes a scratch database on the server named by GONGKAI_TEST_PG_URL and drops it afterwards.
  process.env.GONGKAI_TEST_PG_URL = pgUrl;
  rows.push(...(await benchEngine('postgres')));
} else {
  console.log('  未设置 GONGKAI_BENCH_PG_URL / GONGKAI_TEST_PG_URL：只测 SQLite。');
}
printTable(rows);
