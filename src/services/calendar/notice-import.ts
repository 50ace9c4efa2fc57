// The console's way to import a year: an administrator pastes the State Council's notice text, sees what it would
// change — the days and the deadlines of their agency's open requests that move — and then confirms. The preview
// writes nothing; both steps use the same parser (core/calendar/notice.ts) and the import use case (import.ts).
import { parseNotice } from '../../core/calendar/notice.ts';
import { describeSchedule } from '../../core/calendar/describe.ts';
import {
  calendarNoticeBody,
  type CalendarNoticeBody,
  type CalendarNoticePreview,
} from '../../contracts/calendar.ts';
import { openRequestTimelines } from '../../storage/open-requests.ts';
import type { Actor } from '../actor.ts';
import { allAgencies } from '../agencies.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { importCalendarYear, previewCalendarImport, type ImportedCalendarYear } from './import.ts';

function scheduleOf(input: CalendarNoticeBody) {
  const data = parseInput(calendarNoticeBody, input);
  return parseNotice(data.notice, data.year ? { year: data.year } : {}).schedule;
}

/**
 * What importing the notice would change. The open requests checked are the actor's agency's (a staff
 * administrator sees only their own agency's case files' registration numbers); the operator's are every agency's.
 */
export async function previewNoticeImport(
  ctx: ServiceContext,
  actor: Actor,
  input: CalendarNoticeBody,
): Promise<CalendarNoticePreview> {
  authorize(actor, 'calendar.import');
  const schedule = scheduleOf(input);
  const agencyIds = actor.kind === 'staff' ? [actor.agencyId] : (await allAgencies(ctx.db)).map((a) => a.id);
  const open = (await openRequestTimelines(ctx.db, agencyIds)).filter((r) => r.events.length > 0);
  const plan = await previewCalendarImport(ctx, actor, {
    schedule,
    open: open.map((r) => ({ id: r.id, events: r.events })),
  });
  const numbers = new Map(open.map((r) => [r.id, r.registrationNumber]));
  return {
    year: schedule.year,
    source: schedule.source,
    lines: describeSchedule(schedule),
    replaces: plan.replaced?.source ?? null,
    changes: plan.changes,
    moved: plan.moved.map((m) => ({ ...m, registrationNumber: numbers.get(m.id) ?? m.id })),
    openChecked: open.length,
  };
}

export async function importNotice(
  ctx: ServiceContext,
  actor: Actor,
  input: CalendarNoticeBody,
): Promise<ImportedCalendarYear> {
  authorize(actor, 'calendar.import');
  return importCalendarYear(ctx, actor, { schedule: scheduleOf(input) });
}
