// The reply deadline of a request as a pure function of its timeline, the calendar, the settings and "today"
// (spec §1.2–1.7, rules R-RCV … R-AB-1). The result carries its explanation: `steps` say, in order, how the date
// was reached (receipt rule, correction restart, each pause with its dates, holidays skipped and make-up days
// counted, extension, Art. 35 deferral); explain.ts turns them into Chinese.
import { dayOf, isWeekend, type DayNumber } from '../calendar/days.ts';
import type { DayRun, WorkingCalendar } from '../calendar/working-calendar.ts';
import { DomainError } from '../errors/index.ts';
import type { Finding } from '../findings.ts';
import type {
  Channel,
  ConsultationParty,
  EventOf,
  IsoDate,
  RequestEvent,
  RequestEventType,
} from './events.ts';
import { clockOptions, type ClockOptions } from './options.ts';
import { receiptDate, receiptRule } from './receipt.ts';
import {
  CONSULTATION_WORKING_DAYS,
  CORRECTION_NOTICE_WORKING_DAYS,
  FEE_PAYMENT_WORKING_DAYS,
  REPLY_WORKING_DAYS,
} from './rules.ts';
import { lateCorrectionNotice } from './state.ts';
import { closingWithoutDecision, foldTimeline, type TimelineFacts } from './timeline.ts';
import {
  clockDue,
  provisionalReason,
  runClock,
  signedWorkingDays,
  unheldYears,
  type ClockPause,
} from './clock.ts';

export type PauseReason =
  'confirmation' | 'correction' | 'consultation.thirdParty' | 'consultation.agency' | 'feeNotice';

export interface HolidaySpan {
  name: string;
  from: IsoDate;
  to: IsoDate;
}

export type DeadlineStep =
  | { kind: 'receipt'; channel: Channel; arrivedOn: IsoDate; receivedOn: IsoDate | null; rule: string }
  | {
      kind: 'correction';
      requestedOn: IsoDate;
      /** The 7th working day after receipt (第三十条), and whether the notice came later. */
      noticeLimitOn: IsoDate;
      late: boolean;
      correctionDueOn: IsoDate;
      receivedOn: IsoDate | null;
      lapsedOn: IsoDate | null;
    }
  | {
      kind: 'pause';
      reason: PauseReason;
      consultee?: string;
      from: IsoDate;
      /** null while the pause is still open. */
      to: IsoDate | null;
      /** Working days of the pause that fell inside the running clock. */
      notCounted: number;
      /** Consultee's 15-working-day window (第三十二条、第三十四条) or the fee payment window (109号). */
      windowDueOn: IsoDate;
    }
  | { kind: 'extension'; on: IsoDate; workingDays: number; approvedBy: string }
  | {
      kind: 'count';
      countFrom: ClockOptions['countFrom'];
      startOn: IsoDate;
      restarted: boolean;
      workingDays: number;
      dueOn: IsoDate;
      /** Holiday runs inside the counted stretches that fell on days that would otherwise have been working days. */
      holidays: HolidaySpan[];
      /** Make-up working days (调休上班日) that were counted. */
      makeUpDays: HolidaySpan[];
    }
  | { kind: 'deferred'; on: IsoDate; dueOn: IsoDate; reason: string; computedDueOn: IsoDate }
  | { kind: 'stopped'; on: IsoDate; by: RequestEventType }
  | { kind: 'provisional'; years: number[] };

export interface DeadlineResult {
  receivedOn: IsoDate | null;
  /** The reply deadline; while paused, the date it would be if the pause ended today. null before the clock runs. */
  dueOn: IsoDate | null;
  paused: boolean;
  pausedBy: PauseReason[];
  /** Working days from today (or from the reply, once sent) to dueOn; negative once past. */
  daysLeft: number | null;
  overdue: boolean;
  /** The day the clock stopped (reply sent, or handling ended), if it has. */
  stoppedOn: IsoDate | null;
  provisional: boolean;
  provisionalReason: string | null;
  steps: DeadlineStep[];
  findings: Finding[];
}

interface PauseInput extends ClockPause {
  reason: PauseReason;
  consultee?: string;
  open: boolean;
  windowDue: DayNumber;
}

