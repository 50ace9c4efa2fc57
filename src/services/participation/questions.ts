// 回应关切 / 政民互动 (issue 14): the public asks the agency a question on the portal; staff answer it within the
// configured number of working days (ctx.calendar; core/participation/options.ts), and the answer is published
// unless staff keep it private. A question that is really a request for government information is turned into
// one, received on the day the question was (《条例》第三十一条: the day the agency received it).
import { randomUUID } from 'node:crypto';
import {
  answerBody,
  askInput,
  convertBody,
  QUESTION_STATE_LABELS,
  type AnswerInput,
  type AskInput,
  type ConvertInput,
  type PublicQuestion,
  type Question,
} from '../../contracts/participation.ts';
import { dayOf, isoOf } from '../../core/calendar/days.ts';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';
import { DomainError } from '../../core/errors/index.ts';
import { checkPublicText, PUBLIC_NAME_MAX, screenPublicText } from '../../core/participation/public-text.ts';
import { signedWorkingDays } from '../../core/requests/clock.ts';
import {
  closeQuestion,
  insertQuestion,
  listQuestions,
  publishedQuestions,
  questionById,
  questionByNumber,
  nextQuestionSerial,
  type QuestionRecord,
} from '../../storage/participation/questions.ts';
import type { Transaction } from 'kysely';
import type { Database } from '../../storage/tables.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import { withDb, type ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { agenciesToList, authorize } from '../policy/authorize.ts';
import { agencyLexicon } from '../publications/screening-lexicon.ts';
import { registerRequest } from '../requests/intake.ts';
import { parseInput } from '../validation.ts';

const by = (actor: Actor) => (actor.kind === 'staff' ? actor.displayName : '系统');

function shown(calendar: WorkingCalendar, today: string, q: QuestionRecord): Question {
  return {
    ...q,
    stateLabel: QUESTION_STATE_LABELS[q.state],
    workingDaysLeft: q.state === 'open' ? signedWorkingDays(calendar, dayOf(today), dayOf(q.dueOn)) : null,
  };
}

/** The question is registered on the day it is asked; the answer is due the configured working days later. */
export async function askQuestion(
  ctx: ServiceContext,
  actor: Actor,
  input: AskInput,
): Promise<{ number: string; dueOn: string }> {
  authorize(actor, 'participation.ask');
  const data = parseInput(askInput, input);
  // In the order of the form's fields: the first problem is the one the person reads first.
  const title = checkPublicText(data.title, '标题', 100);
  const body = checkPublicText(data.body, '留言内容');
  const asker = checkPublicText(data.asker, '姓名或称呼', PUBLIC_NAME_MAX);
  const contact = data.contact.trim() ? checkPublicText(data.contact, '联系方式', 200) : null;
  const calendar = await ctx.calendar.current();
  const today = ctx.clock.today();
  const dueOn = isoOf(calendar.addDays(dayOf(today), ctx.settings.participation.answerWorkingDays));
  return transact(ctx.db, async (trx) => {
    const year = Number(today.slice(0, 4));
    const serial = await nextQuestionSerial(trx, year);
    const question: QuestionRecord = {
      id: randomUUID(),
      agencyId: data.agencyId,
      number: `问${year}-${String(serial).padStart(6, '0')}`,
      askedAt: ctx.clock.now().toISOString(),
      receivedOn: today,
      dueOn,
      asker,
      contact,
      title,
      body,
      findings: screenPublicText(`${title}\n${body}`, await agencyLexicon(trx, data.agencyId)),
      state: 'open',
      answer: null,
      answeredOn: null,
      answeredBy: null,
      published: false,
      requestId: null,
    };
    await insertQuestion(trx, question);
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'question.asked',
      subjectType: 'question',
      subjectId: question.id,
      agencyId: data.agencyId,
      details: { number: question.number, dueOn },
    });
    return { number: question.number, dueOn };
  });
}

/** The questions of the agencies the actor reads, by due day, with the overdue and due-soon counts of open ones. */
export async function listAgencyQuestions(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId?: string; state?: Question['state']; page: number; pageSize: number },
) {
  const agencyIds = agenciesToList(actor, 'participation.read', input.agencyId);
  const calendar = await ctx.calendar.current();
  const today = ctx.clock.today();
  const offset = (input.page - 1) * input.pageSize;
  const [found, deadlines] = await Promise.all([
    listQuestions(ctx.db, { agencyIds, state: input.state, offset, limit: input.pageSize }),
    questionDeadlines(ctx, agencyIds),
  ]);
  return {
    items: found.items.map((q) => shown(calendar, today, q)),
    total: found.total,
    page: input.page,
    pageSize: input.pageSize,
    ...deadlines,
  };
}

/**
 * How many open questions of these agencies are past their answer day, and how many more fall due within the set
 * number of working days (the warning a list and 工作台 show, as for requests). The caller has authorised the read.
 */
