// Public participation as the API takes and shows it (issue 14): consultations on drafts and their comments, the
// feedback (意见采纳情况), and questions asked on the portal. Public text is checked by the use cases
// (core/participation/public-text.ts) for the precise Chinese refusal; here strings are only bounded for transport.
import { z } from 'zod';
import { isoDate } from '../core/requests/events.ts';
import { APPLICANT_KINDS } from '../core/taxonomy/applicants.ts';
import { findingSchema, pageOf, pageQuery } from './common.ts';

const id = z.string().min(1).max(64);
const typed = (max: number) => z.string().trim().min(1).max(max);
/** What the public posts: bounded for transport only; the use case gives the precise message. */
const posted = z.string().max(20_000);

export const CONSULTATION_PHASES = ['upcoming', 'open', 'closed'] as const;
export const COMMENT_STATES = ['pending', 'approved', 'rejected'] as const;
export const COMMENT_STATE_LABELS: Record<(typeof COMMENT_STATES)[number], string> = {
  pending: '待审核',
  approved: '已公开',
  rejected: '不予显示',
};
export const QUESTION_STATES = ['open', 'answered', 'converted'] as const;
export const QUESTION_STATE_LABELS: Record<(typeof QUESTION_STATES)[number], string> = {
  open: '待答复',
  answered: '已答复',
  converted: '已转为政府信息公开申请',
};

export const openConsultationBody = z
  .strictObject({
    itemId: id.describe('征求意见稿：本机关已发布的公开信息'),
    title: typed(200),
    description: typed(2000).describe('征求意见的说明：起草背景、重点问题、提交方式'),
    opensOn: isoDate,
    closesOn: isoDate,
    majorDecision: z.boolean().default(false).describe('是否属于重大行政决策（期限一般不少于 30 日）'),
    shortenedReason: typed(500).nullable().default(null).describe('重大行政决策缩短征求意见期限的理由'),
  })
  .describe('发布意见征集');
export type OpenConsultationInput = z.input<typeof openConsultationBody>;

export const feedbackSchema = z.strictObject({
  summary: typed(2000).describe('意见采纳情况说明'),
  adopted: z.array(typed(500)).max(100).default([]).describe('采纳的意见要点'),
  notAdopted: z
    .array(z.strictObject({ point: typed(500), reason: typed(500) }))
    .max(100)
    .default([])
    .describe('未采纳的意见要点及理由'),
});
export const feedbackBody = feedbackSchema
  .extend({ finalItemId: id.nullable().default(null).describe('正式出台的文件（本机关已发布的公开信息）') })
  .describe('公布意见采纳情况');
export type FeedbackInput = z.input<typeof feedbackBody>;

export const publishedFeedbackSchema = z.object({
  received: z.number().int().describe('收到的意见条数'),
  shown: z.number().int().describe('公开显示的意见条数'),
  summary: z.string(),
  adopted: z.array(z.string()),
  notAdopted: z.array(z.object({ point: z.string(), reason: z.string() })),
});
export type PublishedFeedback = z.infer<typeof publishedFeedbackSchema>;

export const consultationSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  itemId: z.string(),
  title: z.string(),
  description: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  majorDecision: z.boolean(),
  shortenedReason: z.string().nullable(),
  phase: z.enum(CONSULTATION_PHASES),
  phaseLabel: z.string(),
  feedback: publishedFeedbackSchema.nullable(),
  feedbackOn: z.string().nullable(),
  finalItemId: z.string().nullable(),
  comments: z.object({ pending: z.number().int(), approved: z.number().int(), rejected: z.number().int() }),
});
export type Consultation = z.infer<typeof consultationSchema>;

export const commentInput = z.strictObject({
  consultationId: id,
  author: z.string().max(1000).default(''),
  body: posted,
});
export type CommentInput = z.input<typeof commentInput>;

export const commentSchema = z.object({
  id: z.string(),
  consultationId: z.string(),
  submittedAt: z.string(),
  author: z.string().nullable(),
  body: z.string(),
  findings: z.array(findingSchema).describe('提交时的检查结果（个人信息、不文明用语、敏感词）'),
  state: z.enum(COMMENT_STATES),
  moderatedAt: z.string().nullable(),
  moderatedBy: z.string().nullable(),
  moderationReason: z.string().nullable(),
});
export type Comment = z.infer<typeof commentSchema>;

export const moderateBody = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    reason: typed(500).nullable().default(null).describe('不予显示的理由'),
  })
  .describe('审核一条意见');
export type ModerateInput = z.input<typeof moderateBody>;

export const consultationQuery = z.strictObject({ ...pageQuery });
export const consultationPage = pageOf(consultationSchema);
export const commentQuery = z.strictObject({ state: z.enum(COMMENT_STATES).optional(), ...pageQuery });
export const commentPage = pageOf(commentSchema);

export const askInput = z.strictObject({
  agencyId: id,
  asker: z.string().max(1000),
  contact: z.string().max(1000).default(''),
  title: z.string().max(1000),
  body: posted,
});
export type AskInput = z.input<typeof askInput>;

export const questionSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  number: z.string().describe('留言编号'),
  askedAt: z.string(),
  receivedOn: z.string(),
  dueOn: z.string().describe('答复期限（按工作日历）'),
  workingDaysLeft: z.number().int().nullable().describe('距答复期限的工作日数，负数为已超期；已办结为空'),
  asker: z.string(),
  contact: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  findings: z.array(findingSchema),
  state: z.enum(QUESTION_STATES),
  stateLabel: z.string(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  answeredBy: z.string().nullable(),
  published: z.boolean(),
  requestId: z.string().nullable(),
});
export type Question = z.infer<typeof questionSchema>;

export const questionQuery = z.strictObject({
  state: z.enum(QUESTION_STATES).optional(),
  ...pageQuery,
});
export const questionPage = pageOf(questionSchema).extend({
  overdue: z.number().int().describe('已超期未答复的条数'),
  dueSoon: z.number().int().describe('即将到期未答复的条数'),
});

export const answerBody = z
  .strictObject({
    answer: typed(5000),
    publish: z.boolean().default(true).describe('是否在门户公开这条留言及答复'),
  })
  .describe('答复留言');
export type AnswerInput = z.input<typeof answerBody>;

export const convertBody = z
  .strictObject({
    applicantKind: z.enum(APPLICANT_KINDS),
    contact: typed(200).describe('申请人联系方式'),
    formWanted: typed(500).describe('获取信息的方式'),
  })
  .describe('转为政府信息公开申请（收到日期为留言收到之日）');
export type ConvertInput = z.input<typeof convertBody>;

/** A published question with its answer, as the portal shows it (no contact details, no staff names). */
export const publicQuestionSchema = z.object({
  number: z.string(),
  receivedOn: z.string(),
  title: z.string(),
  body: z.string(),
  answer: z.string(),
  answeredOn: z.string(),
});
export type PublicQuestion = z.infer<typeof publicQuestionSchema>;
