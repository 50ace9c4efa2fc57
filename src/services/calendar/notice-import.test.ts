// Importing a pasted notice, on both engines: the preview parses the text, lists the changed days and the agency's
// open requests whose deadline moves, and writes nothing; the import saves the year and is audited; an
// administrator may do both, a clerk neither; a text that contradicts itself is refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { fixedClock } from '../clock.ts';
import { testContext } from '../../../test/context.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { listAuditTrail } from '../audit.ts';
import { registerRequest } from '../requests/intake.ts';
import { importNotice, previewNoticeImport } from './notice-import.ts';
import { calendarYears } from './queries.ts';

const NOTICE = readFileSync(
  join(import.meta.dirname, '../../../test/fixtures/calendar/invented-notice-2027.txt'),
  'utf8',
);

forEachEngine((_engine, getDb) => {
  it('previews without writing, shows the moving deadline, then imports as an administrator', async () => {
    // 18 December 2026 (a Friday): 20 working days end on 18 January 2027 while 2027 is only guessed (1 January
    // off); the notice also gives 4 January, so the deadline moves to the 19th.
    const ctx = testContext(getDb(), fixedClock('2026-12-20T02:00:00Z'));
    const agency = await makeAgency(getDb());
    const other = await makeAgency(getDb());
    const register = (agencyId: string) =>
      registerRequest(ctx, SYSTEM_ACTOR, {
        agencyId,
        channel: 'inPerson',
        arrivedOn: '2026-12-18',
        confirmedOn: null,
        applicant: { kind: 'naturalPerson', name: '日历预览', contact: '—' },
        informationSought: '跨年的期限',
        formWanted: '纸质',
      });
    const mine = await register(agency.id);
    const theirs = await register(other.id);
    const admin = staffAs('admin', agency.id, `admin_${agency.id.slice(0, 6)}`);

    await expect(
      previewNoticeImport(ctx, staffAs('clerk', agency.id), { notice: NOTICE }),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    const preview = await previewNoticeImport(ctx, admin, { notice: NOTICE });
    expect(preview).toMatchObject({ year: 2027, replaces: null, openChecked: 1 });
    expect(preview.source).toContain('国办发明电〔2026〕99号');
    expect(preview.changes.find((c) => c.date === '2027-01-04')).toMatchObject({
      before: 'workday',
      after: 'holiday',
      wasGuess: true,
    });
    // Only the administrator's own agency's request is listed.
    expect(preview.moved).toEqual([
      {
        id: mine.request.id,
        registrationNumber: mine.request.registrationNumber,
        before: '2027-01-18',
        after: '2027-01-19',
      },
    ]);
    expect((await calendarYears(ctx, SYSTEM_ACTOR)).years.some((y) => y.year === 2027)).toBe(false);

    const saved = await importNotice(ctx, admin, { notice: NOTICE });
    expect(saved.schedule.holidays['2027-01-04']).toBe('元旦');
    // The stored deadlines moved with it — every agency's, as the calendar is the installation's.
    const stored = await getDb()
      .selectFrom('requests')
      .select(['id', 'due_on'])
      .where('id', 'in', [mine.request.id, theirs.request.id])
      .execute();
    expect(stored.map((r) => r.due_on)).toEqual(['2027-01-19', '2027-01-19']);
    const years = await calendarYears(ctx, SYSTEM_ACTOR);
    expect(years.years.find((y) => y.year === 2027)?.imported?.by).toBe(admin.name);
    const trail = await listAuditTrail(getDb(), { subjectType: 'calendarYear', subjectId: '2027', limit: 1 });
    expect(trail[0]).toMatchObject({
      action: 'calendar.imported',
      actor: admin.name,
      details: { movedRequests: 2 },
    });
    // Imported again, the year replaces itself and nothing moves.
    const again = await previewNoticeImport(ctx, admin, { notice: NOTICE });
    expect(again).toMatchObject({ replaces: saved.schedule.source, changes: [], moved: [] });
  });

  it('refuses a notice that contradicts itself, in Chinese, before anything is saved', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb());
    const wrong = NOTICE.replace('共4天', '共5天').replace('2027年', '2028年');
    await expect(
      previewNoticeImport(ctx, staffAs('admin', agency.id), { notice: wrong }),
    ).rejects.toMatchObject({
      code: 'calendar.noticeCountMismatch',
    });
    await expect(
      previewNoticeImport(ctx, staffAs('admin', agency.id), { notice: '太短' }),
    ).rejects.toMatchObject({
      code: 'platform.invalidInput',
      message: expect.stringContaining('请粘贴国务院办公厅通知的全文'),
    });
  });
});
