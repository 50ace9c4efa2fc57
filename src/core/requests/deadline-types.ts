// The shapes of a reply deadline and of its explanation (docs/statute.md §1.2–1.7); computed in deadline.ts, explained in
// deadline-steps.ts, put into Chinese by explain.ts.
import type { Channel, IsoDate, RequestEventType } from './events.ts';
import type { ClockOptions } from './options.ts';
import type { Finding } from '../findings.ts';

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
  /** Why the answer is provisional (Chinese), null when it is not. */
  provisionalReason: string | null;
  findings: Finding[];
}

/** A deadline with its explanation: `steps` say, in order, how the date was reached. */
export interface ExplainedDeadline extends DeadlineResult {
  steps: DeadlineStep[];
}
