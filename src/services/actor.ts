// Who is acting. Every use case takes an Actor; the policy (services/policy) decides from it alone, and the audit
// row records it. Three kinds:
// - staff: a signed-in user (session or API token), with the agencies its agency oversees (for a supervisor);
// - system: the operator at the server's own command line (`gongkai users add`, `gongkai demo`, imports), who
//   already holds the database; the policy lets it do every staff action;
// - public: anyone on the portal (an online applicant, a reader of the catalogue); only actions the rule book marks
//   public.
import type { Role } from '../core/accounts/roles.ts';

export interface StaffActor {
  kind: 'staff';
  userId: string;
  /** Readable name kept in the audit trail: the username. */
  name: string;
  displayName: string;
  role: Role;
  agencyId: string;
  /** The user's agency and every agency under it (any depth); the policy consults it for the supervisor role. */
  agencyTree: readonly string[];
  /** Set when the caller is a system holding one of the user's API tokens (services/accounts/api-tokens.ts). */
  viaToken?: { tokenId: string; writeAreas: readonly string[] };
}

export interface SystemActor {
  kind: 'system';
  userId: null;
  name: 'system';
  role: null;
  agencyId: null;
}

export interface PublicActor {
  kind: 'public';
  userId: null;
  name: 'public';
  role: null;
  agencyId: null;
}

export type Actor = StaffActor | SystemActor | PublicActor;

export const SYSTEM_ACTOR: SystemActor = {
  kind: 'system',
  userId: null,
  name: 'system',
  role: null,
  agencyId: null,
};
export const PUBLIC_ACTOR: PublicActor = {
  kind: 'public',
  userId: null,
  name: 'public',
  role: null,
  agencyId: null,
};

export interface AuthenticatedUser {
  id: string;
  agencyId: string;
  username: string;
  displayName: string;
  role: Role;
  /** Set by an administrator's password: the sign-in door lets the session do nothing but set a new one. */
  mustChangePassword?: boolean;
}

/** The actor of a signed-in user; `agencyTree` is its agency and those under it (services/agencies.ts). */
export function staffActor(
  user: AuthenticatedUser,
  agencyTree: readonly string[] = [user.agencyId],
): StaffActor {
  return {
    kind: 'staff',
    userId: user.id,
    name: user.username,
    displayName: user.displayName,
    role: user.role,
    agencyId: user.agencyId,
    agencyTree,
  };
}
