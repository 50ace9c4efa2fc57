// The annual report's review before publication (issue 11; 《条例》第四十九条、第五十条): the disclosure office submits
// the report — built now and frozen, so what is reviewed is what is published —, the head of the office reviews it
// (approve, or return it to draft with a comment), and a leader signs it off, which publishes that frozen report
// (recordPublication) and files it in the catalogue under 年报, in one transaction. Three people: the reviewer is
// not the submitter, the signer not the reviewer. A figure in the prose contradicting the tables (N-1) stops it
// unless a reason is given. Each step names the state it expects; a report someone else moved meanwhile is refused.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import {
  reviewReportInput,
  signOffReportInput,
  submitReportInput,
  type ReviewReportInput,
  type SignOffReportInput,
  type SubmitReportInput,
  type WorkflowView,
} from '../../contracts/report-workflow.ts';
import { DomainError } from '../../core/errors/index.ts';
import { latestVersion } from '../../storage/annual-report-publications.ts';
import {
  appendStep,
  insertCycle,
  recordReview,
  recordSignOff,
  resubmitCycle,
  reviewCycles,
  stepsOf,
  type PersonStamp,
  type ReviewCycle,
  type StepAction,
} from '../../storage/annual-report-reviews.ts';
import { isUniqueViolation } from '../../storage/rows.ts';
import type { Database } from '../../storage/tables.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import { withDb, type ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { buildReport } from './build.ts';
import { fileReportInCatalogue } from './catalogue-entry.ts';
import { contradictions, passGate } from './workflow-gate.ts';
import { recordPublication } from './publish.ts';
import { workflowView } from './workflow-view.ts';

interface Where {
  agencyId: string;
  year: number;
}

/** The state now and every cycle; for whoever may see the agency's report. */
export async function readWorkflow(ctx: ServiceContext, actor: Actor, input: Where): Promise<WorkflowView> {
  authorize(actor, 'reports.build', input.agencyId);
  const cycles = await reviewCycles(ctx.db, input.agencyId, input.year);
  const steps = await stepsOf(
    ctx.db,
    cycles.map((c) => c.id),
  );
  const versions = await latestVersion(ctx.db, input.agencyId, input.year);
  return workflowView({ agencyId: input.agencyId, year: input.year }, cycles, steps, versions);
}

export async function submitReport(
  ctx: ServiceContext,
  actor: Actor,
  input: SubmitReportInput,
): Promise<WorkflowView> {
  authorize(actor, 'reports.submit', input.agencyId);
  const data = yearOver(ctx, parseInput(submitReportInput, input));
  await transact(ctx.db, async (trx) => {
    const latest = await current(trx, data, data.expectedState);
    const published = await latestVersion(trx, data.agencyId, data.year);
    const correctionNote = data.correctionNote ?? null;
    // Checked here, at the first step, rather than only when the leader signs (recordPublication checks it too).
    if (published > 0 && correctionNote === null)
      throw new DomainError('reports.correctionNoteRequired', { year: data.year });
    if (published === 0 && correctionNote !== null)
      throw new DomainError('reports.correctionNoteUnexpected', { year: data.year });
    // The tables as the data stand now (T4-4: 尚未审结 as of today), read in this transaction, with every finding.
    const where = { agencyId: data.agencyId, year: data.year };
    const { report, findings } = await buildReport(withDb(ctx, trx), actor, where);
    const overrideReason = passGate(findings, data.overrideReason, '提交');
    const submission = { report, findings, correctionNote, overrideReason, submitted: stampOf(ctx, actor) };
    let cycle: number;
    if (latest?.state === 'draft') {
      cycle = latest.cycle;
      if (!(await resubmitCycle(trx, latest.id, submission)))
        throw new DomainError('platform.concurrentChange');
      await step(trx, ctx, actor, latest.id, 'submitted', null);
    } else {
      cycle = (latest?.cycle ?? 0) + 1;
      const id = randomUUID();
      await insertCycle(trx, { id, agencyId: data.agencyId, year: data.year, cycle, ...submission }).catch(
        (error: unknown) => {
          throw isUniqueViolation(error) ? new DomainError('platform.concurrentChange') : error;
        },
      );
      await step(trx, ctx, actor, id, 'submitted', null);
    }
    await audit(trx, ctx, actor, data, 'annualReport.submitted', {
      cycle,
      correctionNote,
      overrideReason,
      contradictions: contradictions(findings).length,
    });
  });
  return readWorkflow(ctx, actor, data);
}

