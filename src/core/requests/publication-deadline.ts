// 《条例》第二十六条: proactively disclosed information is published within 20 working days from the day it is made
// or changed (形成或者变更之日); a law or regulation with another period prevails. Same clock as the reply deadline.
import { dayOf } from '../calendar/days.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { IsoDate } from './events.ts';
import { provisionalReason, runClock, signedWorkingDays, unheldYears } from './clock.ts';
import { PUBLICATION_WORKING_DAYS } from './rules.ts';
import { clockOptions, type ClockOptions } from './options.ts';

export interface PublicationDeadlineInput {
  /** 形成或者变更之日. */
  formedOn: IsoDate;
  /** Set when the item is published: the clock stops. */
  publishedOn?: IsoDate | null;
  /** Another period set by a law or regulation (第二十六条 "另有规定的，从其规定"), with its basis. */
  special?: { workingDays: number; basis: string } | null;
}

export interface PublicationDeadline {
  dueOn: IsoDate;
  workingDays: number;
  basis: string;
  daysLeft: number;
  overdue: boolean;
  provisional: boolean;
  provisionalReason: string | null;
  explanation: string;
}

export function publicationDeadline(
  input: PublicationDeadlineInput,
  calendar: WorkingCalendar,
  options: Partial<Pick<ClockOptions, 'countFrom' | 'allowProvisional'>>,
  today: IsoDate,
): PublicationDeadline {
  const settings = clockOptions(options);
  const formed = dayOf(input.formedOn);
  const workingDays = input.special?.workingDays ?? PUBLICATION_WORKING_DAYS;
  const basis = input.special?.basis ?? '《政府信息公开条例》第二十六条';
  const due = runClock(calendar, settings.countFrom === 'sameDay' ? formed - 1 : formed, workingDays, []).due;
  const reference = dayOf(input.publishedOn ?? today);
  const years = unheldYears(calendar, formed - 1, Math.max(due, reference), settings.allowProvisional);
  const reason = years.length > 0 ? provisionalReason(years) : null;
  const dueOn = calendar.iso(due);
  const daysLeft = signedWorkingDays(calendar, reference, due);
  return {
    dueOn,
    workingDays,
    basis,
    daysLeft: reference > due ? Math.min(daysLeft, -1) : daysLeft,
    overdue: reference > due,
    provisional: reason !== null,
    provisionalReason: reason,
    explanation: `信息于${input.formedOn}形成或变更，依${basis}应自该日${settings.countFrom === 'nextDay' ? '次日' : '当日'}起${workingDays}个工作日内公开，即不晚于${dueOn}${reason ? `（${reason}）` : ''}。`,
  };
}
