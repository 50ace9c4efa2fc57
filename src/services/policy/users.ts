// User accounts: managed by the agency's own administrator only (separation of duties: an administrator manages
// people, not case files). API tokens are self-service: a token acts as the user who made it, with that role.
import type { Principal } from './principal.ts';
import { decide, type Rules } from './decide.ts';

const USER_RULES: Rules<'list' | 'create'> = {
  list: { label: '查看用户', roles: ['admin'], reach: 'own' },
  create: { label: '新增用户', roles: ['admin'], reach: 'own' },
};

export type UserAction = keyof typeof USER_RULES;

export function authorizeUser(principal: Principal, action: UserAction, user: { agencyId: string }): void {
  decide(principal, USER_RULES[action], user.agencyId);
}