export async function reviewReport(
  ctx: ServiceContext,
  actor: Actor,
  input: ReviewReportInput,
): Promise<WorkflowView> {
  authorize(actor, 'reports.review', input.agencyId);
  const data = parseInput(reviewReportInput, input);
  await transact(ctx.db, async (trx) => {
    const latest = (await current(trx, data, 'inReview'))!;
    if (sameUser(latest.submitted, actor))
      throw new DomainError('reports.reviewerIsSubmitter', { name: latest.submitted.by });
    const approve = data.decision === 'approve';
    const comment = data.comment || null;
    const recorded = await recordReview(trx, latest.id, {
      next: approve ? 'awaitingSignOff' : 'draft',
      reviewed: stampOf(ctx, actor),
      comment,
    });
    if (!recorded) throw new DomainError('platform.concurrentChange');
    await step(trx, ctx, actor, latest.id, approve ? 'approved' : 'returned', comment);
    await audit(trx, ctx, actor, data, approve ? 'annualReport.reviewed' : 'annualReport.returned', {
      cycle: latest.cycle,
      comment,
    });
  });
  return readWorkflow(ctx, actor, data);
}

/** 签发: the leader publishes the frozen report as the next version and files it in the catalogue. */
export async function signOffReport(
  ctx: ServiceContext,
  actor: Actor,
  input: SignOffReportInput,
): Promise<WorkflowView> {
  authorize(actor, 'reports.signOff', input.agencyId);
  const data = yearOver(ctx, parseInput(signOffReportInput, input));
  await transact(ctx.db, async (trx) => {
    const latest = (await current(trx, data, 'awaitingSignOff'))!;
    if (latest.reviewed && sameUser(latest.reviewed, actor))
      throw new DomainError('reports.signerIsReviewer', { name: latest.reviewed.by });
    const overrideReason = passGate(latest.findings, data.overrideReason, '签发');
    const publication = await recordPublication(trx, ctx, actor, {
      agencyId: data.agencyId,
      report: latest.report,
      correctionNote: latest.correctionNote,
    });
    const previousItem = (await reviewCycles(trx, data.agencyId, data.year)).find((c) => c.catalogueItemId);
    const catalogueItemId = await fileReportInCatalogue(trx, ctx, actor, {
      agencyId: data.agencyId,
      year: data.year,
      title: latest.report.title ?? `${data.year}年政府信息公开工作年度报告`,
      version: publication.version,
      publishedOn: publication.publishedOn,
      correctionNote: publication.correctionNote,
      itemId: previousItem?.catalogueItemId ?? null,
    });
    const signed = await recordSignOff(trx, latest.id, {
      signed: stampOf(ctx, actor),
      overrideReason,
      publicationId: publication.id,
      catalogueItemId,
    });
    if (!signed) throw new DomainError('platform.concurrentChange');
    await step(trx, ctx, actor, latest.id, 'signedOff', null);
    await audit(trx, ctx, actor, data, 'annualReport.signedOff', {
      cycle: latest.cycle,
      version: publication.version,
      publicationId: publication.id,
      catalogueItemId,
      overrideReason,
    });
  });
  return readWorkflow(ctx, actor, data);
}

/** 《条例》第四十九条: the report covers a whole calendar year, so it is submitted and published after it. */
function yearOver<T extends Where>(ctx: ServiceContext, data: T): T {
  const thisYear = Number(ctx.clock.today().slice(0, 4));
  if (data.year >= thisYear) throw new DomainError('reports.yearNotOver', { year: data.year });
  return data;
}

/** The latest cycle, when the state is the one the step expects; otherwise someone else moved the report. */
async function current(
  trx: Transaction<Database>,
  where: Where,
  expected: string,
): Promise<ReviewCycle | undefined> {
  const [latest] = await reviewCycles(trx, where.agencyId, where.year);
  if ((latest?.state ?? 'draft') !== expected) throw new DomainError('platform.concurrentChange');
  return latest;
}

function stampOf(ctx: ServiceContext, actor: Actor): PersonStamp {
  return {
    at: ctx.clock.now().toISOString(),
    by: actor.kind === 'staff' ? actor.displayName : '系统',
    byUserId: actor.userId,
  };
}

/** The same signed-in person (the operator's system actor has no user to compare). */
function sameUser(stamp: PersonStamp, actor: Actor): boolean {
  return stamp.byUserId !== null && stamp.byUserId === actor.userId;
}

async function step(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  actor: Actor,
  reviewId: string,
  action: StepAction,
  comment: string | null,
): Promise<void> {
  const { at, by } = stampOf(ctx, actor);
  await appendStep(trx, reviewId, { action, at, actor: by, actorUserId: actor.userId, comment });
}

function audit(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  actor: Actor,
  where: Where,
  action: string,
  details: Record<string, unknown>,
): Promise<number> {
  return recordChange(trx, actor, {
    at: ctx.clock.now(),
    action,
    subjectType: 'annualReport',
    subjectId: `${where.agencyId}/${where.year}`,
    agencyId: where.agencyId,
    details: { year: where.year, ...details },
  });
}
