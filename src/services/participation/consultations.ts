// 意见征集 (issue 14): an agency puts a published draft out for comment for a period (《重大行政决策程序暂行条例》
// 第十四条), moderates what the public writes (nothing is shown before a person approved it), and after the
// closing day publishes its feedback (意见采纳情况), linked from the draft and from the final policy.
import { randomUUID } from 'node:crypto';
import {
  feedbackBody,
  moderateBody,
  openConsultationBody,
  type Comment,
  type Consultation,
  type FeedbackInput,
  type ModerateInput,
  type OpenConsultationInput,
} from '../../contracts/participation.ts';
import { DomainError } from '../../core/errors/index.ts';
import { blocksPublication } from '../../core/participation/public-text.ts';
import {
  checkConsultationPeriod,
  CONSULTATION_PHASE_LABELS,
  consultationPhase,
} from '../../core/participation/period.ts';
import { SCREENING_RULE_LABELS, type ScreeningRule } from '../../core/screening/rules.ts';
import { COMMENT_STATE_LABELS } from '../../contracts/participation.ts';
import {
  commentById,
  commentCounts,
  consultationById,
  insertConsultation,
  listConsultations,
  listComments,
  moderateComment as storeModeration,
  saveFeedback,
  type ConsultationRecord,
} from '../../storage/participation/consultations.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact, type Db } from '../database.ts';
import { agenciesToList, authorize } from '../policy/authorize.ts';
import { loadPublication } from '../publications/catalogue.ts';
import { parseInput } from '../validation.ts';

const by = (actor: Actor) => (actor.kind === 'staff' ? actor.displayName : '系统');

/** The record as the API shows it: its phase today and its comment counts. */
export async function withPhase(
  db: Db,
  today: string,
  records: readonly ConsultationRecord[],
): Promise<Consultation[]> {
  const counts = await commentCounts(
    db,
    records.map((r) => r.id),
  );
  return records.map(({ createdBy: _by, ...record }) => {
    const phase = consultationPhase(record, today);
    return {
      ...record,
      phase,
      phaseLabel: CONSULTATION_PHASE_LABELS[phase],
      comments: counts.get(record.id)!,
    };
  });
}

export async function loadConsultation(db: Db, id: string): Promise<ConsultationRecord> {
  const found = await consultationById(db, id);
  if (!found) throw new DomainError('participation.consultationNotFound');
  return found;
}

/** A published item of the agency: what a draft for comment, a final policy and evidence must be. */
export async function requirePublishedItem(db: Db, agencyId: string, itemId: string): Promise<boolean> {
  try {
    const item = await loadPublication(db, itemId);
    return item.agencyId === agencyId && item.review.status === 'published';
  } catch {
    return false;
  }
}

export async function openConsultation(
  ctx: ServiceContext,
  actor: Actor,
  input: OpenConsultationInput & { agencyId: string },
): Promise<Consultation> {
  const { agencyId, ...body } = input;
  authorize(actor, 'participation.manage', agencyId);
  const data = parseInput(openConsultationBody, body);
  checkConsultationPeriod(data, ctx.settings.participation);
  return transact(ctx.db, async (trx) => {
    if (!(await requirePublishedItem(trx, agencyId, data.itemId)))
      throw new DomainError('participation.draftNotPublished');
    const record: ConsultationRecord = {
      id: randomUUID(),
      agencyId,
      ...data,
      feedback: null,
      feedbackOn: null,
      finalItemId: null,
      createdBy: by(actor),
    };
    await insertConsultation(trx, record, ctx.clock.now().toISOString());
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'consultation.opened',
      subjectType: 'consultation',
      subjectId: record.id,
      agencyId,
      details: { itemId: data.itemId, opensOn: data.opensOn, closesOn: data.closesOn },
    });
    const [shown] = await withPhase(trx, ctx.clock.today(), [record]);
    return shown!;
  });
}

export async function showConsultation(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string },
): Promise<Consultation> {
  const record = await loadConsultation(ctx.db, input.id);
  authorize(actor, 'participation.read', record.agencyId);
  const [shown] = await withPhase(ctx.db, ctx.clock.today(), [record]);
  return shown!;
}

export async function listAgencyConsultations(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId?: string; page: number; pageSize: number },
) {
  const agencyIds = agenciesToList(actor, 'participation.read', input.agencyId);
  const offset = (input.page - 1) * input.pageSize;
  const found = await listConsultations(ctx.db, agencyIds, { offset, limit: input.pageSize });
  const items = await withPhase(ctx.db, ctx.clock.today(), found.items);
  return { items, total: found.total, page: input.page, pageSize: input.pageSize };
}

