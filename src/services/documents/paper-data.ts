// What each paper says, from the request, its (effective) timeline, the agency's template and the paper's own
// inputs: the figures a notice states are computed here from the same core functions the clock and the fee schedule
// use, so a paper can never state a date or an amount the system does not hold.
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';
import { DomainError } from '../../core/errors/index.ts';
import { describeFee, feeInputSchema, quoteFee } from '../../core/fees/fee.ts';
import type { RequestEvent } from '../../core/requests/events.ts';
import { correctionPeriodDays } from '../../core/requests/recorded-receipts.ts';
import { DEFAULT_CLOCK_OPTIONS } from '../../core/requests/options.ts';
import { receiptRule } from '../../core/requests/receipt.ts';
import { CONSULTATION_WORKING_DAYS, FEE_PAYMENT_WORKING_DAYS } from '../../core/requests/rules.ts';
import { feePaymentDue } from '../../core/requests/state.ts';
import type { DisclosureRequest } from '../../contracts/requests.ts';
import { REGULATION } from '../../formats/letters/wording.ts';
import type { NoticeData } from '../../formats/notices/index.ts';
import type { StoredDocument } from '../../storage/documents.ts';
import { requestDeadline } from '../requests/due-date.ts';
import type { PaperTemplate } from './settings.ts';

export interface PaperSources {
  request: DisclosureRequest;
  /** The timeline as recorded. */
  events: readonly RequestEvent[];
  /** The same with the recorded receipt dates applied (services/requests/effective-timeline.ts). */
  effective: readonly RequestEvent[];
  calendar: WorkingCalendar;
  template: PaperTemplate;
  agencyName: string;
}

function factsOf(document: StoredDocument, s: PaperSources): NoticeData['facts'] {
  const event = s.events[document.sourceSeq];
  const effective = s.effective[document.sourceSeq];
  const dueAfter = (seq: number, on: string) =>
    requestDeadline(s.events.slice(0, seq + 1), s.calendar, on).dueOn;
  switch (document.kind) {
    case 'receipt':
      if (event?.type !== 'received') break;
      return {
        kind: 'receipt',
        trackingNumber: s.request.trackingNumber,
        receiptRule: receiptRule(event, DEFAULT_CLOCK_OPTIONS).replace('《条例》', REGULATION),
        dueOn: dueAfter(0, document.issuedOn),
      };
    case 'correctionNotice':
      if (event?.type !== 'correctionRequested' || effective?.type !== 'correctionRequested') break;
      return {
        kind: 'correctionNotice',
        items: event.items.trim() || '请写明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述',
        periodDays: correctionPeriodDays(event.on, event.correctionDueOn),
        dueOn: effective.correctionDueOn,
        receiptRecorded: document.delivery?.receivedOn != null,
      };
    case 'extensionNotice':
      if (event?.type !== 'extended') break;
      return {
        kind: 'extensionNotice',
        workingDays: event.workingDays,
        approvedBy: event.approvedBy,
        dueOn: dueAfter(document.sourceSeq, event.on)!,
      };
    case 'thirdPartyConsultation':
    case 'agencyConsultation':
      return { kind: document.kind, answerWorkingDays: CONSULTATION_WORKING_DAYS };
    case 'thirdPartyDisclosureNotice': {
      const decided = s.events.find((e) => e.type === 'decided');
      if (event?.type !== 'consultationStarted' || !decided) break;
      return {
        kind: document.kind,
        consultedOn: event.on,
        reasons: decided.reasons.trim() || decided.articles,
      };
    }
    case 'feeNotice': {
      if (effective?.type !== 'feeNoticeIssued') break;
      const fee = feeInputSchema.safeParse(document.details.fee);
      if (!fee.success) throw new DomainError('documents.feeInputMissing');
      const quote = quoteFee(fee.data);
      return {
        kind: 'feeNotice',
        methodLabel: fee.data.method === 'perRequest' ? '按件计收' : '按量计收',
        lines: describeFee(quote),
        amountYuan: quote.amountYuan,
        paymentWorkingDays: FEE_PAYMENT_WORKING_DAYS,
        dueOn: feePaymentDue(s.calendar, effective),
        receiptRecorded: document.delivery?.receivedOn != null,
      };
    }
    case 'deferralNotice':
      if (event?.type !== 'deadlineDeferred') break;
      return { kind: 'deferralNotice', dueOn: event.dueOn, reason: event.reason };
    case 'reply':
      break;
  }
  throw new DomainError('documents.notAllowed', {
    kind: document.kindLabel,
    reason: '办理记录与文书不符',
  });
}

export function noticeData(document: StoredDocument, s: PaperSources): NoticeData {
  const facts = factsOf(document, s);
  const consultee = s.events[document.sourceSeq];
  const addressee =
    consultee?.type === 'consultationStarted' ? consultee.consultee : s.request.applicant.name;
  return {
    number: document.number,
    issuedOn: document.issuedOn,
    agency: { name: s.agencyName },
    template: {
      letterhead: s.template.letterhead,
      contact: s.template.contact,
      freeText: s.template.settings.freeTexts[document.kind] || undefined,
    },
    addressee,
    registrationNumber: s.request.registrationNumber,
    receivedOn: s.request.receivedOn ?? s.events[0]!.on,
    requestSummary: s.request.informationSought.slice(0, 2000),
    facts,
  };
}
