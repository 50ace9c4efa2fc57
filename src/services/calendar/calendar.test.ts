// The installation's calendar lives in the database: an import is authorized, audited and bumps the revision; every
// context on the database — this process's and another connection's, as another server would hold — counts with it
// from its next call, and requests registered afterwards get their due dates from the imported holidays.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { statementCounter } from '../../../test/statement-counter.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { staffAs } from '../../../test/actors.ts';
import { TEST_NOW, testContext } from '../../../test/context.ts';
import { parseScheduleCsv } from '../../core/calendar/tabular.ts';
import { computeDeadline } from '../../core/requests/deadline.ts';
import type { RequestEvent } from '../../core/requests/events.ts';
import { openDatabase } from '../../storage/database.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR } from '../actor.ts';
import { listAuditTrail } from '../audit.ts';
import { withDb } from '../context.ts';
import { transact } from '../database.ts';
import { registerRequest } from '../requests/intake.ts';
import { importCalendarYear, previewCalendarImport } from './import.ts';
import { calendarDeadline, calendarMonth, calendarYear, calendarYears } from './queries.ts';

const INVENTED_2027 = parseScheduleCsv(
  readFileSync(join(import.meta.dirname, '../../../test/fixtures/calendar/invented-2027.csv'), 'utf8'),
  'invented-2027.csv',
);

// Wednesday 22 September 2027: the 20 working days run over the invented 国庆 week (1–7 October, 9 October worked).
const RECEIVED: RequestEvent = {
  type: 'received',
  on: '2027-09-22',
  channel: 'inPerson',
  applicantKind: 'naturalPerson',
};

