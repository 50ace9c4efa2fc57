// Annual statistics (tables 三 and 四) and the report built from them: the agency's staff, and a supervisor for
// the agencies under it (it audits their reports).
import type { Principal } from './principal.ts';
import { decide, type Rules } from './decide.ts';

const STATISTICS_RULES: Rules<'read'> = {
  read: { label: '查看年度统计', roles: ['clerk', 'officeHead', 'leader', 'supervisor'], reach: 'readable' },
};

export function authorizeStatistics(
  principal: Principal,
  action: keyof typeof STATISTICS_RULES,
  of: { agencyId: string },
): void {
  decide(principal, STATISTICS_RULES[action], of.agencyId);
}
