// What the annual report's section 六 drafts from (issue 14): the agency's 工作要点 tasks of the year with their
// latest progress, its register of 人大建议、政协提案, and the year's consultations, comments and questions (the
// figures {意见征集}, {收到意见}, {收到留言}, {答复留言}). Read by the report builder after it authorized the build.
import type { ProposalRecord, TaskRecord } from '../../core/participation/work-plan.ts';
import { progressOf, proposalsOf, tasksOf } from '../../storage/participation/work-plan.ts';
import { engagementCounts } from '../../storage/participation/questions.ts';
import type { Db } from '../database.ts';

type Engagement = Awaited<ReturnType<typeof engagementCounts>>;

export async function participationRecords(
  db: Db,
  agencyId: string,
  year: number,
): Promise<{ workPlan: TaskRecord[]; proposals: ProposalRecord[]; engagement: Engagement }> {
  const [tasks, proposals, engagement] = await Promise.all([
    tasksOf(db, [agencyId], year),
    proposalsOf(db, agencyId, year),
    engagementCounts(db, agencyId, year),
  ]);
  const progress = await progressOf(
    db,
    tasks.map((t) => t.id),
  );
  return {
    workPlan: tasks.map((task) => ({
      title: task.title,
      status: task.status,
      latestNote: progress.get(task.id)!.at(-1)?.note ?? null,
    })),
    engagement,
    proposals: proposals.map((p) => ({
      kind: p.kind,
      replied: p.repliedOn !== null,
      replyPublished: p.replyItemId !== null,
    })),
  };
}
