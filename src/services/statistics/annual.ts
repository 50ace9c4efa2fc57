// Tables 三 and 四 of any agency and year: table 三 laid out in core from the cohorts read in SQL
// (storage/statistics.ts), table 四 counted in SQL. Balance (T3-1) holds by construction (core/requests/annual.ts).
import type { ApplicationsTable, ReviewLitigationTable } from '../../core/report/model.ts';
import { applicationsTableOf } from '../../core/requests/annual.ts';
import { REVIEW_GROUPS, REVIEW_RESULTS, type ReviewResult } from '../../core/taxonomy/review-table.ts';
import {
  applicationCohorts,
  applicationCohortsFromRequests,
  reviewCounts,
} from '../../storage/statistics.ts';
import type { Db } from '../database.ts';

/**
 * Where table 三's cohorts come from: 'rollup' (default) reads the counters kept with every projection change, in
 * time independent of the agency's size; 'requests' groups the projection rows themselves, to check the rollup.
 */
export type ApplicationsSource = 'rollup' | 'requests';

export async function applicationsTable(
  db: Db,
  agencyId: string,
  year: number,
  source: ApplicationsSource = 'rollup',
): Promise<ApplicationsTable> {
  const cohorts =
    source === 'rollup'
      ? await applicationCohorts(db, agencyId, year)
      : await applicationCohortsFromRequests(db, agencyId);
  return applicationsTableOf(cohorts, year);
}

/**
 * Which day decides whether a case is still 尚未审结 (docs/statute.md T4-4 [I], a setting): 'reportDate' (default) counts
 * cases filed in the year with their status when the report is made; 'yearEnd' freezes the status at 31 December.
 */
export type ReviewStatusBasis = 'reportDate' | 'yearEnd';

export async function reviewLitigationTable(
  db: Db,
  agencyId: string,
  year: number,
  basis: ReviewStatusBasis,
  reportDate: string,
): Promise<ReviewLitigationTable> {
  const statusOn = basis === 'yearEnd' ? `${year}-12-31` : reportDate;
  const table = Object.fromEntries(
    REVIEW_GROUPS.map((group) => [group, REVIEW_RESULTS.map(() => 0)]),
  ) as Record<keyof ReviewLitigationTable, number[]>;
  const totalIndex = REVIEW_RESULTS.indexOf('total');
  for (const count of await reviewCounts(db, agencyId, year, statusOn)) {
    const cells = table[count.kind];
    cells[REVIEW_RESULTS.indexOf(count.result as ReviewResult)]! += count.count;
    cells[totalIndex]! += count.count;
  }
  return table;
}
