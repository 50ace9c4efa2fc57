// Takes an agency's annual report through the review (services/reports/workflow.ts) in one call, for tests that need
// a published report: a clerk submits, the office head approves, a leader signs off — three different people.
import type { StaffActor } from '../src/services/actor.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { readWorkflow, reviewReport, signOffReport, submitReport } from '../src/services/reports/workflow.ts';
import type { WorkflowView } from '../src/contracts/report-workflow.ts';
import { staffAs } from './actors.ts';

export interface ReviewStaff {
  clerk: StaffActor;
  officeHead: StaffActor;
  leader: StaffActor;
}

export function reviewStaffOf(agencyId: string): ReviewStaff {
  return {
    clerk: staffAs('clerk', agencyId, '年报经办人'),
    officeHead: staffAs('officeHead', agencyId, '公开办负责人'),
    leader: staffAs('leader', agencyId, '签发领导'),
  };
}

export async function publishThroughWorkflow(
  ctx: ServiceContext,
  input: { agencyId: string; year: number; correctionNote?: string; overrideReason?: string },
  staff: ReviewStaff = reviewStaffOf(input.agencyId),
): Promise<WorkflowView> {
  const where = { agencyId: input.agencyId, year: input.year };
  const before = await readWorkflow(ctx, staff.clerk, where);
  await submitReport(ctx, staff.clerk, {
    ...where,
    expectedState: before.state === 'published' ? 'published' : 'draft',
    correctionNote: input.correctionNote,
    overrideReason: input.overrideReason,
  });
  await reviewReport(ctx, staff.officeHead, { ...where, expectedState: 'inReview', decision: 'approve' });
  return signOffReport(ctx, staff.leader, {
    ...where,
    expectedState: 'awaitingSignOff',
    overrideReason: input.overrideReason,
  });
}
