// The reply deadline of a request as a pure function of its timeline, the calendar, the settings and "today"
// (docs/statute.md §1.2–1.7, rules R-RCV … R-AB-1). computeDeadline gives the date and its state; explainDeadline gives the
// same with its explanation (deadline-steps.ts), which explain.ts turns into Chinese. Pauses: deadline-pauses.ts;
// the extension finding: deadline-extension.ts; the shapes: deadline-types.ts.
import { dayOf, type DayNumber } from '../calendar/days.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { DomainError } from '../errors/index.ts';
import type { Finding } from '../findings.ts';
import { clockDue, provisionalReason, signedWorkingDays, unheldYears } from './clock.ts';
import { lateExtension } from './deadline-extension.ts';
import { pausesOf, windowPassed } from './deadline-pauses.ts';
import { deadlineSteps, lastDeferral, type DeadlineTrace } from './deadline-steps.ts';
import type { DeadlineResult, ExplainedDeadline } from './deadline-types.ts';
import type { EventOf, IsoDate, RequestEvent } from './events.ts';
import { closingWithoutDecision, foldTimeline, type TimelineFacts } from './fold.ts';
import { clockOptions, type ClockOptions } from './options.ts';
import { receiptDate } from './receipt.ts';
import { REPLY_WORKING_DAYS } from './rules.ts';
import { lateCorrectionNotice } from './state.ts';

export type {
  DeadlineResult,
  DeadlineStep,
  ExplainedDeadline,
  HolidaySpan,
  PauseReason,
} from './deadline-types.ts';

/** The deadline without its explanation (the due date kept in the projection, scans of open requests). */
export function computeDeadline(
  events: readonly RequestEvent[],
  calendar: WorkingCalendar,
  options: Partial<ClockOptions>,
  today: IsoDate,
): DeadlineResult {
  return evaluate(events, calendar, options, today).result;
}

/** The deadline with its steps (the request page, the CLI, letters). */
export function explainDeadline(
  events: readonly RequestEvent[],
  calendar: WorkingCalendar,
  options: Partial<ClockOptions>,
  today: IsoDate,
): ExplainedDeadline {
  const { result, trace } = evaluate(events, calendar, options, today);
  return { ...result, steps: deadlineSteps(trace) };
}

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

function evaluate(
  events: readonly RequestEvent[],
  calendar: WorkingCalendar,
  options: Partial<ClockOptions>,
  today: IsoDate,
): { result: DeadlineResult; trace: DeadlineTrace } {
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
  const trace: DeadlineTrace = {
    calendar,
    settings,
    facts,
    receivedOn,
    stop,
    lateCorrection: false,
    clock: null,
    unheldYears: [],
  };
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
    findings,
  };
  const done = () => finish(result, trace, span);
  if (receivedOn === null) {
    if (!stop) {
      result.paused = true;
      result.pausedBy.push('confirmation');
    }
    return done();
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
      return done();
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
  return done();
}

type StopEvent = EventOf<'replySent'> | NonNullable<ReturnType<typeof closingWithoutDecision>>;

/** The clock stops when the reply is sent or handling ends without a decision. */
function stopOf(facts: TimelineFacts): StopEvent | null {
  return facts.replySent ?? closingWithoutDecision(facts);
}

function finish(
  result: DeadlineResult,
  trace: DeadlineTrace,
  span: Span,
): { result: DeadlineResult; trace: DeadlineTrace } {
  const years = unheldYears(trace.calendar, span.lo - 1, span.hi, trace.settings.allowProvisional);
  if (years.length > 0) {
    result.provisional = true;
    result.provisionalReason = provisionalReason(years);
    trace.unheldYears = years;
  }
  return { result, trace };
}