export async function listConsultationComments(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; state?: Comment['state']; page: number; pageSize: number },
) {
  const record = await loadConsultation(ctx.db, input.id);
  authorize(actor, 'participation.read', record.agencyId);
  const offset = (input.page - 1) * input.pageSize;
  const found = await listComments(ctx.db, record.id, { state: input.state, offset, limit: input.pageSize });
  return { ...found, page: input.page, pageSize: input.pageSize };
}

/**
 * Approves a comment for the portal, or keeps it off with the reason. The comment must belong to the consultation
 * named (a forged pair is refused as not found) and still be pending; one with personal data or abusive words
 * cannot be approved as it stands.
 */
export async function moderateComment(
  ctx: ServiceContext,
  actor: Actor,
  input: ModerateInput & { consultationId: string; commentId: string },
): Promise<Comment> {
  const { consultationId, commentId, ...body } = input;
  return transact(ctx.db, async (trx) => {
    const record = await loadConsultation(trx, consultationId);
    authorize(actor, 'participation.manage', record.agencyId);
    const data = parseInput(moderateBody, body);
    const comment = await commentById(trx, commentId);
    if (!comment || comment.consultationId !== record.id)
      throw new DomainError('participation.commentNotFound');
    if (comment.state !== 'pending')
      throw new DomainError('participation.commentAlreadyModerated', {
        state: COMMENT_STATE_LABELS[comment.state],
      });
    if (data.decision === 'reject' && !data.reason) throw new DomainError('participation.reasonRequired');
    if (data.decision === 'approve' && blocksPublication(comment.findings))
      throw new DomainError('participation.commentBlocked', { reasons: blockingReasons(comment) });
    const state = data.decision === 'approve' ? 'approved' : 'rejected';
    const at = ctx.clock.now().toISOString();
    const change = {
      state,
      at,
      by: by(actor),
      reason: data.decision === 'reject' ? data.reason : null,
    } as const;
    if (!(await storeModeration(trx, comment.id, change)))
      throw new DomainError('participation.commentAlreadyModerated', { state: '已由他人审核' });
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'consultation.commentModerated',
      subjectType: 'consultationComment',
      subjectId: comment.id,
      agencyId: record.agencyId,
      details: { consultationId: record.id, state, reason: change.reason },
    });
    return {
      ...comment,
      state,
      moderatedAt: at,
      moderatedBy: change.by,
      moderationReason: change.reason,
    };
  });
}

function blockingReasons(comment: Comment): string {
  const labels = comment.findings
    .filter((f) => f.severity === 'error')
    .map((f) => SCREENING_RULE_LABELS[f.rule as ScreeningRule] ?? f.rule);
  return [...new Set(labels)].join('、');
}

/**
 * 意见采纳情况: after the closing day, with every comment moderated, the agency states how many comments came in,
 * which points it adopted and which not, and why; optionally the policy finally adopted. Published once.
 */
export async function publishFeedback(
  ctx: ServiceContext,
  actor: Actor,
  input: FeedbackInput & { consultationId: string },
): Promise<Consultation> {
  const { consultationId, ...body } = input;
  return transact(ctx.db, async (trx) => {
    const record = await loadConsultation(trx, consultationId);
    authorize(actor, 'participation.manage', record.agencyId);
    const data = parseInput(feedbackBody, body);
    const today = ctx.clock.today();
    if (record.feedbackOn)
      throw new DomainError('participation.feedbackPublished', { on: record.feedbackOn });
    if (consultationPhase(record, today) !== 'closed')
      throw new DomainError('participation.feedbackTooEarly', { closesOn: record.closesOn });
    const counts = (await commentCounts(trx, [record.id])).get(record.id)!;
    if (counts.pending > 0) throw new DomainError('participation.commentsPending', { count: counts.pending });
    if (
      data.finalItemId !== null &&
      (data.finalItemId === record.itemId ||
        !(await requirePublishedItem(trx, record.agencyId, data.finalItemId)))
    )
      throw new DomainError('participation.finalItemInvalid');
    const feedback = {
      received: counts.approved + counts.rejected,
      shown: counts.approved,
      summary: data.summary,
      adopted: data.adopted,
      notAdopted: data.notAdopted,
    };
    await saveFeedback(trx, record.id, feedback, today, data.finalItemId);
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'consultation.feedbackPublished',
      subjectType: 'consultation',
      subjectId: record.id,
      agencyId: record.agencyId,
      details: { ...feedback, finalItemId: data.finalItemId },
    });
    const [shown] = await withPhase(trx, today, [
      { ...record, feedback, feedbackOn: today, finalItemId: data.finalItemId },
    ]);
    return shown!;
  });
}
