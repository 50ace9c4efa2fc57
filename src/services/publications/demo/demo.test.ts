// Done-when (issue 5): the demo agency's 2023 table 二, built by the annual-report builder from the catalogue,
// equals the seed report's table 二 as the reader reads it — on both engines. The channel and category counts
// equal the seed's narrative.
import { describe, expect, it } from 'vitest';
import { testContext } from '../../../../test/context.ts';
import { forEachEngine } from '../../../../test/db.ts';
import { SEED_REPORT, hasShared, sharedFile } from '../../../../test/shared.ts';
import { readReportFile } from '../../../formats/read/index.ts';
import { SYSTEM_ACTOR } from '../../actor.ts';
import { createAgency } from '../../agencies.ts';
import { fixedClock } from '../../clock.ts';
import { buildAnnualReport } from '../../statistics/report.ts';
import { catalogueAnnual } from '../annual.ts';
import { listCatalogue } from '../catalogue.ts';
import { loadDemoCatalogue } from './load.ts';
import { consistentReport } from '../../../core/report/check/fixture.ts';

forEachEngine((_engine, getDb) => {
  describe('the demo catalogue', () => {
    it('gives the seed agency’s 2023 table 二 through the report builder, and its channel counts', async () => {
      const db = getDb();
      const agency = await createAgency(testContext(db), SYSTEM_ACTOR, {
        name: '临沂市国防动员办公室',
        code: '11371300MB28572154',
        level: 'department',
        registrationPrefix: '临国动依申请',
      });
      const ctx = testContext(db);
      // The seed's 250 items of 2023 and the column's four later ones (column.ts).
      expect(await loadDemoCatalogue(ctx, SYSTEM_ACTOR, agency.id)).toEqual({ items: 254 });

      const { report } = await buildAnnualReport(
        testContext(db, fixedClock('2024-01-20T02:00:00Z')),
        SYSTEM_ACTOR,
        {
          agencyId: agency.id,
          year: 2023,
        },
      );
      expect(report.tables.proactive).toEqual(consistentReport().tables.proactive);
      if (hasShared()) {
        const seed = await readReportFile(sharedFile(SEED_REPORT));
        expect(report.tables.proactive).toEqual(seed.report.tables.proactive);
      }

      // Findings are as of the report date: 20 January 2024, 10:00 in Beijing.
      const annual = await catalogueAnnual(
        testContext(db, fixedClock('2024-01-20T02:00:00Z')),
        SYSTEM_ACTOR,
        {
          agencyId: agency.id,
          year: 2023,
        },
      );
      const counts = annual.channelCounts;
      expect(counts.byChannel).toEqual({ website: 250, wechat: 244, toutiao: 234, weibo: 248, other: 0 });
      expect(counts.byChannelAndCategory.website).toMatchObject({
        lawsAndRegulations: 19,
        policyDocument: 4,
        workUpdate: 219,
        enforcement: 8,
      });

      const page = await listCatalogue(db, {
        agencyIds: [agency.id],
        statuses: ['published'],
        year: 2023,
        limit: 3,
        offset: 0,
      });
      expect(page.total).toBe(250);
      expect(page.items[0]!.indexNumber).toMatch(/^MB2857215\/2023-\d{5}$/);

      // The four policy documents have no interpretation in the catalogue: a finding each, none for lateness.
      expect(annual.findings.map((f) => f.rule)).toEqual(Array(4).fill('publications.interpretationMissing'));
    });
  });
});
