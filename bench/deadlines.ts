// Deadline computations per second on random request timelines: the prefix-count calendar (O(1) per add/count)
// beside a naive calendar that walks day by day, in the same run, over the same timelines.
//   node --import tsx bench/deadlines.ts [timelines=20000] [rounds=7]
// The baseline runs in a child process of this run, round for round in turn with the main one: sharing one engine,
// the two calendar classes would make every calendar call in computeDeadline polymorphic and slow both down.
import { fork } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dayFromParts, dayOf, isoOf, type DayNumber } from '../src/core/calendar/days.ts';
import { buildCalendar } from '../src/core/calendar/seed.ts';
import { SEED_SCHEDULES } from '../src/core/calendar/seed-data.ts';
import { WorkingCalendar } from '../src/core/calendar/working-calendar.ts';
import {
  computeDeadline,
  explainDeadline,
  type DeadlineResult,
  type DeadlineStep,
} from '../src/core/requests/deadline.ts';
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

/** What a round times: the deadline alone (what projections and scans of open requests use), the deadline with its
 * steps written out (what the request page and the CLI show), or the calendar arithmetic alone. */
type Mode = 'deadline' | 'explained' | 'arithmetic';

interface Round extends Rate {
  /** Over dueOn, daysLeft and the number of steps: the two calendars must agree on every timeline. */
  checksum: number;
}

function deadlineRound(calendar: WorkingCalendar, cases: readonly Case[], explained: boolean): Round {
  let checksum = 0;
  const rate = measure(cases.length, () => {
    for (const c of cases) {
      const result: DeadlineResult & { steps?: DeadlineStep[] } = explained
        ? explainDeadline(c.events, calendar, {}, c.today)
        : computeDeadline(c.events, calendar, {}, c.today);
      const due = result.dueOn === null ? 0 : dayOf(result.dueOn);
      checksum = (checksum * 31 + due + (result.daysLeft ?? 0) + (result.steps?.length ?? 0)) | 0;
    }
  });
  return { ...rate, checksum };
}

/** The calendar arithmetic alone: 20 working days after a random day, and the working days in a random 60-day span. */
function arithmeticRound(calendar: WorkingCalendar, starts: readonly DayNumber[]): Round {
  let checksum = 0;
  const rate = measure(2 * starts.length, () => {
    for (const day of starts)
      checksum = (checksum + calendar.addDays(day, 20) + calendar.countDays(day, day + 60)) | 0;
  });
  return { ...rate, checksum };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const count = Number(process.argv[2] ?? 20_000);
const rounds = Number(process.argv[3] ?? 7);
const isBaseline = process.argv[4] === 'baseline';
// Both processes draw the same timelines and days from the same seed.
const next = random(20231027);
const cases = Array.from({ length: count }, () => randomTimeline(next));
const starts = Array.from({ length: count }, () => Math.floor(dayFromParts(2005, 1, 1) + next() * 7600));

function runRound(calendar: WorkingCalendar, mode: Mode): Round {
  return mode === 'arithmetic'
    ? arithmeticRound(calendar, starts)
    : deadlineRound(calendar, cases, mode === 'explained');
}

if (isBaseline) {
  const naive = new NaiveCalendar(SEED_SCHEDULES);
  process.on('message', (mode: Mode | 'done') => {
    if (mode === 'done') process.disconnect();
    else process.send!(runRound(naive, mode));
  });
} else {
  const buildStart = process.hrtime.bigint();
  const fast = buildCalendar();
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
  const baseline = fork(fileURLToPath(import.meta.url), [String(count), String(rounds), 'baseline'], {
    execArgv: process.execArgv,
  });
  const naiveRound = (mode: Mode) =>
    new Promise<Round>((resolve) => {
      baseline.once('message', (round: Round) => resolve(round));
      baseline.send(mode);
    });

  const results = new Map<Mode, { fast: Round[]; naive: Round[] }>();
  for (const mode of ['deadline', 'explained', 'arithmetic'] as const) {
    // Warm up both sides (two full passes each, so the JIT has settled), then alternate rounds so that both see
    // the same machine state.
    for (let w = 0; w < 2; w++) {
      runRound(fast, mode);
      await naiveRound(mode);
    }
    const fastRounds: Round[] = [];
    const naiveRounds: Round[] = [];
    for (let r = 0; r < rounds; r++) {
      const a = runRound(fast, mode);
      const b = await naiveRound(mode);
      if (a.checksum !== b.checksum) throw new Error(`结果不一致（${mode}）：${a.checksum} ≠ ${b.checksum}`);
      fastRounds.push(a);
      naiveRounds.push(b);
    }
    results.set(mode, { fast: fastRounds, naive: naiveRounds });
  }
  baseline.send('done');

  const events = cases.reduce((sum, c) => sum + c.events.length, 0);
  const by = (rates: Rate[], key: keyof Rate) => median(rates.map((r) => r[key]));
  const line = (label: string, rates: Rate[], unit: string) =>
    `${label} median ${fmt(by(rates, 'cpu'))} ${unit} per CPU-second, ${fmt(by(rates, 'wall'))} ${unit} per wall-second  (CPU rounds: ${rates.map((r) => fmt(r.cpu)).join(', ')})`;
  const ratio = (a: Rate[], b: Rate[], key: keyof Rate) => (by(a, key) / by(b, key)).toFixed(1);
  const section = (mode: Mode, title: string, unit: string) => {
    const { fast: a, naive: b } = results.get(mode)!;
    return [
      title,
      line('  prefix-count calendar:', a, unit),
      line('  naive day-by-day:     ', b, unit),
      `  ratio (median): ${ratio(a, b, 'cpu')}× by CPU time, ${ratio(a, b, 'wall')}× by wall time; identical results (checked every round)`,
    ];
  };
  process.stdout.write(
    [
      `deadline computations on ${fmt(count)} random timelines (${(events / count).toFixed(1)} events each), ${rounds} rounds, Node ${process.version}`,
      `calendar build (2004–2026 + 10 provisional years, prefix counts): ${buildMs.toFixed(1)} ms`,
      ...section('deadline', 'computeDeadline (due date, days left, pauses, findings; no steps):', '/s'),
      ...section('explained', 'explainDeadline (the deadline and its steps written out):', '/s'),
      ...section(
        'arithmetic',
        'calendar arithmetic alone (add 20 working days, count a 60-day span):',
        'ops',
      ),
      `machine load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${availableParallelism()} cores`,
      '',
    ].join('\n'),
  );
}
