// A 行政复议 or 行政诉讼 case arising from disclosure work (table 四), filed against a decision and pending until its
// result is recorded. The schema is the domain type: storage maps rows to it, the API shows it as is.
import { z } from 'zod';
import { REVIEW_GROUPS } from './taxonomy/review-table.ts';

export const REVIEW_CASE_RESULTS = ['upheld', 'corrected', 'otherResult', 'pending'] as const;
export type ReviewCaseResult = (typeof REVIEW_CASE_RESULTS)[number];

export const RESULT_DOC = '结果：upheld 维持，corrected 纠正，otherResult 其他结果，pending 尚未审结';

export const reviewCaseSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  requestId: z.string().nullable().describe('所涉依申请公开件；无则为 null'),
  kind: z.enum(REVIEW_GROUPS).describe('表四的栏目：行政复议、未经复议直接起诉、复议后起诉'),
  caseNumber: z.string().nullable().describe('案号'),
  filedOn: z.string().describe('立案日期'),
  result: z.enum(REVIEW_CASE_RESULTS).describe(RESULT_DOC),
  closedOn: z.string().nullable().describe('审结日期；尚未审结为 null'),
  notes: z.string(),
});
export type ReviewCase = z.infer<typeof reviewCaseSchema>;
