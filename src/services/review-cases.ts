// 行政复议 / 行政诉讼 cases (table 四): filed against a disclosure decision, directly in court or after a review;
// pending until a result is recorded. Each change is audited in its transaction.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '../core/errors/index.ts';
import { isoDate } from '../core/requests/events.ts';
import { REVIEW_CASE_RESULTS } from '../core/review-cases.ts';
import { REVIEW_GROUPS } from '../core/taxonomy/review-table.ts';
import { requestById } from '../storage/requests.ts';
import {
  insertReviewCase,
  listReviewCases as listReviewCaseRows,
  reviewCaseById,
  updateReviewCaseResult,
  type ReviewCase,
} from '../storage/review-cases.ts';
import type { Actor } from './actor.ts';
import { recordChange } from './audit.ts';
import type { ServiceContext } from './context.ts';
import { transact, type Db } from './database.ts';
import { agenciesToList, authorize } from './policy/authorize.ts';
import { parseInput } from './validation.ts';

export type { ReviewCase };

export const newReviewCaseSchema = z.object({
  agencyId: z.string().min(1),
  requestId: z.string().min(1).nullable().default(null),
  kind: z.enum(REVIEW_GROUPS),
  caseNumber: z.string().trim().min(1).max(100).nullable().default(null),
  filedOn: isoDate,
  notes: z.string().max(2000).default(''),
});

const resultSchema = z
  .object({
    result: z.enum(REVIEW_CASE_RESULTS),
    closedOn: isoDate.nullable(),
  })
  .refine((r) => (r.result === 'pending') === (r.closedOn === null), {
    message: '已审结的案件须填写审结日期，尚未审结的不填',
  });

export async function fileReviewCase(
  ctx: ServiceContext,
  actor: Actor,
  input: z.input<typeof newReviewCaseSchema>,
): Promise<ReviewCase> {
  authorize(actor, 'reviewCases.record', input.agencyId);
  const data = parseInput(newReviewCaseSchema, input);
  const now = ctx.clock.now();
  return transact(ctx.db, async (trx) => {
    if (data.requestId) {
      const request = await requestById(trx, data.requestId);
      if (!request) throw new DomainError('platform.requestNotFound', { request: data.requestId });
      if (request.agencyId !== data.agencyId) throw new DomainError('platform.reviewCaseRequestOtherAgency');
    }
    const reviewCase: ReviewCase = { id: randomUUID(), ...data, result: 'pending', closedOn: null };
    await insertReviewCase(trx, reviewCase, now.toISOString());
    await recordChange(trx, actor, {
      at: now,
      action: 'reviewCase.filed',
      subjectType: 'reviewCase',
      subjectId: reviewCase.id,
      agencyId: data.agencyId,
      details: reviewCase,
    });
    return reviewCase;
  });
}

/** Records the result (or reopens as pending); the previous result stays in the audit trail. */
export async function recordReviewResult(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string } & z.input<typeof resultSchema>,
): Promise<ReviewCase> {
  const { id: caseId, ...result } = input;
  const now = ctx.clock.now();
  return transact(ctx.db, async (trx) => {
    const existing = await getReviewCase(trx, caseId);
    authorize(actor, 'reviewCases.record', existing.agencyId);
    const data = parseInput(resultSchema, result);
    if (data.closedOn && data.closedOn < existing.filedOn) {
      throw new DomainError('platform.invalidInput', {
        details: `审结日期 ${data.closedOn} 早于立案日期 ${existing.filedOn}`,
      });
    }
    await updateReviewCaseResult(trx, caseId, data, now.toISOString());
    await recordChange(trx, actor, {
      at: now,
      action: 'reviewCase.resultRecorded',
      subjectType: 'reviewCase',
      subjectId: caseId,
      agencyId: existing.agencyId,
      details: { from: { result: existing.result, closedOn: existing.closedOn }, to: data },
    });
    return { ...existing, ...data };
  });
}

async function getReviewCase(db: Db, caseId: string): Promise<ReviewCase> {
  const found = await reviewCaseById(db, caseId);
  if (!found) throw new DomainError('platform.reviewCaseNotFound', { case: caseId });
  return found;
}

/** One case, to an actor who may read its agency's cases. */
export async function showReviewCase(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string },
): Promise<ReviewCase> {
  const found = await getReviewCase(ctx.db, input.id);
  authorize(actor, 'reviewCases.read', found.agencyId);
  return found;
}

export interface ReviewCaseQuery {
  /** One agency; omitted: every agency the actor may read. */
  agencyId?: string;
  kind?: ReviewCase['kind'];
  result?: ReviewCase['result'];
  page: number;
  pageSize: number;
}

/** One page of the cases the actor may read, filtered in memory (an agency's review cases stay few). */
export async function listReviewCases(
  ctx: ServiceContext,
  actor: Actor,
  input: ReviewCaseQuery,
): Promise<{ items: ReviewCase[]; total: number; page: number; pageSize: number }> {
  const agencies = agenciesToList(actor, 'reviewCases.read', input.agencyId);
  const { kind, result, page, pageSize } = input;
  const cases = (await listReviewCaseRows(ctx.db, agencies)).filter(
    (c) => (!kind || c.kind === kind) && (!result || c.result === result),
  );
  return { items: cases.slice((page - 1) * pageSize, page * pageSize), total: cases.length, page, pageSize };
}