const PARTY_PAUSE: Record<ConsultationParty, PauseReason> = {
  thirdParty: 'consultation.thirdParty',
  agency: 'consultation.agency',
};

/** Tracks the widest span of days the computation relied on, to know whether it touched an unheld year. */
class Span {
  lo: DayNumber;
  hi: DayNumber;
  constructor(day: DayNumber) {
    this.lo = day;
    this.hi = day;
  }
  cover(day: DayNumber): void {
    if (day < this.lo) this.lo = day;
    else if (day > this.hi) this.hi = day;
  }
}

export function computeDeadline(
  events: readonly RequestEvent[],
  calendar: WorkingCalendar,
  options: Partial<ClockOptions>,
  today: IsoDate,
): DeadlineResult {
  const settings = clockOptions(options);
  const facts = foldTimeline(events);
  const received = facts.received;
  if (!received)
    throw new DomainError(events.length ? 'requests.notReceivedFirst' : 'requests.emptyTimeline', {
      event: events[0]?.type ?? '',
    });
  const todayDay = dayOf(today);
  const receivedOn = receiptDate(received, settings);
  const stop = stopOf(facts);
  const trace = new Trace(calendar, settings, facts, receivedOn, stop);
  const findings: Finding[] = [];
  const arrivalDay = dayOf(received.on);
  const span = new Span(arrivalDay);
  const result: DeadlineResult = {
    receivedOn,
    dueOn: null,
    paused: false,
    pausedBy: [],
    daysLeft: null,
    overdue: false,
    stoppedOn: stop?.on ?? null,
    provisional: false,
    provisionalReason: null,
    steps: new Proxy<DeadlineStep[]>([], trace),
    findings,
  };
  if (receivedOn === null) {
    if (!stop) {
      result.paused = true;
      result.pausedBy.push('confirmation');
    }
    return finish(result, trace, span);
  }
  const receiptDay = receivedOn === received.on ? arrivalDay : dayOf(receivedOn);
  span.cover(receiptDay);

  // 《条例》第三十条: a correction restarts the clock from the day the corrected application arrives.
  let startDay = receiptDay;
  const correction = facts.correctionRequested;
  if (correction) {
    const late = lateCorrectionNotice(calendar, receivedOn, correction.on);
    if (late) findings.push(late);
    trace.lateCorrection = late !== null;
    span.cover(dayOf(correction.correctionDueOn));
    if (!facts.correctionReceived) {
      if (!stop) {
        result.paused = true;
        result.pausedBy.push('correction');
      }
      return finish(result, trace, span);
    }
    startDay = dayOf(facts.correctionReceived.on);
  }
  const clockStart = settings.countFrom === 'sameDay' ? startDay - 1 : startDay;

  const pauses = pausesOf(facts, calendar, settings, startDay, stop ? dayOf(stop.on) : todayDay);
  const extension = facts.extension;
  const workingDays = REPLY_WORKING_DAYS + (extension?.workingDays ?? 0);
  let dueDay = clockDue(calendar, clockStart, workingDays, pauses);
  span.cover(dueDay);
  trace.clock = { startDay, clockStart, workingDays, pauses, due: dueDay };

  for (const pause of pauses) {
    span.cover(pause.windowDue);
    if (pause.open) {
      result.paused = true;
      result.pausedBy.push(pause.reason);
      if (todayDay > pause.windowDue)
        findings.push(windowPassed(pause, calendar.iso(pause.windowDue), today));
    }
  }
  if (extension) {
    const before = clockDue(calendar, clockStart, REPLY_WORKING_DAYS, pauses);
    if (dayOf(extension.on) > before) findings.push(lateExtension(calendar.iso(before), extension.on));
  }

  // 第三十五条: an agency-set later date replaces the computed one.
  const deferral = lastDeferral(facts);
  if (deferral) {
    dueDay = dayOf(deferral.dueOn);
    span.cover(dueDay);
  }
  result.dueOn = calendar.iso(dueDay);
  const reference = stop ? dayOf(stop.on) : todayDay;
  span.cover(reference);
  result.overdue = reference > dueDay;
  const daysLeft = signedWorkingDays(calendar, reference, dueDay);
  result.daysLeft = reference > dueDay ? Math.min(daysLeft, -1) : daysLeft;
  return finish(result, trace, span);
}

