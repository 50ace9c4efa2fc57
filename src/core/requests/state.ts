// The request's state, derived from its timeline (docs/architecture.md, idea 2), and the gate every new event passes before
// it is appended: an event that makes no sense in the current state is refused with a requests.* DomainError.
// Events the statute allows but frowns on (a late correction notice, a late payment) pass with a warning finding.
import { DomainError } from '../errors/index.ts';
import type { Finding } from '../findings.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { dayOf, isoOf } from '../calendar/days.ts';
import type { EventOf, RequestEvent } from './events.ts';
import { EVENT_LABELS, PARTY_LABELS } from './labels.ts';
import { closingWithoutDecision, foldTimeline, openConsultation, type TimelineFacts } from './fold.ts';
import { receiptDate } from './receipt.ts';
import {
  CORRECTION_NOTICE_WORKING_DAYS,
  EXTENSION_MAX_WORKING_DAYS,
  FEE_PAYMENT_WORKING_DAYS,
} from './rules.ts';

/** Art. 45's stages (登记、审核、办理、答复、归档) with the waits the statute creates. */
export const REQUEST_STATES = [
  'registered',
  'inProgress',
  'awaitingCorrection',
  'inConsultation',
  'awaitingFee',
  'decided',
  'replied',
  'delivered',
  'closed',
  'archived',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_STATE_LABELS: Record<RequestState, string> = {
  registered: '已登记',
  inProgress: '办理中',
  awaitingCorrection: '待补正',
  inConsultation: '征求意见中',
  awaitingFee: '待缴费',
  decided: '已作出决定',
  replied: '已答复',
  delivered: '已送达',
  closed: '已终止',
  archived: '已归档',
};

export function stateOf(facts: TimelineFacts): RequestState {
  if (facts.archived) return 'archived';
  if (closingWithoutDecision(facts)) return 'closed';
  if (facts.delivered) return 'delivered';
  if (facts.replySent) return 'replied';
  if (facts.decided) return 'decided';
  if (facts.correctionRequested && !facts.correctionReceived) return 'awaitingCorrection';
  if (facts.feeNotice && !facts.feePaid) return 'awaitingFee';
  if (facts.consultations.some((c) => c.endedOn === null)) return 'inConsultation';
  return facts.handled ? 'inProgress' : 'registered';
}

export function deriveState(events: readonly RequestEvent[]): RequestState {
  return stateOf(foldTimeline(events));
}

export interface EventCheckContext {
  /** Needed for the checks that count working days (correction notice within 7, fee lapse after 20). */
  calendar?: WorkingCalendar;
}

/**
 * Throws a DomainError when `next` cannot follow `events`; returns warnings for events that are allowed but late.
 * Without a calendar the working-day checks (correction notice lateness, fee lapse timing) are not made.
 */
export function assertEventAllowed(
  events: readonly RequestEvent[],
  next: RequestEvent,
  context: EventCheckContext = {},
): Finding[] {
  const facts = foldTimeline(events);
  const event = EVENT_LABELS[next.type];
  if (!facts.received) {
    if (next.type !== 'received') throw new DomainError('requests.notReceivedFirst', { event });
  } else if (next.type === 'received') throw new DomainError('requests.receivedTwice');
  if (facts.last && next.on < facts.last.on)
    throw new DomainError('requests.eventBeforePrevious', { event, date: next.on, previous: facts.last.on });
  if (facts.archived) throw new DomainError('requests.alreadyArchived', { event });
  const closing = closingWithoutDecision(facts);
  if (closing && next.type !== 'archived')
    throw new DomainError('requests.alreadyClosed', {
      event,
      date: closing.on,
      reason: EVENT_LABELS[closing.type],
    });
  return checkers[next.type](facts, next as never, context);
}

type Checker<T extends RequestEvent['type']> = (
  facts: TimelineFacts,
  next: EventOf<T>,
  context: EventCheckContext,
) => Finding[];

const none: Finding[] = [];

function notDecided(facts: TimelineFacts, type: RequestEvent['type']): void {
  if (facts.decided)
    throw new DomainError('requests.alreadyDecided', { date: facts.decided.on, event: EVENT_LABELS[type] });
}

function notAwaitingCorrection(facts: TimelineFacts, type: RequestEvent['type']): void {
  if (facts.correctionRequested && !facts.correctionReceived)
    throw new DomainError('requests.awaitingCorrection', { event: EVENT_LABELS[type] });
}

/** Steps of the handling itself: only while the request is open, undecided and not waiting for a correction. */
function handling(facts: TimelineFacts, type: RequestEvent['type']): void {
  notDecided(facts, type);
  notAwaitingCorrection(facts, type);
}

function once(previous: { on: string } | null, type: RequestEvent['type']): void {
  if (previous)
    throw new DomainError('requests.alreadyRecorded', { event: EVENT_LABELS[type], date: previous.on });
}

const checkers: { [T in RequestEvent['type']]: Checker<T> } = {
  received: (_facts, next) => {
    if (next.confirmedOn && next.confirmedOn < next.on)
      throw new DomainError('requests.confirmationBeforeArrival', {
        confirmedOn: next.confirmedOn,
        on: next.on,
      });
    return none;
  },
  assigned: (facts, next) => {
    notDecided(facts, next.type);
    return none;
  },
  // 《条例》第三十条: one notice only (一次性告知), within 7 working days of receipt; late is allowed but flagged.
  correctionRequested: (facts, next, { calendar }) => {
    handling(facts, next.type);
    if (facts.correctionRequested)
      throw new DomainError('requests.correctionAlreadyRequested', { date: facts.correctionRequested.on });
    if (next.correctionDueOn <= next.on)
      throw new DomainError('requests.correctionDueNotAfterRequest', {
        dueOn: next.correctionDueOn,
        on: next.on,
      });
    const receipt = receiptDate(facts.received!);
    if (!calendar || receipt === null) return none;
    const late = lateCorrectionNotice(calendar, receipt, next.on);
    return late ? [late] : none;
  },
  correctionReceived: (facts, next) => {
    if (!facts.correctionRequested || facts.correctionReceived)
      throw new DomainError('requests.correctionNotRequested', { event: EVENT_LABELS[next.type] });
    return none;
  },
  // 第三十条: "无正当理由逾期不补正" — only once the period the agency set has passed.
  correctionLapsed: (facts, next) => {
    const requested = facts.correctionRequested;
    if (!requested || facts.correctionReceived)
      throw new DomainError('requests.correctionNotRequested', { event: EVENT_LABELS[next.type] });
    if (next.on <= requested.correctionDueOn)
      throw new DomainError('requests.correctionNotYetDue', {
        dueOn: requested.correctionDueOn,
        on: next.on,
      });
    return none;
  },
  consultationStarted: (facts, next) => {
    handling(facts, next.type);
    const open = openConsultation(facts, next.party);
    if (open)
      throw new DomainError('requests.consultationAlreadyOpen', {
        party: PARTY_LABELS[next.party],
        date: open.started.on,
      });
    return none;
  },
  consultationEnded: (facts, next) => {
    if (!openConsultation(facts, next.party))
      throw new DomainError('requests.consultationNotStarted', { party: PARTY_LABELS[next.party] });
    return none;
  },
  // 第三十三条第二款: at most EXTENSION_MAX_WORKING_DAYS, once, approved by the head of the disclosure office.
  extended: (facts, next) => {
    handling(facts, next.type);
    if (facts.extension)
      throw new DomainError('requests.extensionAlreadyGranted', {
        date: facts.extension.on,
        days: facts.extension.workingDays,
      });
    if (
      !Number.isInteger(next.workingDays) ||
      next.workingDays < 1 ||
      next.workingDays > EXTENSION_MAX_WORKING_DAYS
    )
      throw new DomainError('requests.extensionTooLong', {
        days: next.workingDays,
        max: EXTENSION_MAX_WORKING_DAYS,
      });
    if (!next.approvedBy.trim()) throw new DomainError('requests.extensionNoApprover');
    return none;
  },
  // 国办函〔2020〕109号: one notice, issued within the handling period, before the decision.
  feeNoticeIssued: (facts, next) => {
    handling(facts, next.type);
    if (facts.feeNotice)
      throw new DomainError('requests.feeNoticeAlreadyIssued', { date: facts.feeNotice.on });
    if (next.receivedOn < next.on)
      throw new DomainError('requests.feeNoticeReceivedBeforeIssued', {
        receivedOn: next.receivedOn,
        on: next.on,
      });
    return none;
  },
  feePaid: (facts, next, { calendar }) => {
    const notice = facts.feeNotice;
    if (!notice || facts.feePaid)
      throw new DomainError('requests.feeNoticeNotIssued', { event: EVENT_LABELS[next.type] });
    if (!calendar) return none;
    const dueOn = feePaymentDue(calendar, notice);
    if (next.on <= dueOn) return none;
    return [
      {
        rule: 'R-FEE-2',
        severity: 'warning',
        location: {},
        expected: dueOn,
        actual: next.on,
        message: `申请人于 ${next.on} 缴费，已超过缴费期限 ${dueOn}（收到收费通知次日起 20 个工作日，国办函〔2020〕109号）`,
      },
    ];
  },
  // 109号: non-payment within 20 working days from the day after the notice was received → 视为放弃申请.
  feeLapsed: (facts, next, { calendar }) => {
    const notice = facts.feeNotice;
    if (!notice || facts.feePaid)
      throw new DomainError('requests.feeNoticeNotIssued', { event: EVENT_LABELS[next.type] });
    if (calendar) {
      const dueOn = feePaymentDue(calendar, notice);
      if (next.on <= dueOn) throw new DomainError('requests.feeNotYetLapsed', { dueOn, on: next.on });
    }
    return none;
  },
  // 第三十五条: the agency sets a reasonable later date; each new one must be later than the last.
  deadlineDeferred: (facts, next) => {
    notDecided(facts, next.type);
    const previous = facts.deferrals[facts.deferrals.length - 1];
    if (next.dueOn <= next.on)
      throw new DomainError('requests.deferralNotLater', {
        dueOn: next.dueOn,
        than: '确定之日',
        previous: next.on,
      });
    if (previous && next.dueOn <= previous.dueOn)
      throw new DomainError('requests.deferralNotLater', {
        dueOn: next.dueOn,
        than: '此前确定的期限',
        previous: previous.dueOn,
      });
    return none;
  },
  decided: (facts, next) => {
    handling(facts, next.type);
    if (next.outcome === 'otherDisposal.correctionLapsed')
      throw new DomainError('requests.outcomeNeedsEvent', {
        outcome: next.outcome,
        event: EVENT_LABELS.correctionLapsed,
      });
    if (next.outcome === 'otherDisposal.feeLapsed')
      throw new DomainError('requests.outcomeNeedsEvent', {
        outcome: next.outcome,
        event: EVENT_LABELS.feeLapsed,
      });
    const open = facts.consultations.find((c) => c.endedOn === null);
    if (open) throw new DomainError('requests.consultationStillOpen', { party: PARTY_LABELS[open.party] });
    if (facts.feeNotice && !facts.feePaid)
      throw new DomainError('requests.feeUnpaid', { event: EVENT_LABELS[next.type] });
    return none;
  },
  replySent: (facts, next) => {
    if (!facts.decided) throw new DomainError('requests.notDecided', { event: EVENT_LABELS[next.type] });
    once(facts.replySent, next.type);
    return none;
  },
  delivered: (facts, next) => {
    if (!facts.replySent) throw new DomainError('requests.replyNotSent', { event: EVENT_LABELS[next.type] });
    once(facts.delivered, next.type);
    return none;
  },
  archived: (facts) => {
    if (!facts.replySent && !closingWithoutDecision(facts)) throw new DomainError('requests.notFinished');
    return none;
  },
  withdrawn: (facts, next) => {
    notDecided(facts, next.type);
    return none;
  },
};

/** 第三十条: the correction notice is due within 7 working days of receipt. Returns the warning when it is later. */
export function lateCorrectionNotice(
  calendar: WorkingCalendar,
  receivedOn: string,
  noticeOn: string,
): Finding | null {
  const elapsed = calendar.countDays(dayOf(receivedOn), dayOf(noticeOn));
  if (elapsed <= CORRECTION_NOTICE_WORKING_DAYS) return null;
  const limit = isoOf(calendar.addDays(dayOf(receivedOn), CORRECTION_NOTICE_WORKING_DAYS));
  return {
    rule: 'R-BZ-1',
    severity: 'warning',
    location: {},
    expected: limit,
    actual: noticeOn,
    message: `补正通知于收到申请后第 ${elapsed} 个工作日（${noticeOn}）发出，超过《条例》第三十条规定的 7 个工作日（应不晚于 ${limit}）`,
  };
}

/** 109号 (as restated by 川财 2021-01-18; docs/statute.md §3 [V via restatement]): pay within 20 working days from the day after
 * the applicant received the notice, so the last day is the 20th working day after `receivedOn`. */
export function feePaymentDue(calendar: WorkingCalendar, notice: EventOf<'feeNoticeIssued'>): string {
  return isoOf(calendar.addDays(dayOf(notice.receivedOn), FEE_PAYMENT_WORKING_DAYS));
}
