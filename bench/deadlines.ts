// Deadline computations per second on random request timelines: the prefix-count calendar (O(1) per add/count)
// beside a naive calendar that walks day by day, in the same run, over the same timelines.
//   node --import tsx bench/deadlines.ts [timelines=20000] [rounds=7]
import { availableParallelism, loadavg } from 'node:os';
import { dayFromParts, isoOf, type DayNumber } from '../src/core/calendar/days.ts';
import { buildCalendar } from '../src/core/calendar/seed.ts';
import { SEED_SCHEDULES } from '../src/core/calendar/seed-data.ts';
import { WorkingCalendar } from '../src/core/calendar/working-calendar.ts';
import { computeDeadline } from '../src/core/requests/deadline.ts';
import { CHANNELS, type RequestEvent } from '../src/core/requests/events.ts';

/** The baseline: the same calendar data, but adding and counting walk one day at a time. */
class NaiveCalendar extends WorkingCalendar {
  override addDays(day: DayNumber, n: number): DayNumber {
    let d = day;
    for (let left = n; left > 0;) if (this.isWorkingDay(++d)) left--;
    return d;
  }
  override countDays(from: DayNumber, to: DayNumber): number {
    let count = 0;
    for (let d = from + 1; d <= to; d++) if (this.isWorkingDay(d)) count++;
    for (let d = to + 1; d <= from; d++) if (this.isWorkingDay(d)) count--;
    return count;
  }
}

/** mulberry32: a small seeded generator, so every run times the same timelines. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  events: RequestEvent[];
  today: string;
}

function randomTimeline(next: () => number): Case {
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  let day = int(dayFromParts(2005, 1, 1), dayFromParts(2025, 10, 31));
  const on = (step: number) => isoOf((day += step));
  const channel = CHANNELS[int(0, CHANNELS.length - 1)]!;
  const arrived = on(0);
  const events: RequestEvent[] = [
    {
      type: 'received',
      on: arrived,
      channel,
      applicantKind: 'naturalPerson',
      ...(channel === 'inPerson' || channel === 'signedPost' ? {} : { confirmedOn: on(int(0, 1)) }),
    },
  ];
  if (next() < 0.2) {
    events.push({
      type: 'correctionRequested',
      on: on(int(1, 6)),
      correctionDueOn: isoOf(day + 15),
      items: '补正',
    });
    events.push({ type: 'correctionReceived', on: on(int(1, 14)) });
  }
  if (next() < 0.3) {
    events.push({
      type: 'consultationStarted',
      on: on(int(1, 10)),
      party: next() < 0.5 ? 'thirdParty' : 'agency',
      consultee: '某单位',
    });
    events.push({
      type: 'consultationEnded',
      on: on(int(1, 25)),
      party: (events[events.length - 1] as { party: 'thirdParty' | 'agency' }).party,
    });
  }
  if (next() < 0.15) {
    const issued = on(int(1, 8));
    events.push({
      type: 'feeNoticeIssued',
      on: issued,
      receivedOn: on(int(0, 3)),
      method: 'perPage',
      amountYuan: 700,
    });
    events.push({ type: 'feePaid', on: on(int(1, 20)) });
  }
  if (next() < 0.25)
    events.push({ type: 'extended', on: on(int(1, 10)), workingDays: int(1, 20), approvedBy: '负责人' });
  if (next() < 0.5) {
    events.push({ type: 'decided', on: on(int(1, 20)), outcome: 'granted', reasons: '', articles: '' });
    events.push({ type: 'replySent', on: on(int(0, 2)) });
  }
  return { events, today: isoOf(day + int(0, 30)) };
}

interface Rate {
  /** Per second of wall-clock time. */
  wall: number;
  /** Per second of this process's CPU time: on a shared, loaded machine the wall clock also counts other programs. */
  cpu: number;
}