/** The running clock's figures, kept for the explanation. */
interface ClockTrace {
  startDay: DayNumber;
  clockStart: DayNumber;
  workingDays: number;
  pauses: readonly PauseInput[];
  /** The due day by 第三十三条, before any 第三十五条 deferral. */
  due: DayNumber;
}

/**
 * What computeDeadline decided, kept so that the steps are written only when someone reads them; it is also the
 * handler of the `steps` array callers receive, an ordinary array filled from this trace the first time anything
 * touches it (an element, its length, iteration, JSON, spreading the result). The explanation costs several times
 * the deadline itself (holiday runs looked up per counted stretch, dates formatted), and most callers — the due date
 * kept in the projection, scans of open requests — never read it. Two consequences of the Proxy: structuredClone
 * (and postMessage) refuse the result, and util.inspect shows the array empty until something has read it.
 */
class Trace implements ProxyHandler<DeadlineStep[]> {
  lateCorrection = false;
  /** null when the clock never started (receipt unconfirmed, correction outstanding). */
  clock: ClockTrace | null = null;
  unheldYears: readonly number[] = [];
  private written = false;
  constructor(
    readonly calendar: WorkingCalendar,
    readonly settings: ClockOptions,
    readonly facts: TimelineFacts,
    readonly receivedOn: IsoDate | null,
    readonly stop: StopEvent | null,
  ) {}
  private filled(steps: DeadlineStep[]): DeadlineStep[] {
    if (!this.written) {
      this.written = true;
      writeSteps(this, steps);
    }
    return steps;
  }
  get(steps: DeadlineStep[], key: string | symbol): unknown {
    return Reflect.get(this.filled(steps), key);
  }
  set(steps: DeadlineStep[], key: string | symbol, value: unknown): boolean {
    return Reflect.set(this.filled(steps), key, value);
  }
  has(steps: DeadlineStep[], key: string | symbol): boolean {
    return Reflect.has(this.filled(steps), key);
  }
  ownKeys(steps: DeadlineStep[]): (string | symbol)[] {
    return Reflect.ownKeys(this.filled(steps));
  }
  getOwnPropertyDescriptor(steps: DeadlineStep[], key: string | symbol): PropertyDescriptor | undefined {
    return Reflect.getOwnPropertyDescriptor(this.filled(steps), key);
  }
  defineProperty(steps: DeadlineStep[], key: string | symbol, descriptor: PropertyDescriptor): boolean {
    return Reflect.defineProperty(this.filled(steps), key, descriptor);
  }
  deleteProperty(steps: DeadlineStep[], key: string | symbol): boolean {
    return Reflect.deleteProperty(this.filled(steps), key);
  }
}

/** The steps in order: receipt rule, correction, each pause, extension, the count, deferral, stop, provisional. */
function writeSteps(trace: Trace, steps: DeadlineStep[]): void {
  const { calendar, settings, facts, receivedOn, clock } = trace;
  const received = facts.received!;
  steps.push({
    kind: 'receipt',
    channel: received.channel,
    arrivedOn: received.on,
    receivedOn,
    rule: receiptRule(received, settings),
  });
  const correction = facts.correctionRequested;
  if (receivedOn !== null && correction)
    steps.push({
      kind: 'correction',
      requestedOn: correction.on,
      noticeLimitOn: calendar.iso(calendar.addDays(dayOf(receivedOn), CORRECTION_NOTICE_WORKING_DAYS)),
      late: trace.lateCorrection,
      correctionDueOn: correction.correctionDueOn,
      receivedOn: facts.correctionReceived?.on ?? null,
      lapsedOn: facts.correctionLapsed?.on ?? null,
    });
  if (clock) writeClockSteps(trace, clock, steps);
  if (trace.stop) steps.push({ kind: 'stopped', on: trace.stop.on, by: trace.stop.type });
  if (trace.unheldYears.length > 0) steps.push({ kind: 'provisional', years: [...trace.unheldYears] });
}

