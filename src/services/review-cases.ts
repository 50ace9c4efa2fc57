// 行政复议 / 行政诉讼 cases (table 四): filed against a disclosure decision, directly in court or after a review;
// pending until a result is recorded. Each change is audited in its transaction.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '../core/errors/index.ts';
import { isoDate } from '../core/requests/events.ts';
import { REVIEW_GROUPS } from '../core/taxonomy/review-table.ts';
import { requestById } from '../storage/requests.ts';
import {
  insertReviewCase,
  listReviewCases,
  reviewCaseById,
  updateReviewCaseResult,
  type ReviewCase,
} from '../storage/review-cases.ts';
import type { Actor } from './actor.ts';
import { recordChange } from './audit.ts';
import { transact, type Db } from './database.ts';
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
    result: z.enum(['upheld', 'corrected', 'otherResult', 'pending']),
    closedOn: isoDate.nullable(),
  })
  .refine((r) => (r.result === 'pending') === (r.closedOn === null), {
    message: '已审结的案件须填写审结日期，尚未审结的不填',
  });

export async function fileReviewCase(
  db: Db,
  actor: Actor,
  input: z.input<typeof newReviewCaseSchema>,
): Promise<ReviewCase> {
  const data = parseInput(newReviewCaseSchema, input);
  return transact(db, async (trx) => {
    if (data.requestId) {
      const request = await requestById(trx, data.requestId);
      if (!request) throw new DomainError('platform.requestNotFound', { request: data.requestId });
      if (request.agencyId !== data.agencyId) throw new DomainError('platform.reviewCaseRequestOtherAgency');
    }
    const reviewCase: ReviewCase = { id: randomUUID(), ...data, result: 'pending', closedOn: null };
    await insertReviewCase(trx, reviewCase, new Date().toISOString());
    await recordChange(trx, actor, {
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
  db: Db,
  actor: Actor,
  caseId: string,
  input: z.input<typeof resultSchema>,
): Promise<ReviewCase> {
  const data = parseInput(resultSchema, input);
  return transact(db, async (trx) => {
    const existing = await reviewCaseById(trx, caseId);
    if (!existing) throw new DomainError('platform.reviewCaseNotFound', { case: caseId });
    if (data.closedOn && data.closedOn < existing.filedOn) {
      throw new DomainError('platform.invalidInput', {
        details: `审结日期 ${data.closedOn} 早于立案日期 ${existing.filedOn}`,
      });
    }
    await updateReviewCaseResult(trx, caseId, data, new Date().toISOString());
    await recordChange(trx, actor, {
      action: 'reviewCase.resultRecorded',
      subjectType: 'reviewCase',
      subjectId: caseId,
      agencyId: existing.agencyId,
      details: { from: { result: existing.result, closedOn: existing.closedOn }, to: data },
    });
    return { ...existing, ...data };
  });
}

export async function getReviewCase(db: Db, caseId: string): Promise<ReviewCase> {
  const found = await reviewCaseById(db, caseId);
  if (!found) throw new DomainError('platform.reviewCaseNotFound', { case: caseId });
  return found;
}

export function reviewCasesOf(db: Db, agencyIds: readonly string[]): Promise<ReviewCase[]> {
  return listReviewCases(db, agencyIds);
}