/** Runs `work` over `units` items and returns its rates by wall clock and by CPU time. */
function measure(units: number, work: () => void): Rate {
  const cpuStart = process.cpuUsage();
  const started = process.hrtime.bigint();
  work();
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return { wall: units / wallSeconds, cpu: units / ((cpu.user + cpu.system) / 1e6) };
}

function timeRound(calendar: WorkingCalendar, cases: readonly Case[]): Rate & { checksum: number } {
  let checksum = 0;
  const rate = measure(cases.length, () => {
    for (const c of cases) checksum += computeDeadline(c.events, calendar, {}, c.today).daysLeft ?? 0;
  });
  return { ...rate, checksum };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const count = Number(process.argv[2] ?? 20_000);
const rounds = Number(process.argv[3] ?? 7);
const next = random(20231027);
const cases = Array.from({ length: count }, () => randomTimeline(next));
const buildStart = process.hrtime.bigint();
const fast = buildCalendar();
const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
const naive = new NaiveCalendar(SEED_SCHEDULES);

// Warm up both paths (two full passes each, so the JIT has settled), then alternate rounds so that both see the
// same machine state.
for (let w = 0; w < 2; w++) {
  timeRound(fast, cases);
  timeRound(naive, cases);
}
const fastRates: Rate[] = [];
const naiveRates: Rate[] = [];
for (let r = 0; r < rounds; r++) {
  const a = timeRound(fast, cases);
  const b = timeRound(naive, cases);
  if (a.checksum !== b.checksum) throw new Error(`结果不一致：${a.checksum} ≠ ${b.checksum}`);
  fastRates.push(a);
  naiveRates.push(b);
}
// The calendar arithmetic alone: 20 working days after a random day, and the working days in a random 60-day span.
const starts = Array.from({ length: count }, () => Math.floor(dayFromParts(2005, 1, 1) + next() * 7600));
function arithmeticRound(calendar: WorkingCalendar): Rate {
  let sink = 0;
  const rate = measure(2 * starts.length, () => {
    for (const day of starts) sink += calendar.addDays(day, 20) + calendar.countDays(day, day + 60);
  });
  if (sink === 0) throw new Error('unreachable');
  return rate;
}
const fastOps: Rate[] = [];
const naiveOps: Rate[] = [];
for (let r = 0; r < rounds; r++) {
  fastOps.push(arithmeticRound(fast));
  naiveOps.push(arithmeticRound(naive));
}

const events = cases.reduce((sum, c) => sum + c.events.length, 0);
const by = (rates: Rate[], key: keyof Rate) => median(rates.map((r) => r[key]));
const line = (label: string, rates: Rate[], unit: string) =>
  `${label} median ${fmt(by(rates, 'cpu'))} ${unit} per CPU-second, ${fmt(by(rates, 'wall'))} ${unit} per wall-second  (CPU rounds: ${rates.map((r) => fmt(r.cpu)).join(', ')})`;
const ratio = (a: Rate[], b: Rate[], key: keyof Rate) => (by(a, key) / by(b, key)).toFixed(1);
process.stdout.write(
  [
    `deadline computations on ${fmt(count)} random timelines (${(events / count).toFixed(1)} events each), ${rounds} rounds, Node ${process.version}`,
    `calendar build (2004–2026 + 10 provisional years, prefix counts): ${buildMs.toFixed(1)} ms`,
    line('prefix-count calendar:', fastRates, '/s'),
    line('naive day-by-day:     ', naiveRates, '/s'),
    `ratio (median): ${ratio(fastRates, naiveRates, 'cpu')}× by CPU time, ${ratio(fastRates, naiveRates, 'wall')}× by wall time; both give identical results (checked every round)`,
    line('calendar arithmetic alone, prefix:', fastOps, 'ops'),
    line('calendar arithmetic alone, naive: ', naiveOps, 'ops'),
    `arithmetic ratio: ${ratio(fastOps, naiveOps, 'cpu')}× by CPU time`,
    `machine load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores`,
    '',
  ].join('\n'),
);
