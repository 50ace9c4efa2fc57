// Factories for storage and service tests: each call makes distinct rows, so tests sharing a database never clash.
import { randomBytes } from 'node:crypto';
import { createAgency, type Agency } from '../../src/services/agencies.ts';
import { createUser } from '../../src/services/accounts/users.ts';
import { SYSTEM_ACTOR, type AuthenticatedUser } from '../../src/services/actor.ts';
import type { Role } from '../../src/core/accounts/roles.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import type { Db } from '../../src/services/database.ts';
import { testContext } from '../context.ts';

export const TEST_PASSWORD = 'Correct horse battery';

/** One context per test database, so the factories' rows carry the tests' fixed clock. */
const contexts = new WeakMap<Db, ServiceContext>();
function contextOf(db: Db): ServiceContext {
  let ctx = contexts.get(db);
  if (!ctx) contexts.set(db, (ctx = testContext(db)));
  return ctx;
}

export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

export function makeAgency(
  db: Db,
  overrides: Partial<Parameters<typeof createAgency>[2]> = {},
): Promise<Agency> {
  const suffix = uniqueSuffix();
  return createAgency(contextOf(db), SYSTEM_ACTOR, {
    name: `测试机关${suffix}`,
    level: 'department',
    registrationPrefix: `测${suffix}`,
    ...overrides,
  });
}

export function makeUser(
  db: Db,
  agencyId: string,
  role: Role,
  password = TEST_PASSWORD,
): Promise<AuthenticatedUser> {
  return createUser(contextOf(db), SYSTEM_ACTOR, {
    agencyId,
    role,
    username: `u_${role}_${uniqueSuffix()}`,
    displayName: `测试${role}`,
    password,
  });
}
