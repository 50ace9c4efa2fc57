// The demo's 2023 工作要点台账 (issue 14): the municipal government hands the demo agency the three 政务公开工作要点
// the seed's section 六（二）reports on (seeds/000_29e0fab2fe19fb07.txt), and the agency records how it carried
// each out — in this project's own words. No 人大建议 or 政协提案 is registered for 2023: the seed received none, so
// the report's 六（三）says so. Loaded through the ordinary use cases, before the 2023 report is published.
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { assignTasks, recordProgress } from '../participation/work-plan.ts';

const TASKS_2023 = [
  {
    title: '加强优化营商环境信息公开',
    description: '围绕优化营商环境，及时公开惠企政策和行政审批服务信息，并做好解读。',
    reportedOn: '2023-06-30',
    note: '围绕人防行政审批服务，制定人防工程防护规划设计方案审查标准，在网站政策文件栏公开并同步发布解读',
  },
  {
    title: '深入推动决策公众参与',
    description: '重大行政决策事项听取公众意见，扩大公众参与。',
    reportedOn: '2023-09-28',
    note: '研究重大行政决策时邀请企业代表列席会议听取意见，并在部门网站公开征求社会公众意见',
  },
  {
    title: '抓好政策的高质量解读',
    description: '政策文件与解读材料同步起草、同步审签、同步发布，提高解读质量。',
    reportedOn: '2023-11-30',
    note: '新出台的政策文件均同步配发解读材料，解读的针对性和可读性有所提高',
  },
] as const;

export async function loadDemoWorkPlan(
  ctx: ServiceContext,
  staff: { supervisor: Actor; clerk: Actor },
  agencies: { supervisorId: string; agencyId: string },
): Promise<void> {
  const tasks = await assignTasks(ctx, staff.supervisor, {
    supervisorAgencyId: agencies.supervisorId,
    year: 2023,
    tasks: TASKS_2023.map(({ title, description }) => ({
      title,
      description,
      agencyIds: [agencies.agencyId],
    })),
  });
  for (const [i, task] of tasks.entries()) {
    const { reportedOn, note } = TASKS_2023[i]!;
    await recordProgress(ctx, staff.clerk, { taskId: task.id, reportedOn, note, status: 'done' });
  }
}
