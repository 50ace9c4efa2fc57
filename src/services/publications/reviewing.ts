// Where an item stands in its agency's review workflow (《条例》第十七条) and what the person asking may do with it
// now. The workflow — which steps, taken by which roles — is the agency's setting, so this is decided here on the
// server and never guessed in the browser: the console only shows the doors this answer opens.
import { ROLE_LABELS, type Role } from '../../core/accounts/roles.ts';
import { isDomainError } from '../../core/errors/index.ts';
import type { Publication } from '../../core/publications/publication.ts';
import type { ReviewStep } from '../../core/publications/review-workflow.ts';
import { listPublications } from '../../storage/publications/items.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../database.ts';
import type { Action } from '../policy/rules.ts';
import { authorize } from '../policy/authorize.ts';
import { catalogueSettings, type CatalogueSettings } from './settings.ts';

export interface StepView {
  key: ReviewStep['key'];
  label: string;
  /** Chinese names of the roles that may take the step. */
  roles: string[];
}

export interface ReviewPosition {
  steps: StepView[];
  /** The step now due (in review or referred), or null. */
  dueStep: StepView | null;
  /** What this actor may do with the item now. */
  may: {
    edit: boolean;
    submit: boolean;
    review: boolean;
    publish: boolean;
    channel: boolean;
    attach: boolean;
  };
}

function stepView(step: ReviewStep): StepView {
  return { key: step.key, label: step.label, roles: step.roles.map((r) => ROLE_LABELS[r as Role] ?? r) };
}

/** Whether the rule book lets the actor take `action` on a row of `agencyId` (the refusal is not an error here). */
function allows(actor: Actor, action: Action, agencyId: string): boolean {
  try {
    authorize(actor, action, agencyId);
    return true;
  } catch (error) {
    if (isDomainError(error)) return false;
    throw error;
  }
}

function dueStepOf(settings: CatalogueSettings, item: Publication): ReviewStep | null {
  const reviewing = item.review.status === 'inReview' || item.review.status === 'referred';
  return reviewing ? (settings.workflow.steps[item.review.stepIndex ?? -1] ?? null) : null;
}

export function reviewPosition(settings: CatalogueSettings, item: Publication, actor: Actor): ReviewPosition {
  const due = dueStepOf(settings, item);
  const status = item.review.status;
  const own = (action: Action) => allows(actor, action, item.agencyId);
  return {
    steps: settings.workflow.steps.map(stepView),
    dueStep: due ? stepView(due) : null,
    may: {
      edit: status === 'draft' && own('catalogue.draft'),
      submit: status === 'draft' && own('catalogue.submit'),
      review: due !== null && own('catalogue.review') && due.roles.includes(actor.role ?? ''),
      publish: status === 'approved' && own('catalogue.publish'),
      channel: status === 'published' && own('catalogue.channel'),
      attach: status === 'draft' && own('catalogue.attach'),
    },
  };
}

/** The label of the step each item is waiting for (null when none), its agency's workflow deciding. */
export async function dueStepLabels(
  db: Db,
  items: readonly Publication[],
): Promise<Map<string, string | null>> {
  const settingsOf = new Map<string, CatalogueSettings>();
  const labels = new Map<string, string | null>();
  for (const item of items) {
    let settings = settingsOf.get(item.agencyId);
    if (!settings) {
      settings = await catalogueSettings(db, item.agencyId);
      settingsOf.set(item.agencyId, settings);
    }
    labels.set(item.id, dueStepOf(settings, item)?.label ?? null);
  }
  return labels;
}

/**
 * 待我审核: the items of the actor's agency waiting at a step the actor's role may take, by the agency's
 * workflow. A role that takes no step has an empty queue.
 */
export async function reviewQueue(
  ctx: ServiceContext,
  actor: Actor,
  input: { page: number; pageSize: number },
): Promise<{ total: number; items: Publication[]; steps: StepView[] }> {
  const agencyId = actor.agencyId ?? '';
  authorize(actor, 'catalogue.review', agencyId);
  const settings = await catalogueSettings(ctx.db, agencyId);
  const stepIndexes = settings.workflow.steps.flatMap((step, index) =>
    actor.kind === 'system' || step.roles.includes(actor.role ?? '') ? [index] : [],
  );
  const page = await listPublications(ctx.db, {
    agencyIds: [agencyId],
    statuses: ['inReview', 'referred'],
    stepIndexes,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return { ...page, steps: settings.workflow.steps.map(stepView) };
}
