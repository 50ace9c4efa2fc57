// The table-三 rollup (migration 110) against the projection it summarises, on both engines: after random
// timelines recorded through the use cases, the rollup-based table equals the GROUP BY over the requests for every
// agency and year, and the counters kept step by step equal both a rebuild and the migration's own backfill.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { forEachEngine } from '../db.ts';
import { makeAgency } from './factories.ts';
import { recordTimeline, timelineArb, validTimeline } from './timelines.ts';
import { applicationsTable } from '../../src/services/statistics/annual.ts';
import { rebuildRequestCounts } from '../../src/storage/request-statistics.ts';
import * as rollupMigration from '../../src/storage/migrations/110_request_statistics.ts';
import type { Db } from '../../src/services/database.ts';

/** The non-zero counters, in a stable order (a counter moved away from stays behind at 0). */
async function counters(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('request_statistics').selectAll().where('count', '<>', 0).execute();
  return rows
    .map((r) => [r.agency_id, r.received_year, r.closed_year, r.applicant_kind, r.outcome, r.count].join('|'))
    .sort();
}

forEachEngine((_engine, getDb) => {
  it('the rollup gives the same table 三 as the GROUP BY over the projection, for every agency and year', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(timelineArb, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        async (perAgency) => {
          const agencies = [];
          for (const specs of perAgency) {
            const agency = await makeAgency(getDb());
            agencies.push(agency);
            for (const spec of specs) await recordTimeline(getDb(), agency.id, validTimeline(spec));
          }
          for (const agency of agencies) {
            for (let year = 2020; year <= 2026; year++) {
              expect(await applicationsTable(getDb(), agency.id, year, 'rollup')).toEqual(
                await applicationsTable(getDb(), agency.id, year, 'requests'),
              );
            }
          }
        },
      ),
      { numRuns: 6 },
    );
  });

  it('the counters kept with each change equal a rebuild and the migration backfill from the projection', async () => {
    const db = getDb();
    const agency = await makeAgency(db);
    const specs = fc.sample(timelineArb, { numRuns: 15, seed: 2023 });
    for (const spec of specs) await recordTimeline(db, agency.id, validTimeline(spec));
    const kept = await counters(db);
    expect(kept.length).toBeGreaterThan(0);
    await rebuildRequestCounts(db);
    expect(await counters(db)).toEqual(kept);
    await rollupMigration.down(db);
    await rollupMigration.up(db);
    expect(await counters(db)).toEqual(kept);
  });
});
