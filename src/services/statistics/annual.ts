// Tables 三 and 四 of any agency and year, computed in SQL (storage/statistics.ts) and laid out as the report
// model's tables. Balance (T3-1) holds by construction: every request counted is either received in the year or
// carried in, and either closed in the year (one outcome row) or carried out.
import type { ApplicationsTable, ReviewLitigationTable } from '../../core/report/model.ts';
import { APPLICANT_COLUMNS, APPLICANT_KINDS } from '../../core/taxonomy/applicants.ts';
import { APPLICATION_ROW_KEYS } from '../../core/taxonomy/applications-table.ts';
import { REVIEW_GROUPS, REVIEW_RESULTS, type ReviewResult } from '../../core/taxonomy/review-table.ts';
import { applicationCounts, applicationCountsFromRequests, reviewCounts } from '../../storage/statistics.ts';
import type { Db } from '../database.ts';

const TOTAL = APPLICANT_COLUMNS.indexOf('total');

/**
 * Where table 三's counts come from: 'rollup' (default) reads the counters kept with every projection change, in
 * time independent of the agency's size; 'requests' groups the projection rows themselves, to check the rollup.
 */
export type ApplicationsSource = 'rollup' | 'requests';

export async function applicationsTable(
  db: Db,
  agencyId: string,
  year: number,
  source: ApplicationsSource = 'rollup',
): Promise<ApplicationsTable> {
  const table = Object.fromEntries(
    APPLICATION_ROW_KEYS.map((key) => [key, APPLICANT_COLUMNS.map(() => 0)]),
  ) as Record<keyof ApplicationsTable, number[]>;
  const add = (row: keyof ApplicationsTable, column: number, n: number) => {
    table[row][column]! += n;
    table[row][TOTAL]! += n;
  };
  const counts = source === 'rollup' ? applicationCounts : applicationCountsFromRequests;
  for (const count of await counts(db, agencyId, year)) {
    const column = APPLICANT_KINDS.indexOf(count.kind);
    add('received', column, count.receivedInYear);
    add('carriedIn', column, count.count - count.receivedInYear);
    if (count.outcome === null) add('carriedOut', column, count.count);
    else {
      add(count.outcome, column, count.count);
      add('total', column, count.count);
    }
  }
  return table;
}

/**
 * Which day decides whether a case is still 尚未审结 (spec T4-4 [I], a setting): 'reportDate' (default) counts
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
