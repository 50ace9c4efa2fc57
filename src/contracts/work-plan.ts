// 工作要点台账 and the register of 人大建议、政协提案 as the API takes and shows them (issue 14).
import { z } from 'zod';
import { isoDate } from '../core/requests/events.ts';
import { PROPOSAL_KINDS, TASK_STATUSES } from '../core/participation/work-plan.ts';

const id = z.string().min(1).max(64);
const typed = (max: number) => z.string().trim().min(1).max(max);
const year = z.coerce.number().int().min(2008).max(2100);

export const assignTasksBody = z
  .strictObject({
    year,
    tasks: z
      .array(
        z.strictObject({
          title: typed(200).describe('工作要点（任务名称）'),
          description: z.string().trim().max(2000).default('').describe('任务要求'),
          agencyIds: z.array(id).min(1).max(200).describe('承担任务的机关（本机关主管的机关）'),
        }),
      )
      .min(1)
      .max(50),
  })
  .describe('下达年度政务公开工作要点任务');
export type AssignTasksInput = z.input<typeof assignTasksBody>;

export const progressBody = z
  .strictObject({
    reportedOn: isoDate,
    note: typed(2000).describe('落实情况'),
    status: z.enum(TASK_STATUSES).describe('推进状态'),
    evidence: z.array(id).max(20).default([]).describe('佐证材料：本机关已发布的公开信息'),
  })
  .describe('填报落实情况');
export type ProgressInput = z.input<typeof progressBody>;

export const workPlanProgressSchema = z.object({
  seq: z.number().int(),
  reportedOn: z.string(),
  note: z.string(),
  evidence: z.array(z.string()),
  status: z.enum(TASK_STATUSES),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type WorkPlanProgress = z.infer<typeof workPlanProgressSchema>;

export const workPlanTaskSchema = z.object({
  id: z.string(),
  supervisorAgencyId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  year: z.number().int(),
  seq: z.number().int(),
  title: z.string(),
  description: z.string(),
  status: z.enum(TASK_STATUSES),
  statusLabel: z.string(),
  progress: z.array(workPlanProgressSchema),
});
export type WorkPlanTask = z.infer<typeof workPlanTaskSchema>;

export const workPlanQuery = z.strictObject({ year, agencyId: id.optional() });

export const rosterSchema = z.object({
  year: z.number().int(),
  agencies: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      total: z.number().int(),
      done: z.number().int(),
      inProgress: z.number().int(),
      notStarted: z.number().int(),
    }),
  ),
});
export type Roster = z.infer<typeof rosterSchema>;

export const proposalBody = z
  .strictObject({
    year,
    kind: z.enum(PROPOSAL_KINDS),
    number: typed(50).describe('建议或提案编号'),
    title: typed(200),
    receivedOn: isoDate,
    repliedOn: isoDate.nullable().default(null),
    replyItemId: id.nullable().default(null).describe('公开答复的信息（本机关已发布的公开信息）'),
    notPublishedReason: typed(500).nullable().default(null).describe('答复不公开的理由'),
  })
  .describe('登记人大建议、政协提案');
export type ProposalInput = z.input<typeof proposalBody>;

export const proposalSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  year: z.number().int(),
  kind: z.enum(PROPOSAL_KINDS),
  number: z.string(),
  title: z.string(),
  receivedOn: z.string(),
  repliedOn: z.string().nullable(),
  replyItemId: z.string().nullable(),
  notPublishedReason: z.string().nullable(),
});
export type Proposal = z.infer<typeof proposalSchema>;
