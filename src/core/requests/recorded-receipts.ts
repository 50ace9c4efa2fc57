// Where the law counts from the day the applicant received a paper (issue 13, delivery), the clock uses the recorded
// receipt date:
//   - 补正 (《条例》第三十条): the period the agency allows (合理的补正期限) runs from the applicant's receipt of the
//     notice. The event records the due date as if the notice arrived the day it is dated, so the notice states the
//     period as "自收到之日起 N 日内" and a recorded receipt k days later moves the due date k days later;
//   - 收费 (国办函〔2020〕109号): the 20 working days run from the day after the applicant received the notice.
// The timeline is rewritten with the effective dates before it reaches the state machine and the clock, so every
// reader of a deadline (detail, projection, /track, the lapse checks) sees the same dates.
import { dayOf, isoOf } from '../calendar/days.ts';
import type { IsoDate, RequestEvent } from './events.ts';

export interface RecordedReceipts {
  /** The day the applicant received the correction notice, when recorded. */
  correctionNotice?: IsoDate;
  /** The day the applicant received the fee notice, when recorded. */
  feeNotice?: IsoDate;
}

/** Days the correction notice allows, counted from the applicant's receipt (the notice's date when not recorded). */
export function correctionPeriodDays(issuedOn: IsoDate, dueOn: IsoDate): number {
  return dayOf(dueOn) - dayOf(issuedOn);
}

export function withRecordedReceipts(
  events: readonly RequestEvent[],
  receipts: RecordedReceipts,
): readonly RequestEvent[] {
  if (!receipts.correctionNotice && !receipts.feeNotice) return events;
  return events.map((event) => {
    if (event.type === 'correctionRequested' && receipts.correctionNotice) {
      const days = correctionPeriodDays(event.on, event.correctionDueOn);
      return { ...event, correctionDueOn: isoOf(dayOf(receipts.correctionNotice) + days) };
    }
    if (event.type === 'feeNoticeIssued' && receipts.feeNotice)
      return { ...event, receivedOn: receipts.feeNotice };
    return event;
  });
}
