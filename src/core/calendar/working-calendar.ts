// The working-day calendar: built once from the year schedules in O(days), then every "add N working days" and
// "count working days between" is O(1) through prefix counts. Working days are Monday–Friday minus public holidays,
// plus make-up working days (调休上班日) — docs/statute.md §1.4 "Working-day arithmetic". A year the calendar does not hold is
// never guessed silently: the strict methods throw calendar.yearUnknown, and the raw methods used by callers that
// accept a provisional answer count Monday–Friday minus the statutory holidays of 《全国年节及纪念日放假办法》
// (statutory-holidays.ts) while `unknownYearsIn` tells them the answer is provisional: the State Council's
// arrangement (days moved next to weekends, make-up working days) is what such a year still lacks.
import { DomainError } from '../errors/index.ts';
import type { IsoDate } from '../requests/events.ts';
import { dayFromParts, dayOf, isoOf, isWeekend, weekdayName, yearOf, type DayNumber } from './days.ts';
import { checkSchedule, type YearSchedule } from './schedule.ts';
import { hasStatutoryHolidays, statutoryHolidays } from './statutory-holidays.ts';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

export interface DayInfo {
  date: IsoDate;
  weekday: string;
  kind: DayKind;
  working: boolean;
  /** Holiday name for holidays and make-up days. */
  name: string | null;
  /** False when the day's year is not held: `kind` is then only Monday–Friday minus the statutory holidays. */
  known: boolean;
}

/** A maximal run of consecutive days of one kind and one holiday name (for explanations). */
export interface DayRun {
  kind: 'holiday' | 'makeUpWorkday';
  name: string;
  from: DayNumber;
  to: DayNumber;
}

export interface CalendarBuildOptions {
  /** How many years after the last held year the index reaches (those years answer only provisionally). */
  yearsAfter?: number;
}

const KIND_WORKDAY = 0;
const KIND_WEEKEND = 1;
const KIND_HOLIDAY = 2;
const KIND_MAKEUP = 3;
const KINDS: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'makeUpWorkday'];

export class WorkingCalendar {
  readonly schedules: readonly YearSchedule[];
  /** Held years, ascending. */
  readonly years: readonly number[];
  /** First and last day number of the index. */
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  private readonly held: ReadonlySet<number>;
  private readonly kinds: Uint8Array;
  private readonly names: (string | undefined)[];
  /** workBefore[i] = working days among index days 0 … i-1. */
  private readonly workBefore: Int32Array;
  /** workAt[k] = index of the k-th working day (0-based). */
  private readonly workAt: Int32Array;
  /** unknownBefore[i] = days of unheld years among index days 0 … i-1. */
  private readonly unknownBefore: Int32Array;
  private readonly runs: DayRun[];
  /** ISO strings of the index days, so that results are formatted without arithmetic. */
  private readonly isoTable: IsoDate[];

