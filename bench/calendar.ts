// What a use case pays to get the installation's calendar (services/calendar/source.ts): ctx.calendar.current()
// when no import happened since the last call — one read of calendar_head.revision, the WorkingCalendar kept —
// against the revision read alone and against the baseline of this run: the deadline computation the calendar is
// fetched for (computeDeadline on a built calendar, no database). Both engines; medians over ROUNDS rounds of
// CALLS sequential calls each, in microseconds per call.
//   node --import tsx bench/calendar.ts [calls=2000] [rounds=7]
// PostgreSQL: GONGKAI_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres); a scratch database is
// created for the run and dropped afterwards.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createTestDatabase } from '../test/db.ts';
import { buildCalendar } from '../src/core/calendar/seed.ts';
import { computeDeadline } from '../src/core/requests/deadline.ts';
import type { RequestEvent } from '../src/core/requests/events.ts';
import { databaseCalendarSource } from '../src/services/calendar/source.ts';
import { calendarRevision } from '../src/storage/calendar.ts';
import type { Engine } from '../src/storage/database.ts';
import { median, printTable } from './stats.ts';

const CALLS = Number(process.argv[2] ?? 2000);
const ROUNDS = Number(process.argv[3] ?? 7);
process.env.GONGKAI_TEST_PG_URL ??=
  process.env.GONGKAI_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const RECEIVED: RequestEvent = {
  type: 'received',
  on: '2026-09-22',
  channel: 'inPerson',
  applicantKind: 'naturalPerson',
};

/** Microseconds per call of `work`, median over the rounds (one unmeasured round first). */
async function perCall(work: () => unknown): Promise<number> {
  const rounds: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const start = performance.now();
    for (let i = 0; i < CALLS; i++) await work();
    if (round > 0) rounds.push(((performance.now() - start) * 1000) / CALLS);
  }
  return median(rounds);
}

const format = (us: number) => us.toFixed(1);

async function main(): Promise<void> {
  const built = buildCalendar();
  const baseline = await perCall(() => computeDeadline([RECEIVED], built, {}, '2026-10-09').dueOn);
  const rows = [['引擎', 'current()（版本未变）', '仅读版本号', '基线：计算一次期限', 'current() / 基线']];
  for (const engine of ['sqlite', 'postgres'] as Engine[]) {
    const database = await createTestDatabase(engine);
    try {
      const source = databaseCalendarSource(database.db);
      await source.current();
      const current = await perCall(() => source.current());
      const revision = await perCall(() => calendarRevision(database.db));
      rows.push([
        engine === 'sqlite' ? 'SQLite' : 'PostgreSQL',
        format(current),
        format(revision),
        format(baseline),
        `${(current / baseline).toFixed(1)}×`,
      ]);
    } finally {
      await database.dispose();
    }
  }
  console.log(
    `每次调用的微秒数，${ROUNDS} 轮中位数，每轮 ${CALLS} 次顺序调用；负载 ${loadavg()[0]!.toFixed(1)}`,
  );
  printTable(rows);
}

await main();
