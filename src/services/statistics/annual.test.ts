// Done-when (issue 4): random valid timelines → the SQL statistics equal the pure fold over the same events
// (core/requests/annual.ts), and the balance T3-1 holds, on both engines. The statistics read the rollup kept by
// every intake and append (migration 110), so this also shows the rollup follows every kind of timeline; each year
// around the timelines' span is checked, so requests carried across 1 January are in every run.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { recordTimeline, timelineArb, validTimeline } from '../../../test/db/timelines.ts';
import { foldApplicationsTable } from '../../core/requests/annual.ts';
import { APPLICANT_COLUMNS } from '../../core/taxonomy/applicants.ts';
import { applicationsTable } from './annual.ts';

forEachEngine((_engine, getDb) => {
  it('SQL statistics equal the pure fold and balance, for random valid timelines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(timelineArb, { minLength: 1, maxLength: 12 }), async (specs) => {
        const agency = await makeAgency(getDb());
        const timelines = specs.map(validTimeline);
        for (const timeline of timelines) await recordTimeline(getDb(), agency.id, timeline);
        for (let year = 2020; year <= 2026; year++) {
          const fromSql = await applicationsTable(getDb(), agency.id, year);
          expect(fromSql).toEqual(foldApplicationsTable(timelines, year));
          for (let c = 0; c < APPLICANT_COLUMNS.length; c++) {
            expect(fromSql.received[c]! + fromSql.carriedIn[c]!).toBe(
              fromSql.total[c]! + fromSql.carriedOut[c]!,
            );
          }
        }
      }),
      { numRuns: 12 },
    );
  });
});
