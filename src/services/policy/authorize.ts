// The one place an action is allowed or refused. A refusal is a DomainError: auth.unauthenticated for the public
// where the action needs a sign-in; auth.otherAgency when the agency is outside the actor's reach (checked before
// the role, so a role can never widen tenancy); auth.forbidden when the role may not do it.
import { DomainError } from '../../core/errors/index.ts';
import type { Role } from '../../core/accounts/roles.ts';
import type { Actor, StaffActor } from '../actor.ts';
import { RULES, type Action, type Rule } from './rules.ts';

/** Refuses `actor` the `action` on a row of `agencyId` (omit it for actions not tied to an agency). */
export function authorize(actor: Actor, action: Action, agencyId?: string): void {
  const rule: Rule = RULES[action];
  if (actor.kind === 'system') return;
  if (actor.kind === 'public') {
    if (rule.public) return;
    throw new DomainError('auth.unauthenticated');
  }
  if (!inReach(actor, rule, agencyId)) throw new DomainError('auth.otherAgency');
  if (!rule.roles.includes(actor.role)) throw new DomainError('auth.forbidden', { action: rule.label });
}

function inReach(actor: StaffActor, rule: Rule, agencyId: string | undefined): boolean {
  if (rule.reach === 'any') return true;
  if (agencyId === undefined) return false;
  return rule.reach === 'own' ? agencyId === actor.agencyId : readableAgencyIds(actor).includes(agencyId);
}

/** Agencies whose rows the actor may read: its own, and for a supervisor those under it. */
export function readableAgencyIds(actor: StaffActor): readonly string[] {
  return actor.role === 'supervisor' ? actor.agencyTree : [actor.agencyId];
}

/**
 * The agencies a list shows: the one asked for, if the actor may read it, otherwise all it may read. Each is
 * authorized for `action`.
 */
export function agenciesToList(
  actor: Actor,
  action: Action,
  agencyId: string | undefined,
): readonly string[] {
  if (actor.kind !== 'staff') {
    if (agencyId === undefined) throw new DomainError('auth.unauthenticated');
    authorize(actor, action, agencyId);
    return [agencyId];
  }
  const readable = readableAgencyIds(actor);
  const listed = agencyId === undefined ? readable : [agencyId];
  for (const id of listed) authorize(actor, action, id);
  return listed;
}

/** The actions a role may perform at all (within its reach): the console shows only the doors a person may open. */
export function permissionsOf(role: Role): Action[] {
  return (Object.keys(RULES) as Action[]).filter((action) => (RULES[action].roles as readonly Role[]).includes(role));
}
