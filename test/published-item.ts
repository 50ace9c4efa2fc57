// A published catalogue item, walked through the default review (three steps, each by its own person): what a
// consultation's draft, a final policy or a task's evidence points at in use-case tests.
import { DEFAULT_REVIEW_WORKFLOW } from '../src/core/publications/review-workflow.ts';
import type { Role } from '../src/core/accounts/roles.ts';
import { staffAs } from './actors.ts';
import { SYSTEM_ACTOR } from '../src/services/actor.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { createDraft } from '../src/services/publications/catalogue.ts';
import { publish, reviewStep, submitForReview } from '../src/services/publications/review.ts';

export async function publishedItem(ctx: ServiceContext, agencyId: string, title: string): Promise<string> {
  const draft = await createDraft(ctx, SYSTEM_ACTOR, {
    agencyId,
    draft: {
      title,
      body: `<p>${title}全文。</p>`,
      publishingBody: '测试机关',
      genre: 'notice',
      category: 'notice',
    },
  });
  await submitForReview(ctx, SYSTEM_ACTOR, { id: draft.id });
  for (const step of DEFAULT_REVIEW_WORKFLOW.steps)
    await reviewStep(ctx, staffAs(step.roles[0] as Role, agencyId), {
      id: draft.id,
      action: { type: 'approve', step: step.key },
    });
  return (await publish(ctx, SYSTEM_ACTOR, { id: draft.id })).id;
}
