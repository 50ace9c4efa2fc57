// Who is acting: every service call that changes something takes an Actor, and the audit row records it.
import type { Role } from './accounts/roles.ts';

export interface Actor {
  /** null for the system itself and for the public (an online applicant). */
  userId: string | null;
  /** Readable name kept in the audit trail: the username, "system" or "public". */
  name: string;
  role: Role | null;
  agencyId: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, name: 'system', role: null, agencyId: null };
export const PUBLIC_ACTOR: Actor = { userId: null, name: 'public', role: null, agencyId: null };

export interface AuthenticatedUser {
  id: string;
  agencyId: string;
  username: string;
  displayName: string;
  role: Role;
}

export function actorOf(user: AuthenticatedUser): Actor {
  return { userId: user.id, name: user.username, role: user.role, agencyId: user.agencyId };
}
