// Consultations on drafts and the public's comments (migration 220). Rows map to the contract's types; the phase
// and the comment counts are the service's (they depend on today and on a second query).
import type { Selectable } from 'kysely';
import type { Comment, Consultation, PublishedFeedback } from '../../contracts/participation.ts';
import type { Finding } from '../../core/findings.ts';
import type { Db } from '../publications/db.ts';
import { toNumber } from '../rows.ts';
import type { ConsultationCommentTable, ConsultationTable } from './tables.ts';

export type ConsultationRecord = Omit<Consultation, 'phase' | 'phaseLabel' | 'comments'> & {
  createdBy: string;
};

function toConsultation(row: Selectable<ConsultationTable>): ConsultationRecord {
  return {
    id: row.id,
    agencyId: row.agency_id,
    itemId: row.item_id,
    title: row.title,
    description: row.description,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    majorDecision: row.major_decision === 1,
    shortenedReason: row.shortened_reason,
    feedback: row.feedback === null ? null : (JSON.parse(row.feedback) as PublishedFeedback),
    feedbackOn: row.feedback_on,
    finalItemId: row.final_item_id,
    createdBy: row.created_by,
  };
}

function toComment(row: Selectable<ConsultationCommentTable>): Comment {
  return {
    id: row.id,
    consultationId: row.consultation_id,
    submittedAt: row.submitted_at,
    author: row.author,
    body: row.body,
    findings: JSON.parse(row.findings) as Finding[],
    state: row.state as Comment['state'],
    moderatedAt: row.moderated_at,
    moderatedBy: row.moderated_by,
    moderationReason: row.moderation_reason,
  };
}

export async function insertConsultation(db: Db, c: ConsultationRecord, createdAt: string): Promise<void> {
  await db
    .insertInto('consultations')
    .values({
      id: c.id,
      agency_id: c.agencyId,
      item_id: c.itemId,
      title: c.title,
      description: c.description,
      opens_on: c.opensOn,
      closes_on: c.closesOn,
      major_decision: c.majorDecision ? 1 : 0,
      shortened_reason: c.shortenedReason,
      feedback: null,
      feedback_on: null,
      final_item_id: null,
      created_at: createdAt,
      created_by: c.createdBy,
    })
    .execute();
}

export async function consultationById(db: Db, id: string): Promise<ConsultationRecord | undefined> {
  const row = await db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toConsultation(row);
}

/** The agency's consultations, the latest opened first. */
export async function listConsultations(
  db: Db,
  agencyIds: readonly string[],
  page: { offset: number; limit: number },
): Promise<{ items: ConsultationRecord[]; total: number }> {
  if (agencyIds.length === 0) return { items: [], total: 0 };
  const base = db.selectFrom('consultations').where('agency_id', 'in', agencyIds);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('opens_on', 'desc')
      .orderBy('id')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toConsultation), total: toNumber(count.n) };
}

/** The consultations whose draft, or whose final policy, is the item. */
export async function consultationsOfItem(db: Db, itemId: string): Promise<ConsultationRecord[]> {
  const rows = await db
    .selectFrom('consultations')
    .selectAll()
    .where((eb) => eb.or([eb('item_id', '=', itemId), eb('final_item_id', '=', itemId)]))
    .orderBy('opens_on')
    .execute();
  return rows.map(toConsultation);
}

export async function saveFeedback(
  db: Db,
  id: string,
  feedback: PublishedFeedback,
  on: string,
  finalItemId: string | null,
): Promise<void> {
  await db
    .updateTable('consultations')
    .set({ feedback: JSON.stringify(feedback), feedback_on: on, final_item_id: finalItemId })
    .where('id', '=', id)
    .execute();
}

export async function commentCounts(
  db: Db,
  consultationIds: readonly string[],
): Promise<Map<string, Consultation['comments']>> {
  const counts = new Map<string, Consultation['comments']>();
  for (const id of consultationIds) counts.set(id, { pending: 0, approved: 0, rejected: 0 });
  if (consultationIds.length === 0) return counts;
  const rows = await db
    .selectFrom('consultation_comments')
    .select(['consultation_id', 'state', (eb) => eb.fn.countAll().as('n')])
    .where('consultation_id', 'in', consultationIds)
    .groupBy(['consultation_id', 'state'])
    .execute();
  for (const row of rows) {
    const entry = counts.get(row.consultation_id)!;
    entry[row.state as Comment['state']] = toNumber(row.n);
  }
  return counts;
}

export async function insertComment(db: Db, c: Comment): Promise<void> {
  await db
    .insertInto('consultation_comments')
    .values({
      id: c.id,
      consultation_id: c.consultationId,
      submitted_at: c.submittedAt,
      author: c.author,
      body: c.body,
      findings: JSON.stringify(c.findings),
      state: c.state,
      moderated_at: null,
      moderated_by: null,
      moderation_reason: null,
    })
    .execute();
}

export async function commentById(db: Db, id: string): Promise<Comment | undefined> {
  const row = await db
    .selectFrom('consultation_comments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toComment(row);
}

/**
 * Sets the moderation of a pending comment. Returns false when it was no longer pending (someone moderated it
 * first): the state is the condition, so two moderators never both decide.
 */
export async function moderateComment(
  db: Db,
  id: string,
  change: { state: 'approved' | 'rejected'; at: string; by: string; reason: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('consultation_comments')
    .set({
      state: change.state,
      moderated_at: change.at,
      moderated_by: change.by,
      moderation_reason: change.reason,
    })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

export async function listComments(
  db: Db,
  consultationId: string,
  filter: { state?: Comment['state']; offset: number; limit: number },
): Promise<{ items: Comment[]; total: number }> {
  let base = db.selectFrom('consultation_comments').where('consultation_id', '=', consultationId);
  if (filter.state) base = base.where('state', '=', filter.state);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('submitted_at')
      .orderBy('id')
      .offset(filter.offset)
      .limit(filter.limit)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toComment), total: toNumber(count.n) };
}
