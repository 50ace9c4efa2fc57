// The explanation of a deadline: what computeDeadline decided (a DeadlineTrace) written out as steps, in order —
// receipt rule, correction, each pause with its dates, extension, the count with the holidays skipped and make-up
// days counted, the 第三十五条 deferral, the stop, provisional years. A plain function, called only by those who
// show the explanation: it costs several times the deadline itself, and the due date kept in the projection and the
// scans of open requests never need it.
import { dayOf, type DayNumber } from '../calendar/days.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { runClock } from './clock.ts';
import { countedHolidays } from './deadline-holidays.ts';
import type { PauseInput } from './deadline-pauses.ts';
import type { DeadlineStep } from './deadline-types.ts';
import type { EventOf, IsoDate, RequestEventType } from './events.ts';
import type { TimelineFacts } from './fold.ts';
import type { ClockOptions } from './options.ts';
import { receiptRule } from './receipt.ts';
import { CORRECTION_NOTICE_WORKING_DAYS } from './rules.ts';

/** The running clock's figures. */
export interface ClockTrace {
  startDay: DayNumber;
  clockStart: DayNumber;
  workingDays: number;
  pauses: readonly PauseInput[];
  /** The due day by 第三十三条, before any 第三十五条 deferral. */
  due: DayNumber;
}

/** What computeDeadline decided, kept for the explanation. */
export interface DeadlineTrace {
  calendar: WorkingCalendar;
  settings: ClockOptions;
  facts: TimelineFacts;
  receivedOn: IsoDate | null;
  stop: { on: IsoDate; type: RequestEventType } | null;
  lateCorrection: boolean;
  /** null when the clock never started (receipt unconfirmed, correction outstanding). */
  clock: ClockTrace | null;
  unheldYears: readonly number[];
}

export function deadlineSteps(trace: DeadlineTrace): DeadlineStep[] {
  const { calendar, settings, facts, receivedOn, clock } = trace;
  const received = facts.received!;
  const steps: DeadlineStep[] = [
    {
      kind: 'receipt',
      channel: received.channel,
      arrivedOn: received.on,
      receivedOn,
      rule: receiptRule(received, settings),
    },
  ];
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
  if (clock) steps.push(...clockSteps(trace, clock));
  if (trace.stop) steps.push({ kind: 'stopped', on: trace.stop.on, by: trace.stop.type });
  if (trace.unheldYears.length > 0) steps.push({ kind: 'provisional', years: [...trace.unheldYears] });
  return steps;
}

function clockSteps(trace: DeadlineTrace, clock: ClockTrace): DeadlineStep[] {
  const { calendar, facts, settings } = trace;
  const { clockStart, pauses, due } = clock;
  const steps: DeadlineStep[] = [];
  for (const pause of pauses) {
    const notCounted =
      pause.from < due ? calendar.countDays(Math.max(pause.from, clockStart), Math.min(pause.to, due)) : 0;
    steps.push({
      kind: 'pause',
      reason: pause.reason,
      consultee: pause.consultee || undefined,
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
  // The counted stretches walked again, this time recording them, to name the holidays and make-up days inside.
  const run = runClock(calendar, clockStart, clock.workingDays, pauses);
  steps.push({
    kind: 'count',
    countFrom: settings.countFrom,
    startOn: calendar.iso(clock.startDay),
    restarted: facts.correctionReceived !== null,
    workingDays: clock.workingDays,
    dueOn: calendar.iso(run.due),
    ...countedHolidays(calendar, run.segments),
  });
  const deferral = lastDeferral(facts);
  if (deferral)
    steps.push({
      kind: 'deferred',
      on: deferral.on,
      dueOn: deferral.dueOn,
      reason: deferral.reason,
      computedDueOn: calendar.iso(due),
    });
  return steps;
}

/** The last 第三十五条 deferral. Not `deferrals[length - 1]`: reading index -1 of an empty array is a slow
 * property lookup through the prototype chain in V8, and most requests have no deferral. */
export function lastDeferral(facts: TimelineFacts): EventOf<'deadlineDeferred'> | undefined {
  const { deferrals } = facts;
  return deferrals.length === 0 ? undefined : deferrals[deferrals.length - 1];
}
