// Who may do what to the catalogue outside the review steps (those are the agency's workflow configuration).
// Writes stay inside the actor's own agency.
import { DomainError } from '../../core/errors/index.ts';
import type { Role } from '../accounts/roles.ts';
import type { Actor } from '../actor.ts';

const STAFF_ACTIONS = {
  draft: { label: '起草和修改公开信息', roles: ['clerk', 'officeHead', 'admin'] },
  channel: { label: '登记发布渠道', roles: ['clerk', 'officeHead', 'admin'] },
  figures: { label: '填报主动公开外部统计数据', roles: ['clerk', 'officeHead', 'admin'] },
  attach: { label: '上传附件', roles: ['clerk', 'officeHead', 'admin'] },
  settings: { label: '设置公开目录和审核流程', roles: ['admin'] },
} as const satisfies Record<string, { label: string; roles: readonly Role[] }>;
export type StaffAction = keyof typeof STAFF_ACTIONS;

/** Refuses an actor of another agency (auth.otherAgency) or without a role for the action (auth.forbidden). */
export function requireStaff(actor: Actor, agencyId: string, action: StaffAction): void {
  if (actor.agencyId !== agencyId) throw new DomainError('auth.otherAgency');
  const rule = STAFF_ACTIONS[action];
  if (!actor.role || !(rule.roles as readonly Role[]).includes(actor.role))
    throw new DomainError('auth.forbidden', { action: rule.label });
}

/** Review actions: the workflow decides the role; here only the agency. */
export function requireOwnAgency(actor: Actor, agencyId: string): void {
  if (actor.agencyId !== agencyId) throw new DomainError('auth.otherAgency');
}
