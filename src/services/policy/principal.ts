// Who is acting, as the policy sees it: the signed-in user (session cookie or API token), with the agencies its
// own agency oversees. Tenancy lives here: every row belongs to an agency, and a user reads only its own agency —
// a supervisor also the agencies under it.
import { DomainError } from '../../core/errors/index.ts';
import type { AuthenticatedUser } from '../actor.ts';

export interface Principal extends AuthenticatedUser {
  /** The user's agency and every agency under it (any depth); consulted only for the supervisor role. */
  agencyTree: readonly string[];
}

/** Agencies whose rows the principal may read. */
export function readableAgencyIds(principal: Principal): readonly string[] {
  return principal.role === 'supervisor' ? principal.agencyTree : [principal.agencyId];
}

/** The agencies a list shows: the one asked for, if the principal may read it, otherwise all it may read. */
export function agenciesToList(principal: Principal, agencyId: string | undefined): readonly string[] {
  const readable = readableAgencyIds(principal);
  if (agencyId === undefined) return readable;
  if (!readable.includes(agencyId)) throw new DomainError('auth.otherAgency');
  return [agencyId];
}
