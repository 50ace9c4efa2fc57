// The register of 人大建议、政协提案 an agency handled (issue 14): each with its reply published (a catalogue item)
// or the reason it is not; the portal's 建议提案办理 column lists them, and the report's 六（三）is drafted from them.
import { randomUUID } from 'node:crypto';
import { proposalBody, type Proposal, type ProposalInput } from '../../contracts/work-plan.ts';
import { DomainError } from '../../core/errors/index.ts';
import { insertProposal, proposalsOf } from '../../storage/participation/work-plan.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { requirePublishedItem } from './consultations.ts';

export async function registerProposal(
  ctx: ServiceContext,
  actor: Actor,
  input: ProposalInput & { agencyId: string },
): Promise<Proposal> {
  const { agencyId, ...body } = input;
  authorize(actor, 'proposals.record', agencyId);
  const data = parseInput(proposalBody, body);
  // A reply is either published (the item) or explained (the reason); before the reply, neither.
  if (data.repliedOn !== null && (data.replyItemId === null) === (data.notPublishedReason === null))
    throw new DomainError('participation.proposalReplyOrReason');
  return transact(ctx.db, async (trx) => {
    if (data.replyItemId && !(await requirePublishedItem(trx, agencyId, data.replyItemId)))
      throw new DomainError('participation.evidenceInvalid', { id: data.replyItemId });
    const proposal: Proposal = { id: randomUUID(), agencyId, ...data };
    await insertProposal(trx, proposal, ctx.clock.now().toISOString(), actor.name);
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'proposal.registered',
      subjectType: 'proposal',
      subjectId: proposal.id,
      agencyId,
      details: proposal,
    });
    return proposal;
  });
}

export async function listProposals(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; year: number },
): Promise<Proposal[]> {
  authorize(
    actor,
    actor.kind === 'public' ? 'participation.readPublished' : 'proposals.read',
    input.agencyId,
  );
  return proposalsOf(ctx.db, input.agencyId, input.year);
}
