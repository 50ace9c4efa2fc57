// Reading the installation's calendar: the years it holds (shipped or imported, and by whom), one year's schedule,
// a month for display, and the reply deadline of a request received on a day — all from ctx.calendar, so they
// answer alike on every server of an installation.
import { dayFromParts } from '../../core/calendar/days.ts';
import { describeSchedule } from '../../core/calendar/describe.ts';
import type { DayInfo, DayRun } from '../../core/calendar/working-calendar.ts';
import { DomainError } from '../../core/errors/index.ts';
import { explainDeadline } from '../../core/requests/deadline.ts';
import type { RequestEvent } from '../../core/requests/events.ts';
import { explainSteps } from '../../core/requests/explain.ts';
import { needsConfirmation } from '../../core/requests/options.ts';
import {
  calendarDeadlineQuery,
  type CalendarDeadlineQuery,
  type CalendarDeadlineResponse,
  type CalendarYearResponse,
  type CalendarYearsResponse,
} from '../../contracts/calendar.ts';
import { importedYears } from '../../storage/calendar.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';

async function importedByYear(ctx: ServiceContext): Promise<Map<number, { by: string; at: string }>> {
  const years = await importedYears(ctx.db);
  return new Map(years.map((y) => [y.schedule.year, { by: y.importedBy, at: y.importedAt }]));
}

export async function calendarYears(ctx: ServiceContext, actor: Actor): Promise<CalendarYearsResponse> {
  authorize(actor, 'calendar.read');
  const calendar = await ctx.calendar.current();
  const imported = await importedByYear(ctx);
  return {
    heldLabel: calendar.heldLabel(),
    years: calendar.schedules.map((s) => ({
      year: s.year,
      source: s.source,
      holidayCount: Object.keys(s.holidays).length,
      workdayCount: Object.keys(s.workdays).length,
      imported: imported.get(s.year) ?? null,
    })),
  };
}

export async function calendarYear(
  ctx: ServiceContext,
  actor: Actor,
  year: number,
): Promise<CalendarYearResponse> {
  authorize(actor, 'calendar.read');
  const calendar = await ctx.calendar.current();
  const schedule = calendar.schedule(year);
  if (!schedule)
    throw new DomainError('calendar.yearUnknown', { year, held: calendar.heldLabel(), date: String(year) });
  const imported = (await importedByYear(ctx)).get(year) ?? null;
  return { schedule, imported, lines: describeSchedule(schedule) };
}

export interface CalendarMonth {
  year: number;
  month: number;
  /** False when the calendar does not hold the year: the days are then only what is known without the notice. */
  held: boolean;
  heldLabel: string;
  days: DayInfo[];
  /** Holiday and make-up runs touching the month (one day either side, so a run across its start shows). */
  runs: DayRun[];
}

/** A month of the calendar; a year it does not hold is refused unless `provisional` is asked for. */
export async function calendarMonth(
  ctx: ServiceContext,
  actor: Actor,
  input: { year: number; month: number; provisional?: boolean },
): Promise<CalendarMonth> {
  authorize(actor, 'calendar.read');
  const calendar = await ctx.calendar.current();
  const { year, month } = input;
  const held = calendar.holds(year);
  if (!held && !input.provisional)
    throw new DomainError('calendar.yearUnknown', {
      year,
      held: calendar.heldLabel(),
      date: `${year}-${String(month).padStart(2, '0')}`,
    });
  const days = calendar.month(year, month);
  const first = dayFromParts(year, month, 1);
  const runs = calendar.runsIn(first - 1, first + days.length - 1);
  return { year, month, held, heldLabel: calendar.heldLabel(), days, runs };
}

/**
 * The reply deadline of a request received on `received` through `channel` (《条例》第三十三条), counted from
 * that day as its receipt (for channels needing confirmation, 第三十一条, the day both sides confirmed). A year the
 * calendar does not hold gives a provisional answer, flagged, as the platform's own records do.
 */
export async function calendarDeadline(
  ctx: ServiceContext,
  actor: Actor,
  input: CalendarDeadlineQuery,
): Promise<CalendarDeadlineResponse> {
  authorize(actor, 'calendar.read');
  const { received, channel } = parseInput(calendarDeadlineQuery, input);
  const event: RequestEvent = {
    type: 'received',
    on: received,
    channel,
    applicantKind: 'naturalPerson',
    ...(needsConfirmation(channel, { emailIsOnline: true }) ? { confirmedOn: received } : {}),
  };
  const result = explainDeadline([event], await ctx.calendar.current(), { allowProvisional: true }, received);
  return {
    receivedOn: result.receivedOn!,
    dueOn: result.dueOn!,
    provisional: result.provisional,
    provisionalReason: result.provisionalReason,
    explanation: explainSteps(result),
  };
}
