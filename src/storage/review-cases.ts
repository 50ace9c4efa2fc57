// 行政复议 and 行政诉讼 cases arising from disclosure work (table 四), linked to the request they concern.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ReviewCase, ReviewCaseResult } from '../core/review-cases.ts';
import type { Database, ReviewCaseTable } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export type { ReviewCase };

function toCase(row: Selectable<ReviewCaseTable>): ReviewCase {
  return {
    id: row.id,
    agencyId: row.agency_id,
    requestId: row.request_id,
    kind: row.kind as ReviewCase['kind'],
    caseNumber: row.case_number,
    filedOn: row.filed_on,
    result: row.result as ReviewCaseResult,
    closedOn: row.closed_on,
    notes: row.notes,
  };
}

export async function insertReviewCase(trx: Executor, c: ReviewCase, nowIso: string): Promise<void> {
  await trx
    .insertInto('review_cases')
    .values({
      id: c.id,
      agency_id: c.agencyId,
      request_id: c.requestId,
      kind: c.kind,
      case_number: c.caseNumber,
      filed_on: c.filedOn,
      result: c.result,
      closed_on: c.closedOn,
      notes: c.notes,
      created_at: nowIso,
      updated_at: nowIso,
    })
    .execute();
}

export async function updateReviewCaseResult(
  trx: Executor,
  id: string,
  change: { result: ReviewCaseResult; closedOn: string | null },
  nowIso: string,
): Promise<void> {
  await trx
    .updateTable('review_cases')
    .set({ result: change.result, closed_on: change.closedOn, updated_at: nowIso })
    .where('id', '=', id)
    .execute();
}

export async function reviewCaseById(db: Executor, id: string): Promise<ReviewCase | undefined> {
  const row = await db.selectFrom('review_cases').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCase(row);
}

export async function listReviewCases(db: Executor, agencyIds: readonly string[]): Promise<ReviewCase[]> {
  if (agencyIds.length === 0) return [];
  const rows = await db
    .selectFrom('review_cases')
    .selectAll()
    .where('agency_id', 'in', agencyIds)
    .orderBy('filed_on', 'desc')
    .execute();
  return rows.map(toCase);
}
