// Administrative review and litigation cases (行政复议、行政诉讼, table 四): the case handlers record them, the
// same readers as requests read them.
import type { Principal } from './principal.ts';
import { decide, type Rules } from './decide.ts';

const REVIEW_CASE_RULES: Rules<'read' | 'record'> = {
  read: {
    label: '查看复议诉讼案件',
    roles: ['clerk', 'officeHead', 'leader', 'supervisor'],
    reach: 'readable',
  },
  record: { label: '登记复议诉讼案件', roles: ['clerk', 'officeHead'], reach: 'own' },
};

export function authorizeReviewCase(
  principal: Principal,
  action: keyof typeof REVIEW_CASE_RULES,
  reviewCase: { agencyId: string },
): void {
  decide(principal, REVIEW_CASE_RULES[action], reviewCase.agencyId);
}
