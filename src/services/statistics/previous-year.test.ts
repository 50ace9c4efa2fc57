// The builder carries the year before into the same call (issue 11): T3-6 compares this year's 上年结转 with what the
// agency published as 结转下年度 last year, or with last year's data when nothing was published.
import { expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { consistentReport, withApplicationCells } from '../../core/report/check/fixture.ts';
import { insertPublication } from '../../storage/annual-report-publications.ts';
import { buildAnnualReport } from './report.ts';

forEachEngine((_engine, getDb) => {
  it('checks T3-6 against the published year before, and finds nothing against unpublished data', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb());
    const clerk = staffAs('clerk', agency.id);
    const where = { agencyId: agency.id, year: 2025 };
    const t36 = async () =>
      (await buildAnnualReport(ctx, clerk, where)).findings.filter(
        (f) => f.rule === 'T3-6' && f.severity !== 'notChecked',
      );
    expect(await t36()).toEqual([]);
    const published = withApplicationCells(
      consistentReport(),
      ['carriedOut', 'naturalPerson', 3],
      ['carriedOut', 'total', 3],
    );
    await insertPublication(getDb(), {
      id: 'pub-2024',
      agencyId: agency.id,
      year: 2024,
      version: 1,
      publishedOn: '2025-01-20',
      publishedAt: '2025-01-20T08:00:00.000Z',
      publishedBy: '测试',
      correctionNote: null,
      report: published,
      publishedByUserId: null,
    });
    const found = await t36();
    expect(found.map((f) => [f.location.column, f.expected, f.actual])).toEqual([
      ['自然人', 3, 0],
      ['总计', 3, 0],
    ]);
  });
});
