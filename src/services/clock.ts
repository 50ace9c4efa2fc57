// The one place below the doors that reads the wall clock (docs/architecture.md, "Time"). Everything else asks
// `ctx.clock`, so a test fixes the clock and every rule is reproducible; lint refuses `new Date()` and `Date.now()`
// in core, services and storage outside this file.
import type { IsoDate } from '../core/requests/events.ts';

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's date in China (Asia/Shanghai): the statute counts calendar and working days there. */
  today(): IsoDate;
}

// en-CA formats as YYYY-MM-DD; Asia/Shanghai has had no daylight saving since 1991.
const CHINA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in China at an instant. */
export function chinaDateOf(instant: Date): IsoDate {
  return CHINA_DATE.format(instant) as IsoDate;
}

// sv-SE formats as YYYY-MM-DD HH:mm, 24-hour.
const CHINA_MINUTE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Date and time to the minute in China at an instant ("2026-12-04 10:00"), for messages to people. */
export function chinaMinuteOf(instant: Date): string {
  return CHINA_MINUTE.format(instant);
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => chinaDateOf(new Date()),
};

/** A clock that stands still at `at` (an ISO instant or a Date): for tests and for replaying a day. */
export function fixedClock(at: string | Date): Clock {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not an instant: ${String(at)}`);
  return { now: () => new Date(instant), today: () => chinaDateOf(instant) };
}

/** A clock the test moves by hand (sessions expiring, lockouts ending). */
export function steppingClock(
  at: string | Date,
): Clock & { advance(ms: number): void; set(at: string | Date): void } {
  let instant = new Date(at).getTime();
  return {
    now: () => new Date(instant),
    today: () => chinaDateOf(new Date(instant)),
    advance: (ms) => {
      instant += ms;
    },
    set: (next) => {
      instant = new Date(next).getTime();
    },
  };
}
