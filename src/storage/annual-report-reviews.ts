// The annual report's review cycles and their steps (migration 171). A step changes a row only from the state it
// expects (a conditional update), so two people acting on the same report at once cannot both succeed.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Finding } from '../core/findings.ts';
import type { AnnualReport } from '../core/report/model.ts';
import { toNumber } from './rows.ts';
import type { AnnualReportReviewTable, Database } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export type ReviewState = 'draft' | 'inReview' | 'awaitingSignOff' | 'published';
export type StepAction = 'submitted' | 'returned' | 'approved' | 'signedOff';

export interface PersonStamp {
  at: string;
  by: string;
  byUserId: string | null;
}

export interface ReviewCycle {
  id: string;
  agencyId: string;
  year: number;
  cycle: number;
  state: ReviewState;
  report: AnnualReport;
  findings: Finding[];
  correctionNote: string | null;
  overrideReason: string | null;
  submitted: PersonStamp;
  reviewed: PersonStamp | null;
  reviewComment: string | null;
  signed: PersonStamp | null;
  signOffOverrideReason: string | null;
  publicationId: string | null;
  catalogueItemId: string | null;
}

export interface ReviewStep {
  seq: number;
  action: StepAction;
  at: string;
  actor: string;
  actorUserId: string | null;
  comment: string | null;
}

function stamp(at: string | null, by: string | null, byUserId: string | null): PersonStamp | null {
  return at === null || by === null ? null : { at, by, byUserId };
}

function toCycle(row: Selectable<AnnualReportReviewTable>): ReviewCycle {
  return {
    id: row.id,
    agencyId: row.agency_id,
    year: toNumber(row.year),
    cycle: toNumber(row.cycle),
    state: row.state as ReviewState,
    // Written by this module from checked values: trusted inside the platform.
    report: JSON.parse(row.report) as AnnualReport,
    findings: JSON.parse(row.findings) as Finding[],
    correctionNote: row.correction_note,
    overrideReason: row.override_reason,
    submitted: { at: row.submitted_at, by: row.submitted_by, byUserId: row.submitted_by_user_id },
    reviewed: stamp(row.reviewed_at, row.reviewed_by, row.reviewed_by_user_id),
    reviewComment: row.review_comment,
    signed: stamp(row.signed_at, row.signed_by, row.signed_by_user_id),
    signOffOverrideReason: row.sign_off_override_reason,
    publicationId: row.publication_id,
    catalogueItemId: row.catalogue_item_id,
  };
}

/** Every cycle of the agency's year, the latest first. */
export async function reviewCycles(db: Executor, agencyId: string, year: number): Promise<ReviewCycle[]> {
  const rows = await db
    .selectFrom('annual_report_reviews')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .orderBy('cycle', 'desc')
    .execute();
  return rows.map(toCycle);
}

export async function insertCycle(
  trx: Executor,
  c: { id: string; agencyId: string; year: number; cycle: number } & Submission,
): Promise<void> {
  await trx
    .insertInto('annual_report_reviews')
    .values({ id: c.id, agency_id: c.agencyId, year: c.year, cycle: c.cycle, ...submissionColumns(c) })
    .execute();
}

export interface Submission {
  report: AnnualReport;
  findings: Finding[];
  correctionNote: string | null;
  overrideReason: string | null;
  submitted: PersonStamp;
}

function submissionColumns(s: Submission) {
  return {
    state: 'inReview',
    report: JSON.stringify(s.report),
    findings: JSON.stringify(s.findings),
    correction_note: s.correctionNote,
    override_reason: s.overrideReason,
    submitted_at: s.submitted.at,
    submitted_by: s.submitted.by,
    submitted_by_user_id: s.submitted.byUserId,
    reviewed_at: null,
    reviewed_by: null,
    reviewed_by_user_id: null,
    // The comment of a return stays readable in the history; the new round starts without one.
    review_comment: null,
  };
}

/** A returned cycle submitted again: a new snapshot; false when the row was not in `draft` any more. */
export async function resubmitCycle(trx: Executor, id: string, s: Submission): Promise<boolean> {
  const result = await trx
    .updateTable('annual_report_reviews')
    .set(submissionColumns(s))
    .where('id', '=', id)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The reviewer's decision; false when the row was not `inReview` any more. */
export async function recordReview(
  trx: Executor,
  id: string,
  r: { next: 'draft' | 'awaitingSignOff'; reviewed: PersonStamp; comment: string | null },
): Promise<boolean> {
  const result = await trx
    .updateTable('annual_report_reviews')
    .set({
      state: r.next,
      reviewed_at: r.reviewed.at,
      reviewed_by: r.reviewed.by,
      reviewed_by_user_id: r.reviewed.byUserId,
      review_comment: r.comment,
    })
    .where('id', '=', id)
    .where('state', '=', 'inReview')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The leader's sign-off and what it published; false when the row was not `awaitingSignOff` any more. */
export async function recordSignOff(
  trx: Executor,
  id: string,
  s: { signed: PersonStamp; overrideReason: string | null; publicationId: string; catalogueItemId: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('annual_report_reviews')
    .set({
      state: 'published',
      signed_at: s.signed.at,
      signed_by: s.signed.by,
      signed_by_user_id: s.signed.byUserId,
      sign_off_override_reason: s.overrideReason,
      publication_id: s.publicationId,
      catalogue_item_id: s.catalogueItemId,
    })
    .where('id', '=', id)
    .where('state', '=', 'awaitingSignOff')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function appendStep(
  trx: Executor,
  reviewId: string,
  step: Omit<ReviewStep, 'seq'>,
): Promise<number> {
  const last = await trx
    .selectFrom('annual_report_review_steps')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('review_id', '=', reviewId)
    .executeTakeFirst();
  const seq = toNumber(last?.seq) + 1;
  await trx
    .insertInto('annual_report_review_steps')
    .values({
      review_id: reviewId,
      seq,
      action: step.action,
      at: step.at,
      actor: step.actor,
      actor_user_id: step.actorUserId,
      comment: step.comment,
    })
    .execute();
  return seq;
}

/** The steps of the cycles, in the order they were taken within each cycle. */
export async function stepsOf(
  db: Executor,
  reviewIds: readonly string[],
): Promise<Map<string, ReviewStep[]>> {
  const byCycle = new Map<string, ReviewStep[]>();
  if (reviewIds.length === 0) return byCycle;
  const rows = await db
    .selectFrom('annual_report_review_steps')
    .selectAll()
    .where('review_id', 'in', reviewIds)
    .orderBy('review_id')
    .orderBy('seq')
    .execute();
  for (const r of rows) {
    const list = byCycle.get(r.review_id) ?? [];
    list.push({
      seq: toNumber(r.seq),
      action: r.action as StepAction,
      at: r.at,
      actor: r.actor,
      actorUserId: r.actor_user_id,
      comment: r.comment,
    });
    byCycle.set(r.review_id, list);
  }
  return byCycle;
}
