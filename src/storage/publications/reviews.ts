// An item's review history (《条例》第十七条): one row per step taken, numbered within the item.
import type { ReviewEntry } from '../../core/publications/publication.ts';
import type { ReviewStepKey } from '../../core/publications/review-workflow.ts';
import type { Db } from './db.ts';

export async function appendReview(
  trx: Db,
  publicationId: string,
  review: Omit<ReviewEntry, 'seq'>,
): Promise<number> {
  const last = await trx
    .selectFrom('publication_reviews')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('publication_id', '=', publicationId)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await trx
    .insertInto('publication_reviews')
    .values({
      publication_id: publicationId,
      seq,
      action: review.action,
      step: review.step,
      step_label: review.stepLabel,
      role: review.role,
      actor_user_id: review.actorUserId,
      actor: review.actor,
      round: review.round,
      comment: review.comment,
      referred_to: review.referredTo,
      from_status: review.from,
      to_status: review.to,
      at: review.at,
    })
    .execute();
  return seq;
}

export async function listReviews(db: Db, publicationId: string): Promise<ReviewEntry[]> {
  const rows = await db
    .selectFrom('publication_reviews')
    .selectAll()
    .where('publication_id', '=', publicationId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    action: r.action as ReviewEntry['action'],
    step: r.step as ReviewStepKey | null,
    stepLabel: r.step_label,
    role: r.role,
    actorUserId: r.actor_user_id,
    actor: r.actor,
    round: Number(r.round),
    comment: r.comment,
    referredTo: r.referred_to,
    from: r.from_status as ReviewEntry['from'],
    to: r.to_status as ReviewEntry['to'],
    at: r.at,
  }));
}