  constructor(schedules: readonly YearSchedule[], options: CalendarBuildOptions = {}) {
    if (schedules.length === 0) throw new DomainError('calendar.noYears');
    const claimed = new Map<IsoDate, number>();
    for (const schedule of schedules) {
      checkSchedule(schedule);
      for (const date of [...Object.keys(schedule.holidays), ...Object.keys(schedule.workdays)]) {
        const other = claimed.get(date);
        if (other !== undefined && other !== schedule.year)
          throw new DomainError('calendar.yearClaimedTwice', { date, other, year: schedule.year });
        claimed.set(date, schedule.year);
      }
    }
    this.schedules = [...schedules].sort((a, b) => a.year - b.year);
    this.years = this.schedules.map((s) => s.year);
    this.held = new Set(this.years);
    const firstYear = this.years[0]! - 1;
    const lastYear = this.years[this.years.length - 1]! + (options.yearsAfter ?? 10);
    this.firstDay = dayFromParts(firstYear, 1, 1);
    this.lastDay = dayFromParts(lastYear, 12, 31);
    const size = this.lastDay - this.firstDay + 1;

    this.kinds = new Uint8Array(size);
    this.names = new Array<string | undefined>(size);
    for (let i = 0; i < size; i++) this.kinds[i] = isWeekend(this.firstDay + i) ? KIND_WEEKEND : KIND_WORKDAY;
    // Unheld years first: a held neighbour's notice may claim their days (元旦 on 31 December of the year before).
    for (let y = firstYear; y <= lastYear; y++)
      if (!this.held.has(y) && hasStatutoryHolidays(y))
        for (const [date, name] of Object.entries(statutoryHolidays(y)))
          this.mark(dayOf(date), KIND_HOLIDAY, name);
    for (const schedule of this.schedules) {
      for (const [date, name] of Object.entries(schedule.holidays))
        this.mark(dayOf(date), KIND_HOLIDAY, name);
      for (const [date, name] of Object.entries(schedule.workdays)) this.mark(dayOf(date), KIND_MAKEUP, name);
    }

    this.workBefore = new Int32Array(size + 1);
    this.unknownBefore = new Int32Array(size + 1);
    const workAt: number[] = [];
    let year = firstYear;
    let nextYearStart = dayFromParts(year + 1, 1, 1) - this.firstDay;
    let known = this.held.has(year);
    for (let i = 0; i < size; i++) {
      if (i === nextYearStart) {
        year += 1;
        nextYearStart = dayFromParts(year + 1, 1, 1) - this.firstDay;
        known = this.held.has(year);
      }
      const working = this.kinds[i] === KIND_WORKDAY || this.kinds[i] === KIND_MAKEUP;
      if (working) workAt.push(i);
      this.workBefore[i + 1] = this.workBefore[i]! + (working ? 1 : 0);
      this.unknownBefore[i + 1] = this.unknownBefore[i]! + (known ? 0 : 1);
    }
    this.workAt = Int32Array.from(workAt);
    this.runs = this.collectRuns();
    this.isoTable = Array.from({ length: size }, (_, i) => isoOf(this.firstDay + i));
  }

  private mark(day: DayNumber, kind: number, name: string): void {
    const i = day - this.firstDay;
    if (i < 0 || i >= this.kinds.length) return;
    this.kinds[i] = kind;
    this.names[i] = name;
  }

  private collectRuns(): DayRun[] {
    const runs: DayRun[] = [];
    for (let i = 0; i < this.kinds.length; i++) {
      const kind = this.kinds[i];
      if (kind !== KIND_HOLIDAY && kind !== KIND_MAKEUP) continue;
      const name = this.names[i]!;
      const last = runs[runs.length - 1];
      const runKind = kind === KIND_HOLIDAY ? 'holiday' : 'makeUpWorkday';
      if (last && last.kind === runKind && last.name === name && last.to === this.firstDay + i - 1)
        last.to += 1;
      else runs.push({ kind: runKind, name, from: this.firstDay + i, to: this.firstDay + i });
    }
    return runs;
  }

  holds(year: number): boolean {
    return this.held.has(year);
  }

  /** The schedule of a held year. */
  schedule(year: number): YearSchedule | undefined {
    return this.schedules.find((s) => s.year === year);
  }

  private index(day: DayNumber): number {
    const i = day - this.firstDay;
    if (i < 0 || i >= this.kinds.length)
      throw new DomainError('calendar.outOfRange', {
        date: isoOf(day),
        from: isoOf(this.firstDay),
        to: isoOf(this.lastDay),
      });
    return i;
  }

  /** The ISO form of a day (table lookup inside the index). */
  iso(day: DayNumber): IsoDate {
    return this.isoTable[day - this.firstDay] ?? isoOf(day);
  }

  // ---- raw O(1) arithmetic on day numbers (statutory holidays only in unheld years; check unknownYearsIn) ----

  isWorkingDay(day: DayNumber): boolean {
    const kind = this.kinds[this.index(day)];
    return kind === KIND_WORKDAY || kind === KIND_MAKEUP;
  }

  /** The n-th working day after `day` (n ≥ 1; `day` itself is not counted). n = 0 returns `day`. */
  addDays(day: DayNumber, n: number): DayNumber {
    if (n <= 0) return day;
    const ordinal = this.workBefore[this.index(day) + 1]! + n - 1;
    if (ordinal >= this.workAt.length)
      throw new DomainError('calendar.outOfRange', {
        date: `${isoOf(day)} 后第 ${n} 个工作日`,
        from: isoOf(this.firstDay),
        to: isoOf(this.lastDay),
      });
    return this.firstDay + this.workAt[ordinal]!;
  }

