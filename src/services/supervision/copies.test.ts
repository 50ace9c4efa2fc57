// The builder's copy check (N-3) against the platform's corpus on both engines: the corpus index follows the
// database — a new publication is found at the next build, a corrected one no longer counts by its old text, and
// the agency's own publication of the year is never its own source.
import { expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { independentReport, sectionText } from '../../core/report/copies/fixture.ts';
import { withSection } from '../../core/report/check/fixture.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { transact, type Db } from '../database.ts';
import { recordPublication } from '../reports/publish.ts';
import { copyFindings } from './copies.ts';

const YEAR = 2024;

async function publish(db: Db, agencyId: string, report: AnnualReport, correctionNote: string | null = null) {
  const ctx = testContext(db);
  const actor = staffAs('leader', agencyId);
  await transact(db, (trx) => recordPublication(trx, ctx, actor, { agencyId, report, correctionNote }));
}

forEachEngine((_engine, getDb) => {
  it('follows the corpus as it grows and as publications are corrected', async () => {
    const db = getDb();
    const [a, b, c] = [await makeAgency(db), await makeAgency(db), await makeAgency(db)];
    const reportA = independentReport('甲机关', YEAR, 501);
    const reportC = independentReport('丙机关', YEAR, 503);
    const fromA = sectionText(reportA, 'problems').split('\n')[0]!;
    const fromC = sectionText(reportC, 'overview').split('\n')[1]!;
    const draft = withSection(independentReport('乙机关', YEAR, 502), 'other', `${fromA}\n${fromC}`);
    const check = () =>
      copyFindings(db, { agencyId: b.id, agencyName: b.name, year: YEAR, report: draft }).then((found) =>
        found.map((f) =>
          f.message
            .match(/本段与(.+?)\d{4}年度报告（(.+?)）/u)!
            .slice(1)
            .join(' '),
        ),
      );

    expect(await check()).toEqual([]);
    await publish(db, a.id, reportA);
    expect(await check()).toEqual([`${a.name} 第1版`]);
    await publish(db, c.id, reportC);
    expect((await check()).sort()).toEqual([`${a.name} 第1版`, `${c.name} 第1版`].sort());
    // A corrects its report and the paragraph is gone from it: version 1 is no longer A's report of the year.
    await publish(db, a.id, withSection(reportA, 'problems', '本年度的问题另行说明。'), '改写第五部分。');
    expect(await check()).toEqual([`${c.name} 第1版`]);
    // B's own publication of the year is an earlier state of the draft, not a source.
    await publish(db, b.id, draft);
    expect(await check()).toEqual([`${c.name} 第1版`]);
  });
});
