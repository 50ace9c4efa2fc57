// The administrator's view of the agency's review steps (part of the catalogue settings, settings.ts): read them,
// and save which steps there are, their names and the roles that take each. An item in review points at its step
// by position, so adding or removing steps waits until no item is in review; names and roles may change any time
// (the next action is checked against the roles as they are then).
import { DomainError } from '../../core/errors/index.ts';
import {
  reviewWorkflowBody,
  type ReviewWorkflowBody,
  type ReviewWorkflowResponse,
} from '../../contracts/review-workflow.ts';
import { itemsInReview } from '../../storage/review-workflow-usage.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { catalogueSettings, saveCatalogueSettings } from './settings.ts';

function agencyOf(actor: Actor, agencyId: string | undefined): string {
  const id = agencyId ?? actor.agencyId;
  if (!id) throw new DomainError('platform.agencyNotFound', { agency: '' });
  return id;
}

export async function reviewWorkflowSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId?: string } = {},
): Promise<ReviewWorkflowResponse> {
  authorize(actor, 'catalogue.settings', input.agencyId ?? actor.agencyId ?? undefined);
  const agencyId = agencyOf(actor, input.agencyId);
  const settings = await catalogueSettings(ctx.db, agencyId);
  return {
    workflow: parseInput(reviewWorkflowBody, settings.workflow),
    itemsInReview: await itemsInReview(ctx.db, agencyId),
  };
}

export async function saveReviewWorkflow(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId?: string; workflow: ReviewWorkflowBody },
): Promise<ReviewWorkflowResponse> {
  authorize(actor, 'catalogue.settings', input.agencyId ?? actor.agencyId ?? undefined);
  const agencyId = agencyOf(actor, input.agencyId);
  const workflow = parseInput(reviewWorkflowBody, input.workflow);
  const current = await catalogueSettings(ctx.db, agencyId);
  const keys = (w: { steps: { key: string }[] }) => w.steps.map((s) => s.key).join(',');
  const inReview = await itemsInReview(ctx.db, agencyId);
  if (keys(current.workflow) !== keys(workflow) && inReview > 0)
    throw new DomainError('publications.workflowInUse', { count: inReview });
  const saved = await saveCatalogueSettings(ctx, actor, { agencyId, settings: { ...current, workflow } });
  return { workflow: parseInput(reviewWorkflowBody, saved.workflow), itemsInReview: inReview };
}
