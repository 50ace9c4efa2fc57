// Agencies: any staff member reads its own agency; a supervisor also the agencies under it. Agencies are
// created by `gongkai demo` / the CLI, not over HTTP.
import { ROLES } from '../accounts/roles.ts';
import type { Principal } from './principal.ts';
import { decide, type Rules } from './decide.ts';

const AGENCY_RULES: Rules<'read'> = {
  read: { label: '查看机关信息', roles: ROLES, reach: 'readable' },
};

export function authorizeAgency(
  principal: Principal,
  action: keyof typeof AGENCY_RULES,
  agency: { id: string },
): void {
  decide(principal, AGENCY_RULES[action], agency.id);
}