export async function questionDeadlines(
  ctx: ServiceContext,
  agencyIds: readonly string[],
): Promise<{ overdue: number; dueSoon: number }> {
  const calendar = await ctx.calendar.current();
  const today = ctx.clock.today();
  const dueSoonUntil = isoOf(calendar.addDays(dayOf(today), ctx.settings.participation.dueSoonWorkingDays));
  const [overdue, dueSoon] = await Promise.all([
    listQuestions(ctx.db, { agencyIds, state: 'open', dueBefore: today, offset: 0, limit: 0 }),
    listQuestions(ctx.db, { agencyIds, state: 'open', dueTo: dueSoonUntil, offset: 0, limit: 0 }),
  ]);
  return { overdue: overdue.total, dueSoon: dueSoon.total - overdue.total };
}

async function loadQuestion(ctx: ServiceContext, id: string): Promise<QuestionRecord> {
  const found = await questionById(ctx.db, id);
  if (!found) throw new DomainError('participation.questionNotFound');
  return found;
}

export async function showQuestion(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string },
): Promise<Question> {
  const q = await loadQuestion(ctx, input.id);
  authorize(actor, 'participation.read', q.agencyId);
  return shown(await ctx.calendar.current(), ctx.clock.today(), q);
}

async function close(
  ctx: ServiceContext,
  trx: Transaction<Database>,
  actor: Actor,
  q: QuestionRecord,
  change: Parameters<typeof closeQuestion>[2],
  action: string,
): Promise<Question> {
  if (!(await closeQuestion(trx, q.id, change)))
    throw new DomainError('participation.questionClosed', { state: '由他人办理' });
  await recordChange(trx, actor, {
    at: ctx.clock.now(),
    action,
    subjectType: 'question',
    subjectId: q.id,
    agencyId: q.agencyId,
    details: { number: q.number, ...change },
  });
  return shown(await ctx.calendar.current(), ctx.clock.today(), { ...q, ...change });
}

function requireOpen(q: QuestionRecord): void {
  if (q.state !== 'open')
    throw new DomainError('participation.questionClosed', { state: QUESTION_STATE_LABELS[q.state] });
}

export async function answerQuestion(
  ctx: ServiceContext,
  actor: Actor,
  input: AnswerInput & { id: string },
): Promise<Question> {
  const { id, ...body } = input;
  return transact(ctx.db, async (trx) => {
    const scoped = withDb(ctx, trx);
    const q = await loadQuestion(scoped, id);
    authorize(actor, 'participation.answer', q.agencyId);
    const data = parseInput(answerBody, body);
    requireOpen(q);
    const change = {
      state: 'answered' as const,
      answer: data.answer,
      answeredOn: ctx.clock.today(),
      answeredBy: by(actor),
      published: data.publish,
      requestId: null,
    };
    return close(scoped, trx, actor, q, change, 'question.answered');
  });
}

/**
 * Turns the question into a request for government information (《条例》第二十七条), registered as received on
 * the day the question was and through the online channel; the question closes, pointing at the request.
 */
export async function convertQuestion(
  ctx: ServiceContext,
  actor: Actor,
  input: ConvertInput & { id: string },
): Promise<{ question: Question; requestId: string; registrationNumber: string }> {
  const { id, ...body } = input;
  return transact(ctx.db, async (trx) => {
    const scoped = withDb(ctx, trx);
    const q = await loadQuestion(scoped, id);
    authorize(actor, 'participation.answer', q.agencyId);
    const data = parseInput(convertBody, body);
    requireOpen(q);
    const ack = await registerRequest(scoped, actor, {
      agencyId: q.agencyId,
      channel: 'online',
      arrivedOn: q.receivedOn,
      confirmedOn: q.receivedOn,
      applicant: { kind: data.applicantKind, name: q.asker, contact: data.contact },
      informationSought: `${q.title}\n${q.body}`,
      formWanted: data.formWanted,
    });
    const change = {
      state: 'converted' as const,
      answer: null,
      answeredOn: ctx.clock.today(),
      answeredBy: by(actor),
      published: false,
      requestId: ack.request.id,
    };
    const question = await close(scoped, trx, actor, q, change, 'question.converted');
    return { question, requestId: ack.request.id, registrationNumber: ack.request.registrationNumber };
  });
}

const toPublic = (q: QuestionRecord): PublicQuestion => ({
  number: q.number,
  receivedOn: q.receivedOn,
  title: q.title,
  body: q.body,
  answer: q.answer ?? '',
  answeredOn: q.answeredOn ?? '',
});

/** The agency's published questions and answers; `query` (words separated by spaces) searches them. */
export async function publicQuestions(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; query: string; page: number; pageSize: number },
): Promise<{ items: PublicQuestion[]; total: number }> {
  authorize(actor, 'participation.readPublished');
  const words = input.query.split(/\s+/).filter(Boolean).slice(0, 5);
  const offset = (input.page - 1) * input.pageSize;
  const found = await publishedQuestions(ctx.db, input.agencyId, { words, offset, limit: input.pageSize });
  return { items: found.items.map(toPublic), total: found.total };
}

export async function publicQuestion(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; number: string },
): Promise<PublicQuestion> {
  authorize(actor, 'participation.readPublished');
  const q = await questionByNumber(ctx.db, input.number);
  if (!q || q.agencyId !== input.agencyId || !q.published)
    throw new DomainError('participation.questionNotFound');
  return toPublic(q);
}
