// The public's side of 意见征集 (issue 14): a comment on a draft while the consultation is open, screened and kept
// pending until staff moderate it; and what the portal shows — the consultations, each with its approved comments
// and, once published, the feedback.
import { randomUUID } from 'node:crypto';
import {
  commentInput,
  type Comment,
  type CommentInput,
  type Consultation,
} from '../../contracts/participation.ts';
import { DomainError } from '../../core/errors/index.ts';
import { consultationPhase } from '../../core/participation/period.ts';
import { checkPublicText, PUBLIC_NAME_MAX, screenPublicText } from '../../core/participation/public-text.ts';
import {
  consultationsOfItem,
  insertComment,
  listComments,
  listConsultations,
} from '../../storage/participation/consultations.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { agencyLexicon } from '../publications/screening-lexicon.ts';
import { parseInput } from '../validation.ts';
import { loadConsultation, withPhase } from './consultations.ts';

/** What the portal shows of a comment: never the screening findings or the moderator. */
export type ShownComment = Pick<Comment, 'id' | 'submittedAt' | 'author' | 'body'>;

export async function submitComment(
  ctx: ServiceContext,
  actor: Actor,
  input: CommentInput,
): Promise<{ id: string }> {
  authorize(actor, 'participation.comment');
  const data = parseInput(commentInput, input);
  const body = checkPublicText(data.body, '意见内容');
  const author = data.author.trim() ? checkPublicText(data.author, '署名', PUBLIC_NAME_MAX) : null;
  return transact(ctx.db, async (trx) => {
    const record = await loadConsultation(trx, data.consultationId);
    const phase = consultationPhase(record, ctx.clock.today());
    if (phase === 'upcoming')
      throw new DomainError('participation.consultationNotOpen', { opensOn: record.opensOn });
    if (phase === 'closed')
      throw new DomainError('participation.consultationClosed', { closesOn: record.closesOn });
    const lexicon = await agencyLexicon(trx, record.agencyId);
    const comment: Comment = {
      id: randomUUID(),
      consultationId: record.id,
      submittedAt: ctx.clock.now().toISOString(),
      author,
      body,
      findings: screenPublicText(`${author ?? ''}\n${body}`, lexicon),
      state: 'pending',
      moderatedAt: null,
      moderatedBy: null,
      moderationReason: null,
    };
    await insertComment(trx, comment);
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'consultation.commented',
      subjectType: 'consultationComment',
      subjectId: comment.id,
      agencyId: record.agencyId,
      details: { consultationId: record.id, length: body.length, findings: comment.findings.length },
    });
    return { id: comment.id };
  });
}

/** The agency's consultations as the portal lists them, the latest first (at most `limit`). */
export async function publicConsultations(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; page: number; pageSize: number },
) {
  authorize(actor, 'participation.readPublished');
  const offset = (input.page - 1) * input.pageSize;
  const found = await listConsultations(ctx.db, [input.agencyId], { offset, limit: input.pageSize });
  return { items: await withPhase(ctx.db, ctx.clock.today(), found.items), total: found.total };
}

/** One consultation with the comments staff approved, in the order they came. */
export async function publicConsultation(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; id: string },
): Promise<{ consultation: Consultation; comments: ShownComment[] }> {
  authorize(actor, 'participation.readPublished');
  const record = await loadConsultation(ctx.db, input.id);
  if (record.agencyId !== input.agencyId) throw new DomainError('participation.consultationNotFound');
  const [consultation] = await withPhase(ctx.db, ctx.clock.today(), [record]);
  const approved = await listComments(ctx.db, record.id, { state: 'approved', offset: 0, limit: 500 });
  const comments = approved.items.map(({ id, submittedAt, author, body }) => ({
    id,
    submittedAt,
    author,
    body,
  }));
  return { consultation: consultation!, comments };
}

/** The consultations an item is the draft or the final policy of: the catalogue page links to them. */
export async function consultationsAbout(ctx: ServiceContext, actor: Actor, itemId: string) {
  authorize(actor, 'participation.readPublished');
  return withPhase(ctx.db, ctx.clock.today(), await consultationsOfItem(ctx.db, itemId));
}