function writeClockSteps(trace: Trace, clock: ClockTrace, steps: DeadlineStep[]): void {
  const { calendar, facts } = trace;
  const { clockStart, pauses, due } = clock;
  for (const pause of pauses) {
    const notCounted =
      pause.from < due ? calendar.countDays(Math.max(pause.from, clockStart), Math.min(pause.to, due)) : 0;
    steps.push({
      kind: 'pause',
      reason: pause.reason,
      consultee: pause.consultee || undefined, // a literal, not a spread: V8 copies spreads slowly
      from: calendar.iso(pause.from),
      to: pause.open ? null : calendar.iso(pause.to),
      notCounted,
      windowDueOn: calendar.iso(pause.windowDue),
    });
  }
  const extension = facts.extension;
  if (extension)
    steps.push({
      kind: 'extension',
      on: extension.on,
      workingDays: extension.workingDays,
      approvedBy: extension.approvedBy,
    });
  steps.push(countStep(trace, clock));
  const deferral = lastDeferral(facts);
  if (deferral)
    steps.push({
      kind: 'deferred',
      on: deferral.on,
      dueOn: deferral.dueOn,
      reason: deferral.reason,
      computedDueOn: calendar.iso(due),
    });
}

type StopEvent = EventOf<'replySent'> | NonNullable<ReturnType<typeof closingWithoutDecision>>;

/** The clock stops when the reply is sent or handling ends without a decision. */
function stopOf(facts: TimelineFacts): StopEvent | null {
  return facts.replySent ?? closingWithoutDecision(facts);
}

function pausesOf(
  facts: TimelineFacts,
  calendar: WorkingCalendar,
  settings: ClockOptions,
  startDay: DayNumber,
  untilDay: DayNumber,
): readonly PauseInput[] {
  let pauses: PauseInput[] | null = null; // most requests have none: then nothing is allocated
  for (const consultation of facts.consultations) {
    const { started } = consultation;
    const from = dayOf(started.on);
    const to = consultation.endedOn ? dayOf(consultation.endedOn) : Math.max(from, untilDay);
    if (to <= startDay) continue;
    const letterDay = dayOf(started.letterReceivedOn ?? started.on);
    (pauses ??= []).push({
      reason: PARTY_PAUSE[consultation.party],
      consultee: started.consultee,
      from: Math.max(from, startDay),
      to,
      open: consultation.endedOn === null,
      windowDue: calendar.addDays(letterDay, CONSULTATION_WORKING_DAYS),
    });
  }
  // 国办函〔2020〕109号: whether the clock pauses for the fee is not settled (spec §3 [M/I]); a setting, default on.
  const notice = facts.feeNotice;
  if (notice && settings.feePausesClock) {
    const from = dayOf(notice.on);
    const paid = facts.feePaid ?? facts.feeLapsed;
    const to = paid ? dayOf(paid.on) : Math.max(from, untilDay);
    if (to > startDay)
      (pauses ??= []).push({
        reason: 'feeNotice',
        consultee: undefined, // the same shape as a consultation's pause
        from: Math.max(from, startDay),
        to,
        open: !paid,
        windowDue: calendar.addDays(dayOf(notice.receivedOn), FEE_PAYMENT_WORKING_DAYS),
      });
  }
  return pauses === null ? NO_PAUSES : pauses.sort(byStart);
}

/** Shared by every request without pauses; never written (frozen arrays would make the loops over pauses slower). */
const NO_PAUSES: readonly PauseInput[] = [];

/** The last 第三十五条 deferral. Not `deferrals[length - 1]`: reading index -1 of an empty array is a slow
 * property lookup through the prototype chain in V8, and most requests have no deferral. */
function lastDeferral(facts: TimelineFacts): EventOf<'deadlineDeferred'> | undefined {
  const { deferrals } = facts;
  return deferrals.length === 0 ? undefined : deferrals[deferrals.length - 1];
}

function byStart(a: ClockPause, b: ClockPause): number {
  return a.from - b.from;
}

