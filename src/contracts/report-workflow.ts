// The annual report's review before publication (issue 11): submit (the report frozen as it stands), review
// (approve or return with a comment), sign-off (签发 = publish). Each step names the state it expects, so a step
// taken on a page that someone else has already moved on is refused instead of acting on a different report.
import { z } from 'zod';
import { annualReportSchema } from '../core/report/schema.ts';
import { findingSchema } from './common.ts';
import { correctionNote, reportYear } from './reports.ts';

export const WORKFLOW_STATES = ['draft', 'inReview', 'awaitingSignOff', 'published'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];
export const WORKFLOW_STATE_LABELS: Record<WorkflowState, string> = {
  draft: '草稿',
  inReview: '待审核',
  awaitingSignOff: '待签发',
  published: '已发布',
};

export const WORKFLOW_STEP_ACTIONS = ['submitted', 'returned', 'approved', 'signedOff'] as const;

/** Long enough to say why a contradiction is acceptable, not just "同意". */
export const OVERRIDE_REASON_MIN = 10;

const plainText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 字`)
    .refine((text) => !text.includes('\u0000'), `${label}含有不允许的字符`);

const overrideReason = plainText('忽略叙述与表格不一致的理由', 2000)
  .pipe(z.string().min(OVERRIDE_REASON_MIN, `忽略叙述与表格不一致的理由不能少于 ${OVERRIDE_REASON_MIN} 个字`))
  .optional()
  .describe(
    `叙述中的数字与表格不一致（N-1）时仍要继续的理由，至少 ${OVERRIDE_REASON_MIN} 个字；记入审计日志`,
  );

const agencyId = z.string().min(1).max(64);

export const submitReportInput = z.strictObject({
  agencyId,
  year: reportYear,
  expectedState: z
    .enum(['draft', 'published'])
    .describe('提交时看到的状态：draft（首次或退回后重新提交）或 published（发布后提交更正）'),
  correctionNote,
  overrideReason,
});
export type SubmitReportInput = z.input<typeof submitReportInput>;

const reviewFields = z.strictObject({
  agencyId,
  year: reportYear,
  expectedState: z.literal('inReview').describe('审核时看到的状态（待审核）'),
  decision: z.enum(['approve', 'return']).describe('approve：审核通过，送领导签发；return：退回修改'),
  comment: plainText('审核意见', 2000).optional().describe('审核意见；退回时必填'),
});
const commentOnReturn = {
  check: (r: { decision: string; comment?: string | undefined }) => r.decision !== 'return' || !!r.comment,
  params: { message: '退回时须填写审核意见', path: ['comment'] },
};
export const reviewReportInput = reviewFields.refine(commentOnReturn.check, commentOnReturn.params);
export type ReviewReportInput = z.input<typeof reviewReportInput>;

export const signOffReportInput = z.strictObject({
  agencyId,
  year: reportYear,
  expectedState: z.literal('awaitingSignOff').describe('签发时看到的状态（待签发）'),
  overrideReason,
});
export type SignOffReportInput = z.input<typeof signOffReportInput>;

/** The HTTP bodies: the year is in the path, the agency defaults to the signed-in person's. */
export const submitReportBody = submitReportInput.omit({ year: true }).partial({ agencyId: true });
export const reviewReportBody = reviewFields
  .omit({ year: true })
  .partial({ agencyId: true })
  .refine(commentOnReturn.check, commentOnReturn.params);
export const signOffReportBody = signOffReportInput.omit({ year: true }).partial({ agencyId: true });

const stampSchema = z.object({ at: z.string(), by: z.string() }).nullable();

export const workflowStepSchema = z.object({
  seq: z.number().int(),
  action: z
    .enum(WORKFLOW_STEP_ACTIONS)
    .describe('submitted 提交审核，returned 退回，approved 审核通过，signedOff 签发'),
  at: z.string(),
  actor: z.string().describe('经办人姓名'),
  comment: z.string().nullable().describe('审核意见、忽略不一致的理由或更正说明'),
});

export const workflowCycleSchema = z.object({
  id: z.string(),
  cycle: z.number().int().describe('第几轮：第 1 轮为首次发布，其后每轮为一次更正（发布后即为同号版本）'),
  state: z.enum(WORKFLOW_STATES),
  stateLabel: z.string(),
  correctionNote: z.string().nullable().describe('更正说明'),
  overrideReason: z.string().nullable().describe('提交人忽略 N-1 不一致的理由'),
  submitted: stampSchema,
  reviewed: stampSchema,
  reviewComment: z.string().nullable(),
  signed: stampSchema,
  signOffOverrideReason: z.string().nullable().describe('签发人忽略 N-1 不一致的理由'),
  publicationId: z.string().nullable(),
  steps: z.array(workflowStepSchema),
});

export const workflowSchema = z.object({
  agencyId: z.string(),
  year: z.number().int(),
  state: z.enum(WORKFLOW_STATES).describe('当前状态；尚未提交过为 draft'),
  stateLabel: z.string(),
  publishedVersions: z.number().int().describe('已发布的版本数；大于 0 时再次提交即为更正，须填写更正说明'),
  current: workflowCycleSchema.nullable().describe('当前一轮（最近一轮），尚未提交过为 null'),
  snapshot: annualReportSchema.nullable().describe('当前一轮提交时固定的报告（审核、签发和发布的都是它）'),
  findings: z.array(findingSchema).describe('对固定报告的检查结果'),
  contradictions: z.array(findingSchema).describe('其中叙述与表格不一致（N-1）的部分'),
  history: z.array(workflowCycleSchema).describe('各轮，新的在前'),
});
export type WorkflowView = z.infer<typeof workflowSchema>;
export type WorkflowCycleView = z.infer<typeof workflowCycleSchema>;
