// The review before publication (《条例》第十七条) as the service runs it: screening on every submission (its
// findings stored with the item so each reviewer sees them), each step checked by the core state machine
// against the agency's workflow, every step kept in the item's history and in the audit trail. Publishing
// gives the item its permanent 索引号 and its 发布日期.
import { reviewBodySchema, type ReviewBody } from '../../contracts/publications.ts';
import { isDomainError } from '../../core/errors/index.ts';
import type { Finding } from '../../core/findings.ts';
import { formatIndexNumber, organisationCodeFromCreditCode } from '../../core/publications/index-number.ts';
import type { Publication } from '../../core/publications/publication.ts';
import {
  applyReviewAction,
  checkSeparateApprover,
  type ReviewAction,
} from '../../core/publications/review-workflow.ts';
import { agencyLexicon } from './screening-lexicon.ts';
import { agencyById } from '../../storage/agencies.ts';
import { nextIndexSerial, searchKeyOf, updatePublication } from '../../storage/publications/items.ts';
import { appendReview, listReviews } from '../../storage/publications/reviews.ts';
import { ROLE_LABELS } from '../../core/accounts/roles.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import type { Action } from '../policy/rules.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { loadPublication } from './catalogue.ts';
import { indexPublication } from './indexing.ts';
import { screenItem } from './screening.ts';
import { catalogueSettings } from './settings.ts';

/** The organisation-code part of an 索引号: from the agency's 统一社会信用代码 or its 9-character code. */
export function organisationCode(code: string | null): string {
  if (!code) return '000000000';
  const plain = code.replace('-', '');
  return plain.length === 9 ? plain : organisationCodeFromCreditCode(plain);
}

type Kind = 'submit' | 'review' | 'publish';
// The rule of the rule book each kind of act is; who signs a given review step is then the agency's workflow.
const RULE_OF: Record<Kind, Action> = {
  submit: 'catalogue.submit',
  review: 'catalogue.review',
  publish: 'catalogue.publish',
};

/** `body` is the review body (the contract's), parsed once the actor is authorized. */
async function act(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  kind: Kind,
  body?: unknown,
): Promise<Publication> {
  const { db } = ctx;
  const item = await loadPublication(db, id);
  authorize(actor, RULE_OF[kind], item.agencyId);
  const settings = await catalogueSettings(db, item.agencyId);
  let findings: Finding[] | null = null;
  let resolved: ReviewAction;
  if (kind === 'submit') {
    // The agency's own lexicon (系统管理 → 筛查词库) joins the shipped checks.
    findings = screenItem(item, await agencyLexicon(db, item.agencyId));
    resolved = { type: 'submit', blockingFindings: findings.filter((f) => f.severity === 'error').length };
  } else if (kind === 'publish') {
    resolved = { type: 'publish' };
  } else {
    resolved = parseInput(reviewBodySchema, body);
  }
  const at = ctx.clock.now().toISOString();
  let decision: ReturnType<typeof applyReviewAction>;
  try {
    decision = applyReviewAction(settings.workflow, item.review, resolved, actor.role ?? '', ROLE_LABELS);
    if (resolved.type === 'approve' || resolved.type === 'determine')
      checkSeparateApprover(settings.workflow, await listReviews(db, id), item.review.round, actor.userId);
  } catch (error) {
    // The findings of a submission refused for them are kept: the clerk sees what to fix.
    if (findings && isDomainError(error) && error.code === 'publications.screeningBlocked') {
      const blocked = findings;
      await transact(db, async (trx) => {
        await updatePublication(trx, { ...item, screeningFindings: blocked, screenedAt: at, updatedAt: at });
        await recordChange(trx, actor, {
          at: ctx.clock.now(),
          action: 'publication.screeningBlocked',
          subjectType: 'publication',
          subjectId: id,
          agencyId: item.agencyId,
          details: { findings: blocked.length },
        });
      });
    }
    throw error;
  }
  const { next, record } = decision;
  const updated: Publication = {
    ...item,
    review: next,
    ...(findings ? { screeningFindings: findings, screenedAt: at } : {}),
    updatedAt: at,
  };
  await transact(db, async (trx) => {
    if (resolved.type === 'publish') {
      const agency = await agencyById(trx, item.agencyId);
      // 发布日期 is the day in China, not in UTC: an item published at 07:00 Beijing time is published that day.
      const publishedOn = ctx.clock.today();
      const year = Number(publishedOn.slice(0, 4));
      updated.publishedOn = publishedOn;
      updated.indexNumber = formatIndexNumber(settings.indexPattern, {
        organisationCode: organisationCode(agency?.code ?? null),
        year,
        serial: await nextIndexSerial(trx, item.agencyId, year),
      });
    }
    await updatePublication(trx, updated);
    await indexPublication(trx, await searchKeyOf(trx, id), updated);
    const seq = await appendReview(trx, id, { ...record, actorUserId: actor.userId, actor: actor.name, at });
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: `publication.${record.action}`,
      subjectType: 'publication',
      subjectId: id,
      agencyId: item.agencyId,
      details: { ...record, seq, indexNumber: updated.indexNumber, findings: findings?.length ?? undefined },
    });
  });
  return updated;
}

/** Screens the item and sends it to the first review step; blocking findings refuse it. */
export function submitForReview(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string },
): Promise<Publication> {
  return act(ctx, actor, input.id, 'submit');
}

/** Approve, return (with a comment), refer for determination, or record the determination, at the step due. */
export function reviewStep(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; action: ReviewBody | unknown },
): Promise<Publication> {
  return act(ctx, actor, input.id, 'review', input.action);
}

/** Publishes an item that passed every step: gives its 索引号 and 发布日期. */
export function publish(ctx: ServiceContext, actor: Actor, input: { id: string }): Promise<Publication> {
  return act(ctx, actor, input.id, 'publish');
}
