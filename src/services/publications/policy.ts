// Who may read the catalogue's staff side: every role of the agency, and a supervisor for the agencies under it.
// Writes are checked by the services themselves (the review steps by the agency's workflow, the rest in staff.ts).
import type { Principal } from '../policy/principal.ts';
import { decide, type Rules } from '../policy/decide.ts';

const CATALOGUE_RULES: Rules<'read'> = {
  read: {
    label: '查看公开目录（含草稿和审核记录）',
    roles: ['admin', 'clerk', 'officeHead', 'leader', 'supervisor'],
    reach: 'readable',
  },
};

export function authorizeCatalogueRead(principal: Principal, item: { agencyId: string }): void {
  decide(principal, CATALOGUE_RULES.read, item.agencyId);
}
