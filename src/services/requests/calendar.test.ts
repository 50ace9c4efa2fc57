// Imported calendar years reach the services: a request received in a year the seed does not hold gets a
// provisional due date (weekdays guessed), and once that year is imported (as `gongkai calendar import` saves it)
// the same timeline's deadline is computed from the imported holidays — no restart, nothing provisional.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { parseScheduleCsv } from '../../core/calendar/tabular.ts';
import { computeDeadline } from '../../core/requests/deadline.ts';
import type { RequestEvent } from '../../core/requests/events.ts';
import { testContext } from '../../../test/context.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { saveImportedSchedule } from '../calendar-store.ts';
import { requestCalendar } from './calendar.ts';
import { registerRequest } from './intake.ts';

const dirs: string[] = [];
const previousDir = process.env.GONGKAI_CALENDAR_DIR;
afterAll(() => {
  if (previousDir === undefined) delete process.env.GONGKAI_CALENDAR_DIR;
  else process.env.GONGKAI_CALENDAR_DIR = previousDir;
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// Wednesday 22 September 2027: the 20 working days run over the invented 国庆 week (1–7 October, 9 October worked).
const RECEIVED: RequestEvent = {
  type: 'received',
  on: '2027-09-22',
  channel: 'inPerson',
  applicantKind: 'naturalPerson',
};

forEachEngine((_engine, getDb) => {
  it('a deadline in an imported year is computed from it, not provisional, once imported', async () => {
    // An empty calendar directory of this test's own: only the seed years to begin with.
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-calendar-store-'));
    dirs.push(dir);
    process.env.GONGKAI_CALENDAR_DIR = dir;
    const agency = await makeAgency(getDb());
    const register = () =>
      registerRequest(testContext(getDb()), SYSTEM_ACTOR, {
        agencyId: agency.id,
        channel: 'inPerson',
        arrivedOn: RECEIVED.on,
        confirmedOn: null,
        applicant: { kind: 'naturalPerson', name: '日历测试', contact: '—' },
        informationSought: '2027年的期限',
        formWanted: '纸质',
      });
    const guessed = computeDeadline([RECEIVED], requestCalendar(), { allowProvisional: true }, RECEIVED.on);
    expect(guessed.provisional).toBe(true);
    const before = (await register()).request;
    expect(before.dueOn).toBe(guessed.dueOn);

    const csv = readFileSync(
      join(import.meta.dirname, '../../../test/fixtures/calendar/invented-2027.csv'),
      'utf8',
    );
    saveImportedSchedule(parseScheduleCsv(csv, 'invented-2027.csv'));

    const known = computeDeadline([RECEIVED], requestCalendar(), {}, RECEIVED.on);
    expect(known.provisional).toBe(false);
    const after = (await register()).request;
    expect(after.dueOn).toBe(known.dueOn);
    // 20 working days from Wednesday 22 September: Monday to Friday minus the statutory 国庆 day that is a weekday
    // (Friday 1 October) gives 21 October; with the invented 国庆 (five weekdays off, Saturday 9 October worked)
    // the 20th working day is Tuesday 26 October.
    expect([before.dueOn, after.dueOn]).toEqual(['2027-10-21', '2027-10-26']);
  });
});
