// What the 第三十五条 check (core/requests/art35.ts) costs an intake: ~1,000 staff registrations in this process, one
// after another, each in its own transaction, on SQLite — once from as many applicants as requests (the common
// case: one count and one short index range each), once all from one applicant (the worst case: every intake reads
// that applicant's capped list of earlier requests and compares their text). Run it on a commit before the check
// and after it to see the difference (bench/README.md records both).
//   node --import tsx bench/intake-flags.ts [intakes=1000] [rounds=3]
import { loadavg } from 'node:os';
import { testContext } from '../test/context.ts';
import { createTestDatabase } from '../test/db.ts';
import { makeAgency } from '../test/db/factories.ts';
import { intakeBody } from '../test/server/seed.ts';
import { SYSTEM_ACTOR } from '../src/services/actor.ts';
import { registerRequest } from '../src/services/requests/intake.ts';
import { median, percentile, printTable } from './stats.ts';

const INTAKES = Number(process.argv[2] ?? 1000);
const ROUNDS = Number(process.argv[3] ?? 3);

type Scenario = 'many' | 'one';

async function round(scenario: Scenario): Promise<{ total: number; p50: number; p99: number }> {
  const scratch = await createTestDatabase('sqlite');
  try {
    const agency = await makeAgency(scratch.db);
    const ctx = testContext(scratch.db);
    const latencies: number[] = [];
    const started = performance.now();
    for (let n = 1; n <= INTAKES; n++) {
      const body = intakeBody(n);
      // One applicant: the same name and phone every time, a different text each time.
      const applicant =
        scenario === 'one' ? { ...body.applicant, ...intakeBody(0).applicant } : body.applicant;
      const sent = performance.now();
      await registerRequest(ctx, SYSTEM_ACTOR, { agencyId: agency.id, ...body, applicant });
      latencies.push(performance.now() - sent);
    }
    return {
      total: performance.now() - started,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    };
  } finally {
    await scratch.dispose();
  }
}

const rows: string[][] = [['申请人', '总耗时', '每件（平均）', 'p50', 'p99']];
for (const scenario of ['many', 'one'] as const) {
  await round(scenario); // warm-up
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await round(scenario));
  const total = median(rounds.map((r) => r.total));
  rows.push([
    scenario === 'many' ? `${INTAKES} 个不同申请人` : '同一申请人',
    `${total.toFixed(0)} ms`,
    `${(total / INTAKES).toFixed(2)} ms`,
    `${median(rounds.map((r) => r.p50)).toFixed(2)} ms`,
    `${median(rounds.map((r) => r.p99)).toFixed(2)} ms`,
  ]);
}
console.log(
  `登记 ${INTAKES} 件（SQLite，进程内，逐件提交），${ROUNDS} 轮取中位数；负载 ${loadavg()[0]!.toFixed(2)}`,
);
printTable(rows);
