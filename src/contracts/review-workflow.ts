// An agency's review steps before publication (《条例》第十七条: its own review mechanism) as its administrator
// sets them in the console: which steps, in the fixed order of REVIEW_STEPS, what each is called and which roles
// take it. Routes: src/server/api/publications/review-workflow.ts.
import { z } from 'zod';
import { ROLES } from '../core/accounts/roles.ts';
import { REVIEW_STEPS } from '../core/publications/review-workflow.ts';

export const reviewWorkflowBody = z.strictObject({
  steps: z
    .array(
      z.strictObject({
        key: z.enum(REVIEW_STEPS),
        label: z
          .string()
          .trim()
          .min(1, { message: '请填写环节名称' })
          .max(20, { message: '环节名称最多 20 字' }),
        roles: z.array(z.enum(ROLES)).min(1, { message: '每个环节至少要有一个可办理的角色' }),
      }),
    )
    .min(1, { message: '至少要有一个审核环节' })
    .refine((steps) => new Set(steps.map((s) => s.key)).size === steps.length, {
      message: '审核环节不能重复',
    }),
  separateApprovers: z
    .boolean()
    .default(true)
    .describe('同一人不能办理同一条信息的两个审核环节（默认是；人员很少的机关可以关闭）'),
});
export type ReviewWorkflowBody = z.input<typeof reviewWorkflowBody>;

export const reviewWorkflowResponse = z.object({
  workflow: reviewWorkflowBody,
  itemsInReview: z.number().int().describe('正在审核中（含报请确定中）的公开信息件数；不为 0 时不能增减环节'),
});
export type ReviewWorkflowResponse = z.infer<typeof reviewWorkflowResponse>;