forEachEngine((engine, getDb, getTest) => {
  it('only the operator and administrators import; a bad year is refused and nothing is saved', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb());
    const input = { schedule: INVENTED_2027 };
    await expect(importCalendarYear(ctx, staffAs('leader', agency.id), input)).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    await expect(importCalendarYear(ctx, PUBLIC_ACTOR, input)).rejects.toMatchObject({
      code: 'auth.unauthenticated',
    });
    await expect(previewCalendarImport(ctx, staffAs('clerk', agency.id), input)).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    const weekdayWorked = { ...INVENTED_2027, workdays: { '2027-10-08': '国庆节' } };
    await expect(importCalendarYear(ctx, SYSTEM_ACTOR, { schedule: weekdayWorked })).rejects.toMatchObject({
      code: 'calendar.makeUpNotWeekend',
    });
    expect((await calendarYears(ctx, PUBLIC_ACTOR)).heldLabel).toBe('2004–2026');
  });

  it('an import is previewed, saved with who and when, audited, and counted with at once', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb());
    const register = () =>
      registerRequest(ctx, SYSTEM_ACTOR, {
        agencyId: agency.id,
        channel: 'inPerson',
        arrivedOn: RECEIVED.on,
        confirmedOn: null,
        applicant: { kind: 'naturalPerson', name: '日历测试', contact: '—' },
        informationSought: '2027年的期限',
        formWanted: '纸质',
      });
    const before = await register();
    const asked = { received: RECEIVED.on, channel: 'inPerson' } as const;
    const guessed = await calendarDeadline(ctx, PUBLIC_ACTOR, asked);
    expect(guessed).toMatchObject({ dueOn: before.request.dueOn, provisional: true });

    const plan = await previewCalendarImport(ctx, SYSTEM_ACTOR, {
      schedule: INVENTED_2027,
      open: [{ id: before.request.id, events: [RECEIVED] }],
    });
    // Before the import 2027 already skips its statutory holidays (国庆 1 Oct is a Friday), so only the make-up
    // arrangement of the notice moves the date.
    expect(plan.moved).toEqual([{ id: before.request.id, before: '2027-10-21', after: '2027-10-26' }]);
    expect((await calendarYears(ctx, PUBLIC_ACTOR)).heldLabel).toBe('2004–2026');

    const imported = await importCalendarYear(ctx, SYSTEM_ACTOR, { schedule: INVENTED_2027 });
    expect(imported.revision).toBe(1);
    // 20 working days from Thursday 23 September: Monday to Friday gives 20 October; with the invented 国庆 (five
    // weekdays off, Saturday 9 October worked) the 20th working day is Tuesday 26 October.
    expect(await calendarDeadline(ctx, PUBLIC_ACTOR, asked)).toMatchObject({
      dueOn: '2027-10-26',
      provisional: false,
    });
    expect((await register()).request.dueOn).toBe('2027-10-26');
    expect(computeDeadline([RECEIVED], await ctx.calendar.current(), {}, RECEIVED.on).dueOn).toBe(
      '2027-10-26',
    );

    const year = await calendarYear(ctx, staffAs('clerk', agency.id), 2027);
    expect(year.imported).toEqual({ by: 'system', at: new Date(TEST_NOW).toISOString() });
    expect(year.lines[0]).toContain('元旦');
    const years = await calendarYears(ctx, PUBLIC_ACTOR);
    expect(years.heldLabel).toBe('2004–2027');
    expect(years.years.at(-1)).toMatchObject({ year: 2027, source: 'invented-2027.csv' });
    expect(years.years[0]!.imported).toBeNull();
    const [audit] = await listAuditTrail(getDb(), { subjectType: 'calendarYear', limit: 5 });
    expect(audit).toMatchObject({ action: 'calendar.imported', subjectId: '2027', actor: 'system' });

    // Importing the year again replaces it and moves the revision on.
    const again = await importCalendarYear(ctx, SYSTEM_ACTOR, {
      schedule: { ...INVENTED_2027, source: '国务院办公厅关于2027年部分节假日安排的通知' },
    });
    expect(again.revision).toBe(2);
    expect((await calendarYear(ctx, PUBLIC_ACTOR, 2027)).schedule.source).toContain('国务院办公厅');
  });

  it('a month of a year not held is refused unless provisional is asked for', async () => {
    const ctx = testContext(getDb());
    await expect(calendarMonth(ctx, PUBLIC_ACTOR, { year: 2031, month: 10 })).rejects.toMatchObject({
      code: 'calendar.yearUnknown',
    });
    const month = await calendarMonth(ctx, PUBLIC_ACTOR, { year: 2031, month: 10, provisional: true });
    expect(month).toMatchObject({ held: false, days: expect.any(Array) });
    expect(month.days).toHaveLength(31);
  });

  it('inside a transaction the calendar is read through it (one-connection engines do not wait on themselves)', async () => {
    const ctx = testContext(getDb());
    const calendar = await transact(getDb(), (trx) => withDb(ctx, trx).calendar.current());
    expect(calendar.holds(2027)).toBe(true);
  });

  it('inside one transaction the revision is read once, however many use cases ask (a batch of intakes)', async () => {
    const ctx = testContext(getDb());
    await ctx.calendar.current(); // the shared calendar is built: asking inside a transaction reads the revision only
    const statements = statementCounter();
    await transact(getDb(), async (trx) => {
      const scoped = withDb(ctx, trx.withPlugin(statements.plugin));
      for (let i = 0; i < 5; i++) await scoped.calendar.current();
    });
    expect(statements.count).toBe(1);
  });

  it.skipIf(engine === 'postgres' && getTestUrlIsPglite())(
    'a process whose use cases all run in transactions builds its calendar once, never from a rolled-back import',
    async () => {
      const fresh = await openDatabase(getTest().url); // a new handle: a source that has built nothing yet
      try {
        const ctx = testContext(fresh.db);
        const inTransaction = () => transact(fresh.db, (trx) => withDb(ctx, trx).calendar.current());
        const first = await inTransaction();
        expect(await inTransaction()).toBe(first);
        const withdrawn = {
          ...INVENTED_2027,
          holidays: { ...INVENTED_2027.holidays, '2027-05-10': '撤回的假日' },
        };
        const rolledBack = transact(fresh.db, async (trx) => {
          await importCalendarYear(withDb(ctx, trx), SYSTEM_ACTOR, { schedule: withdrawn });
          expect(await withDb(ctx, trx).calendar.current()).not.toBe(first);
          throw new Error('rolled back');
        });
        await expect(rolledBack).rejects.toThrow('rolled back');
        expect(await inTransaction()).toBe(first);
      } finally {
        await fresh.close();
      }
    },
  );

  it.skipIf(engine === 'postgres' && getTestUrlIsPglite())(
    'another connection to the database (another server) sees the import on its next call',
    async () => {
      const other = await openDatabase(getTest().url);
      try {
        const otherCtx = testContext(other.db);
        const asked = { received: '2027-04-01', channel: 'inPerson' } as const;
        const first = await calendarDeadline(otherCtx, PUBLIC_ACTOR, asked);
        const moved = {
          ...INVENTED_2027,
          holidays: { ...INVENTED_2027.holidays, '2027-04-06': '清明节', '2027-04-07': '清明节' },
        };
        await importCalendarYear(testContext(getDb()), SYSTEM_ACTOR, { schedule: moved });
        const second = await calendarDeadline(otherCtx, PUBLIC_ACTOR, asked);
        expect(second.dueOn).not.toBe(first.dueOn);
        expect(second).toEqual(await calendarDeadline(testContext(getDb()), PUBLIC_ACTOR, asked));
      } finally {
        await other.close();
      }
    },
  );
});

/** PGlite in memory cannot be opened twice; a real server (GONGKAI_TEST_PG_URL) can. */
function getTestUrlIsPglite(): boolean {
  return !process.env.GONGKAI_TEST_PG_URL;
}