  /** Working days in (from, to]; negative when `to` is before `from`. */
  countDays(from: DayNumber, to: DayNumber): number {
    return this.workBefore[this.index(to) + 1]! - this.workBefore[this.index(from) + 1]!;
  }

  /** Whether any day in (from, to] lies in a year the calendar does not hold. O(1). */
  touchesUnknown(from: DayNumber, to: DayNumber): boolean {
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    return this.unknownBefore[this.index(hi) + 1]! - this.unknownBefore[this.index(lo) + 1]! > 0;
  }

  /** The unheld years that (from, to] touches. */
  unknownYearsIn(from: DayNumber, to: DayNumber): number[] {
    if (!this.touchesUnknown(from, to)) return [];
    const years: number[] = [];
    for (let y = yearOf(Math.min(from, to) + 1); y <= yearOf(Math.max(from, to)); y++)
      if (!this.held.has(y)) years.push(y);
    return years;
  }

  /** Index of the first run that ends after `day` (binary search); iterate with runAt until a run starts after
   * the range. Allocation-free, for the deadline's hot path. */
  firstRunAfter(day: DayNumber): number {
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.runs[mid]!.to <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  runAt(index: number): DayRun | undefined {
    return this.runs[index];
  }

  /** Holiday runs and make-up working days that overlap (from, to], in date order. */
  runsIn(from: DayNumber, to: DayNumber): DayRun[] {
    const found: DayRun[] = [];
    for (let i = this.firstRunAfter(from), r = this.runs[i]; r && r.from <= to; r = this.runs[++i])
      found.push(r);
    return found;
  }

  // ---- strict ISO API: throws calendar.yearUnknown instead of guessing ----

  /** Throws calendar.yearUnknown when (from, to] touches a year the calendar does not hold. */
  requireKnown(from: DayNumber, to: DayNumber, date: IsoDate = isoOf(Math.max(from, to))): void {
    const unknown = this.unknownYearsIn(from, to);
    if (unknown.length > 0)
      throw new DomainError('calendar.yearUnknown', { year: unknown[0]!, held: this.heldLabel(), date });
  }

  /** The n-th working day after `date` (the date itself not counted). */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    const from = dayOf(date);
    const result = this.addDays(from, n);
    this.requireKnown(from, result, date);
    return isoOf(result);
  }

  /** Working days after `from` up to and including `to`. */
  countWorkingDays(from: IsoDate, to: IsoDate): number {
    const a = dayOf(from);
    const b = dayOf(to);
    this.requireKnown(a - 1, b, to);
    return this.countDays(a, b);
  }

  dayInfo(date: IsoDate): DayInfo {
    const day = dayOf(date);
    const i = this.index(day);
    const kind = KINDS[this.kinds[i]!]!;
    return {
      date,
      weekday: weekdayName(day),
      kind,
      working: kind === 'workday' || kind === 'makeUpWorkday',
      name: this.names[i] ?? null,
      known: this.held.has(yearOf(day)),
    };
  }

  /** Every day of a month, for month views. */
  month(year: number, month: number): DayInfo[] {
    const first = dayFromParts(year, month, 1);
    const next = month === 12 ? dayFromParts(year + 1, 1, 1) : dayFromParts(year, month + 1, 1);
    const days: DayInfo[] = [];
    for (let d = first; d < next; d++) days.push(this.dayInfo(isoOf(d)));
    return days;
  }

  /** "2004–2026" or "2004–2020、2022" — the held years for messages. */
  heldLabel(): string {
    const parts: string[] = [];
    let start = this.years[0]!;
    let prev = start;
    for (const year of [...this.years.slice(1), Number.NaN]) {
      if (year === prev + 1) {
        prev = year;
        continue;
      }
      parts.push(start === prev ? `${start}` : `${start}–${prev}`);
      start = year;
      prev = year;
    }
    return parts.join('、');
  }
}
