// The pauses of the reply clock: consultations (《条例》第三十三条第三款) and the fee notice (国办函〔2020〕109号),
// each with the other side's window, and the finding when an open pause's window has passed.
import { dayOf, type DayNumber } from '../calendar/days.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { Finding } from '../findings.ts';
import type { ClockPause } from './clock.ts';
import type { ConsultationParty, IsoDate } from './events.ts';
import type { TimelineFacts } from './fold.ts';
import type { ClockOptions } from './options.ts';
import type { PauseReason } from './deadline-types.ts';
import { CONSULTATION_WORKING_DAYS, FEE_PAYMENT_WORKING_DAYS } from './rules.ts';

export interface PauseInput extends ClockPause {
  reason: PauseReason;
  consultee?: string;
  open: boolean;
  windowDue: DayNumber;
}

const PARTY_PAUSE: Record<ConsultationParty, PauseReason> = {
  thirdParty: 'consultation.thirdParty',
  agency: 'consultation.agency',
};

export function pausesOf(
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
  // 国办函〔2020〕109号: whether the clock pauses for the fee is not settled (docs/statute.md §3 [M/I]); a setting, default on.
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

function byStart(a: ClockPause, b: ClockPause): number {
  return a.from - b.from;
}

/** An open pause whose other side has let its window pass: the clerk may act (第三十二条、第三十四条, 109号). */
export function windowPassed(pause: PauseInput, windowDueOn: IsoDate, today: IsoDate): Finding {
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
