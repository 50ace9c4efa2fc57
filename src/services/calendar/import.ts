// Importing a year of the State Council's holiday arrangement (国务院办公厅关于20XX年部分节假日安排的通知) into the
// installation's calendar: the operator sees first what it changes (preview) — the days whose status changes and
// the open deadlines that move — then saves it. Saving replaces an earlier import of the year, records who did it,
// bumps the calendar revision and moves the stored reply deadline of every open request it changes, in one
// transaction, so every process counts with it from its next use case on and lists sorted by deadline agree.
import type { ImportPlan } from '../../core/calendar/import-plan.ts';
import { planYearImport } from '../../core/calendar/import-plan.ts';
import { parseScheduleJson, type YearSchedule } from '../../core/calendar/schedule.ts';
import { requestOpenDeadline } from '../../core/requests/open-deadlines.ts';
import {
  calendarImportInput,
  calendarImportPreviewInput,
  type CalendarImportInput,
  type CalendarImportPreviewInput,
} from '../../contracts/calendar.ts';
import { saveImportedYear } from '../../storage/calendar.ts';
import { openRequestTimelines, setOpenRequestDueOn } from '../../storage/open-requests.ts';
import { allAgencies } from '../agencies.ts';
import { requestDeadline } from '../requests/due-date.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';

/** What saving the year would change, against the calendar as it is now. Nothing is saved. */
export async function previewCalendarImport(
  ctx: ServiceContext,
  actor: Actor,
  input: CalendarImportPreviewInput,
): Promise<ImportPlan> {
  authorize(actor, 'calendar.import');
  const data = parseInput(calendarImportPreviewInput, input);
  const schedule = parseScheduleJson(data.schedule);
  const today = data.today ?? ctx.clock.today();
  const open = data.open.map((r) => requestOpenDeadline(r.id, r.events, {}, today));
  return planYearImport(await ctx.calendar.current(), schedule, open);
}

export interface ImportedCalendarYear {
  schedule: YearSchedule;
  /** The calendar revision after the import. */
  revision: number;
}

export async function importCalendarYear(
  ctx: ServiceContext,
  actor: Actor,
  input: CalendarImportInput,
): Promise<ImportedCalendarYear> {
  authorize(actor, 'calendar.import');
  const schedule = parseScheduleJson(parseInput(calendarImportInput, input).schedule);
  // The year must fit with the others (no date claimed by two years' notices): refused before anything is saved.
  const plan = planYearImport(await ctx.calendar.current(), schedule);
  const importedAt = ctx.clock.now().toISOString();
  const today = ctx.clock.today();
  const revision = await transact(ctx.db, async (trx) => {
    const next = await saveImportedYear(trx, { schedule, importedBy: actor.name, importedAt });
    // Every agency's open requests: the calendar is the installation's, and so are the deadlines it moves.
    const agencyIds = (await allAgencies(trx)).map((a) => a.id);
    let movedRequests = 0;
    for (const request of await openRequestTimelines(trx, agencyIds)) {
      if (request.events.length === 0) continue;
      const dueOn = requestDeadline(request.events, plan.calendar, today).dueOn;
      if (dueOn === request.dueOn) continue;
      await setOpenRequestDueOn(trx, request.id, dueOn);
      movedRequests += 1;
    }
    await recordChange(trx, actor, {
      at: new Date(importedAt),
      action: 'calendar.imported',
      subjectType: 'calendarYear',
      subjectId: String(schedule.year),
      agencyId: null,
      details: { source: schedule.source, revision: next, schedule, movedRequests },
    });
    return next;
  });
  return { schedule, revision };
}
