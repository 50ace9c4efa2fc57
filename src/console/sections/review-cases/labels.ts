// The register's words, from core's table 四 taxonomy: a case's kind is a column group of the table, its result a
// column (尚未审结 included).
import type { ReviewCase } from '../../../contracts/review-cases.ts';
import {
  LITIGATION_LABEL,
  REVIEW_GROUP_LABELS,
  REVIEW_RESULT_LABELS,
} from '../../../core/taxonomy/review-table.ts';

export function kindLabel(kind: ReviewCase['kind']): string {
  return kind === 'review'
    ? REVIEW_GROUP_LABELS.review
    : `${LITIGATION_LABEL}（${REVIEW_GROUP_LABELS[kind]}）`;
}

export function resultLabel(result: ReviewCase['result']): string {
  return REVIEW_RESULT_LABELS[result];
}
