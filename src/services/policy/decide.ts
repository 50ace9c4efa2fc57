// The shape every resource policy shares: per action, the roles allowed and the agencies in reach. A refusal is
// a DomainError — auth.otherAgency when the row is outside the principal's agencies (checked first, so a role can
// never widen tenancy), auth.forbidden when the role may not do it.
import { DomainError } from '../../core/errors/index.ts';
import type { Role } from '../accounts/roles.ts';
import { readableAgencyIds, type Principal } from './principal.ts';

export interface Rule {
  /** What the action is called in a refusal message. */
  label: string;
  roles: readonly Role[];
  /** 'own': only the principal's agency (every write); 'readable': also the agencies a supervisor oversees. */
  reach: 'own' | 'readable';
}

export type Rules<A extends string> = Record<A, Rule>;

export function decide(principal: Principal, rule: Rule, agencyId: string): void {
  const inReach =
    rule.reach === 'own' ? agencyId === principal.agencyId : readableAgencyIds(principal).includes(agencyId);
  if (!inReach) throw new DomainError('auth.otherAgency');
  if (!rule.roles.includes(principal.role)) throw new DomainError('auth.forbidden', { action: rule.label });
}
