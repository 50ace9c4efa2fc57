// 工作台's report card against 《条例》第四十九条: from 1 January the countdown to last year's deadline, and once the report
// is published the day it was (judged by the first version: a correction does not make it late) instead.
import { expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { fixedClock } from '../clock.ts';
import { transact } from '../database.ts';
import type { ServiceContext } from '../context.ts';
import { recordPublication } from '../reports/publish.ts';
import { buildAnnualReport } from '../statistics/report.ts';
import { reportStatus } from './report-status.ts';

forEachEngine((_engine, getDb) => {
  const on = (day: string) => testContext(getDb(), fixedClock(`${day}T02:00:00Z`));

  async function publishOn(ctx: ServiceContext, agencyId: string, correctionNote: string | null) {
    const leader = staffAs('leader', agencyId);
    const { report } = await buildAnnualReport(ctx, leader, { agencyId, year: 2026 });
    await transact(ctx.db, (trx) => recordPublication(trx, ctx, leader, { agencyId, report, correctionNote }));
  }

  it('counts down from 1 January, then shows the first publication day and whether it was in time', async () => {
    const agency = await makeAgency(getDb());
    const clerk = staffAs('clerk', agency.id);
    const status = (day: string) => reportStatus(on(day), clerk, agency, day);

    expect(await status('2026-12-31')).toMatchObject({ year: 2026, daysLeft: 31, publishedOn: null });
    expect(await status('2027-01-01')).toMatchObject({
      year: 2026,
      deadline: '2027-01-31',
      daysLeft: 30,
      publishedOn: null,
      submission: 'notDue',
    });
    await publishOn(on('2027-01-20'), agency.id, null);
    expect(await status('2027-01-25')).toMatchObject({ publishedOn: '2027-01-20', submission: 'onTime' });
    await publishOn(on('2027-01-30'), agency.id, '更正表三的一处笔误。');
    expect(await status('2027-01-31')).toMatchObject({ publishedOn: '2027-01-20', submission: 'onTime' });
    // From 1 February the card is about the current year, not yet due.
    expect(await status('2027-02-01')).toMatchObject({ year: 2027, publishedOn: null, submission: 'notDue' });
  });
});
