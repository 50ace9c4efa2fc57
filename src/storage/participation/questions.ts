// Questions the public asks on the portal and their answers (migration 220).
import type { Selectable } from 'kysely';
import type { Question } from '../../contracts/participation.ts';
import type { Finding } from '../../core/findings.ts';
import type { Db } from '../publications/db.ts';
import { toNumber } from '../rows.ts';
import type { PublicQuestionTable } from './tables.ts';

export type QuestionRecord = Omit<Question, 'workingDaysLeft' | 'stateLabel'>;

function toQuestion(row: Selectable<PublicQuestionTable>): QuestionRecord {
  return {
    id: row.id,
    agencyId: row.agency_id,
    number: row.number,
    askedAt: row.asked_at,
    receivedOn: row.received_on,
    dueOn: row.due_on,
    asker: row.asker,
    contact: row.contact,
    title: row.title,
    body: row.body,
    findings: JSON.parse(row.findings) as Finding[],
    state: row.state as Question['state'],
    answer: row.answer,
    answeredOn: row.answered_on,
    answeredBy: row.answered_by,
    published: row.published === 1,
    requestId: row.request_id,
  };
}

export async function insertQuestion(db: Db, q: QuestionRecord): Promise<void> {
  await db
    .insertInto('public_questions')
    .values({
      id: q.id,
      agency_id: q.agencyId,
      number: q.number,
      asked_at: q.askedAt,
      received_on: q.receivedOn,
      due_on: q.dueOn,
      asker: q.asker,
      contact: q.contact,
      title: q.title,
      body: q.body,
      findings: JSON.stringify(q.findings),
      state: q.state,
      answer: null,
      answered_on: null,
      answered_by: null,
      published: 0,
      request_id: null,
    })
    .execute();
}

/** The next question number of a year on the whole platform (the numbers run per year, without gaps). */
export async function nextQuestionSerial(db: Db, year: number): Promise<number> {
  const row = await db
    .insertInto('question_serials')
    .values({ year, last_serial: 1 })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet((eb) => ({ last_serial: eb('question_serials.last_serial', '+', 1) })),
    )
    .returning('last_serial')
    .executeTakeFirstOrThrow();
  return toNumber(row.last_serial);
}

export async function questionById(db: Db, id: string): Promise<QuestionRecord | undefined> {
  const row = await db.selectFrom('public_questions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toQuestion(row);
}

export async function questionByNumber(db: Db, number: string): Promise<QuestionRecord | undefined> {
  const row = await db
    .selectFrom('public_questions')
    .selectAll()
    .where('number', '=', number)
    .executeTakeFirst();
  return row && toQuestion(row);
}

/** Closes an open question with its answer or its request; false when it was no longer open. */
export async function closeQuestion(
  db: Db,
  id: string,
  change: Pick<QuestionRecord, 'state' | 'answer' | 'answeredOn' | 'answeredBy' | 'published' | 'requestId'>,
): Promise<boolean> {
  const result = await db
    .updateTable('public_questions')
    .set({
      state: change.state,
      answer: change.answer,
      answered_on: change.answeredOn,
      answered_by: change.answeredBy,
      published: change.published ? 1 : 0,
      request_id: change.requestId,
    })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

export interface QuestionFilter {
  agencyIds: readonly string[];
  state?: Question['state'];
  dueBefore?: string;
  dueTo?: string;
  offset: number;
  limit: number;
}

export async function listQuestions(
  db: Db,
  f: QuestionFilter,
): Promise<{ items: QuestionRecord[]; total: number }> {
  if (f.agencyIds.length === 0) return { items: [], total: 0 };
  let base = db.selectFrom('public_questions').where('agency_id', 'in', f.agencyIds);
  if (f.state) base = base.where('state', '=', f.state);
  if (f.dueBefore) base = base.where('due_on', '<', f.dueBefore);
  if (f.dueTo) base = base.where('due_on', '<=', f.dueTo);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('due_on').orderBy('number').offset(f.offset).limit(f.limit).execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toQuestion), total: toNumber(count.n) };
}

/**
 * The agency's published questions, the latest answered first; `words` (each must occur in the title, the
 * question or the answer; LIKE's wildcards are dropped from them) narrows them. A LIKE scan: an agency's answered questions number in the hundreds.
 */
export async function publishedQuestions(
  db: Db,
  agencyId: string,
  filter: { words: readonly string[]; offset: number; limit: number },
): Promise<{ items: QuestionRecord[]; total: number }> {
  let base = db.selectFrom('public_questions').where('agency_id', '=', agencyId).where('published', '=', 1);
  for (const word of filter.words) {
    const pattern = `%${word.replace(/[\\%_]/g, '')}%`;
    base = base.where((eb) =>
      eb.or([
        eb('title', 'like', eb.val(pattern)),
        eb('body', 'like', eb.val(pattern)),
        eb('answer', 'like', eb.val(pattern)),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('answered_on', 'desc')
      .orderBy('number', 'desc')
      .offset(filter.offset)
      .limit(filter.limit)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toQuestion), total: toNumber(count.n) };
}

/** The year's engagement figures of an agency: consultations opened, comments received, questions received and answered. */
export async function engagementCounts(
  db: Db,
  agencyId: string,
  year: number,
): Promise<{ consultations: number; comments: number; questions: number; answered: number }> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [consultations, comments, questions, answered] = await Promise.all([
    db
      .selectFrom('consultations')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('agency_id', '=', agencyId)
      .where('opens_on', '>=', from)
      .where('opens_on', '<=', to)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('consultation_comments')
      .innerJoin('consultations', 'consultations.id', 'consultation_comments.consultation_id')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('consultations.agency_id', '=', agencyId)
      .where('consultation_comments.submitted_at', '>=', from)
      .where('consultation_comments.submitted_at', '<', `${year + 1}-01-01`)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('public_questions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('agency_id', '=', agencyId)
      .where('received_on', '>=', from)
      .where('received_on', '<=', to)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('public_questions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('agency_id', '=', agencyId)
      .where('state', '=', 'answered')
      .where('answered_on', '>=', from)
      .where('answered_on', '<=', to)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    consultations: toNumber(consultations.n),
    comments: toNumber(comments.n),
    questions: toNumber(questions.n),
    answered: toNumber(answered.n),
  };
}
