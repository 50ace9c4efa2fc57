// The points the Regulation leaves open ([I] in docs/statute.md §1.2, §1.4, §3): each is a setting with the default stated.
import type { Channel } from './events.ts';

export interface ClockOptions {
  /**
   * Which day is the first counted. 'nextDay' (default): the receipt day is not counted and counting starts the next
   * day — 《民法典》第二百零一条 (期间开始的当日不计入，自下一日开始计算), which practice applies to the Regulation's
   * working-day periods. 'sameDay': the receipt day counts when it is a working day.
   */
  countFrom: 'nextDay' | 'sameDay';
  /**
   * Whether the channels that need a two-sided confirmation (平常信函, 互联网, 传真, and email when treated as online)
   * start the clock before it is recorded. 'wait' (default, docs/statute.md §1.2): no deadline until `confirmedOn` exists;
   * 'arrival': count from the arrival day meanwhile.
   */
  unconfirmedReceipt: 'wait' | 'arrival';
  /** Email as an internet channel (数据电文, default true: both sides confirm) or like a hand-delivered letter. */
  emailIsOnline: boolean;
  /** Whether the reply clock pauses from the fee notice until payment (docs/statute.md §3: not confirmed; default pauses). */
  feePausesClock: boolean;
  /** Answer for dates in years the calendar does not hold, marked provisional, instead of refusing. */
  allowProvisional: boolean;
}

export const DEFAULT_CLOCK_OPTIONS: Readonly<ClockOptions> = Object.freeze({
  countFrom: 'nextDay',
  unconfirmedReceipt: 'wait',
  emailIsOnline: true,
  feePausesClock: true,
  allowProvisional: false,
});

export function clockOptions(overrides: Partial<ClockOptions> = {}): ClockOptions {
  for (const _ in overrides) return { ...DEFAULT_CLOCK_OPTIONS, ...overrides };
  return DEFAULT_CLOCK_OPTIONS; // the common case allocates nothing
}

/** Channels whose receipt date is the confirmation day (《条例》第三十一条第(二)(三)项). */
export function needsConfirmation(channel: Channel, options: Pick<ClockOptions, 'emailIsOnline'>): boolean {
  if (channel === 'email') return options.emailIsOnline;
  return channel === 'ordinaryLetter' || channel === 'online' || channel === 'fax';
}
