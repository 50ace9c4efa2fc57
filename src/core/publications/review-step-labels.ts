// The usual Chinese names of the review steps an agency composes its workflow from (core/publications/
// review-workflow.ts); an agency may rename a step in its own workflow, these are what a newly added step is called.
import type { ReviewStepKey } from './review-workflow.ts';

export const REVIEW_STEP_LABELS: Record<ReviewStepKey, string> = {
  departmentReview: '科室审核',
  legalReview: '合法性审查',
  confidentialityReview: '保密审查',
  signOff: '领导签发',
};