/** The counted stretches walked again, this time recording them, to name the holidays and make-up days inside. */
function countStep(trace: Trace, clock: ClockTrace): DeadlineStep {
  const { calendar, settings, facts } = trace;
  const run = runClock(calendar, clock.clockStart, clock.workingDays, clock.pauses);
  const holidays: HolidaySpan[] = [];
  const makeUpDays: HolidaySpan[] = [];
  let holidayEnd = Number.NaN;
  let makeUpEnd = Number.NaN;
  for (const segment of run.segments) {
    for (
      let i = calendar.firstRunAfter(segment.from), r = calendar.runAt(i);
      r && r.from <= segment.to;
      r = calendar.runAt(++i)
    ) {
      const from = Math.max(r.from, segment.from + 1);
      const to = Math.min(r.to, segment.to);
      if (r.kind === 'makeUpWorkday') makeUpEnd = appendSpan(makeUpDays, makeUpEnd, calendar, r, from, to);
      else if (holidayCostsWorkingDays(from, to))
        holidayEnd = appendSpan(holidays, holidayEnd, calendar, r, from, to);
    }
  }
  return {
    kind: 'count',
    countFrom: settings.countFrom,
    startOn: calendar.iso(clock.startDay),
    restarted: facts.correctionReceived !== null,
    workingDays: clock.workingDays,
    dueOn: calendar.iso(run.due),
    holidays,
    makeUpDays,
  };
}

/** Adds a span, joining it to the previous one when they touch (2023: 中秋节 29 Sep + 国庆节 30 Sep–6 Oct).
 * `lastEnd` is the previous span's last day (NaN while there is none); returns the new one. */
function appendSpan(
  spans: HolidaySpan[],
  lastEnd: DayNumber,
  calendar: WorkingCalendar,
  run: DayRun,
  from: DayNumber,
  to: DayNumber,
): DayNumber {
  // Only indexed when a span exists: see lastDeferral.
  const last = lastEnd + 1 === from ? spans[spans.length - 1] : undefined;
  if (last) {
    last.to = calendar.iso(to);
    if (last.name !== run.name && !last.name.includes(run.name)) last.name += `、${run.name}`;
  } else spans.push({ name: run.name, from: calendar.iso(from), to: calendar.iso(to) });
  return to;
}

/** A holiday run matters to the count only when it covers at least one Monday–Friday. */
function holidayCostsWorkingDays(from: DayNumber, to: DayNumber): boolean {
  for (let day = from; day <= to; day++) if (!isWeekend(day)) return true;
  return false;
}

/** An open pause whose other side has let its window pass: the clerk may act (第三十二条、第三十四条, 109号). */
function windowPassed(pause: PauseInput, windowDueOn: IsoDate, today: IsoDate): Finding {
  const consequence: Record<PauseReason, string> = {
    'consultation.thirdParty':
      '第三方逾期未提出意见，由本机关依照《条例》规定决定是否公开（第三十二条），请记录征求意见结束',
    'consultation.agency':
      '被征求意见机关逾期未提出意见，视为同意公开（《条例》第三十四条），请记录征求意见结束',
    feeNotice: '申请人逾期未缴费，视为放弃申请（国办函〔2020〕109号），可记录逾期未缴费',
    correction: '',
    confirmation: '',
  };
  return {
    rule:
      pause.reason === 'feeNotice' ? 'R-FEE-2' : pause.reason === 'consultation.agency' ? 'R-IA-1' : 'R-TP-1',
    severity: 'warning',
    location: {},
    expected: windowDueOn,
    actual: today,
    message: `期限已于 ${windowDueOn} 届满：${consequence[pause.reason]}`,
  };
}

function lateExtension(originalDueOn: IsoDate, extendedOn: IsoDate): Finding {
  return {
    rule: 'R-DL-2',
    severity: 'warning',
    location: {},
    expected: originalDueOn,
    actual: extendedOn,
    message: `延长答复期限的决定于 ${extendedOn} 作出，晚于原答复期限 ${originalDueOn}（《条例》第三十三条第二款要求在期限内延长并告知申请人）`,
  };
}

function finish(result: DeadlineResult, trace: Trace, span: Span): DeadlineResult {
  const { calendar, settings } = trace;
  const years = unheldYears(calendar, span.lo - 1, span.hi, settings.allowProvisional);
  if (years.length > 0) {
    result.provisional = true;
    result.provisionalReason = provisionalReason(years);
    trace.unheldYears = years;
  }
  return result;
}
