// The audit trail: verifying the hash chain is the administrator's job. The chain is one for the whole
// installation, so the check is made against the administrator's own agency.
import type { Principal } from './principal.ts';
import { decide, type Rules } from './decide.ts';

const AUDIT_RULES: Rules<'verify'> = {
  verify: { label: '校验审计日志', roles: ['admin'], reach: 'own' },
};

export function authorizeAudit(principal: Principal, action: keyof typeof AUDIT_RULES): void {
  decide(principal, AUDIT_RULES[action], principal.agencyId);
}
