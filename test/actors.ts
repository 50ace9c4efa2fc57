// Staff actors for service-level tests that do not need a stored user: the policy decides from the role and the
// agency alone. (A test that goes through login uses a real user instead.)
import { randomUUID } from 'node:crypto';
import type { Role } from '../src/core/accounts/roles.ts';
import type { StaffActor } from '../src/services/actor.ts';

export function staffAs(role: Role, agencyId: string, name: string = role): StaffActor {
  return {
    kind: 'staff',
    userId: `test-${randomUUID()}`,
    name,
    displayName: name,
    role,
    agencyId,
    agencyTree: [agencyId],
  };
}
