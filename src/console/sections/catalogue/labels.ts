// The catalogue's Chinese names, all from core: statuses, categories, screening rules and review acts.
import type { StaffItem } from '../../../contracts/publications.ts';
import { PUBLICATION_STATUS_LABELS } from '../../../core/publications/review-workflow.ts';

/** A draft that has been through a review round was sent back by a reviewer. */
export function isReturned(item: Pick<StaffItem, 'review'>): boolean {
  return item.review.status === 'draft' && item.review.round > 0;
}

export function statusLabel(item: Pick<StaffItem, 'review'>, dueStepLabel?: string | null): string {
  if (isReturned(item)) return '已退回修改';
  const label = PUBLICATION_STATUS_LABELS[item.review.status];
  return dueStepLabel ? `${label}（${dueStepLabel}）` : label;
}
