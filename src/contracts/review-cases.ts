// 行政复议 / 行政诉讼 cases (table 四; src/server/api/review-cases.ts). The case itself is a domain type, defined
// in core.
import { z } from 'zod';
import { isoDate } from '../core/requests/events.ts';
import { REVIEW_CASE_RESULTS, reviewCaseSchema, RESULT_DOC } from '../core/review-cases.ts';
import { REVIEW_GROUPS } from '../core/taxonomy/review-table.ts';
import { pageOf, pageQuery } from './common.ts';

export {
  REVIEW_CASE_RESULTS,
  reviewCaseSchema,
  type ReviewCase,
  type ReviewCaseResult,
} from '../core/review-cases.ts';

export const reviewCaseQuery = z.strictObject({
  agencyId: z.string().min(1).max(64).optional(),
  kind: z.enum(REVIEW_GROUPS).optional(),
  result: z.enum(REVIEW_CASE_RESULTS).optional(),
  ...pageQuery,
});

export const reviewCasePage = pageOf(reviewCaseSchema);

export const newReviewCaseBody = z.strictObject({
  requestId: z.string().min(1).max(64).nullable().default(null),
  kind: z.enum(REVIEW_GROUPS),
  caseNumber: z.string().min(1).max(100).nullable().default(null),
  filedOn: isoDate,
  notes: z.string().max(2000).default(''),
});

export const reviewResultBody = z.strictObject({
  result: z.enum(REVIEW_CASE_RESULTS).describe(RESULT_DOC),
  closedOn: isoDate.nullable().describe('审结日期；改回尚未审结时为 null'),
});
