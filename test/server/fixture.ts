// A running API over a real migrated database (either engine) with a small tenancy: a supervising office S over
// agencies A and B, and an unrelated agency C. A and C have one user of every staff role and a second leader (so an
// item can pass its three review steps by three people, as separation of duties requires); S has a supervisor.
// Every user is signed in, so tests call `as(user)` to get the headers of that user's session.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../../src/server/app.ts';
import { createServiceContext } from '../../src/services/bootstrap.ts';
import { createAgency, type Agency } from '../../src/services/agencies.ts';
import { createUser } from '../../src/services/accounts/users.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import type { Clock } from '../../src/services/clock.ts';
import type { Role } from '../../src/core/accounts/roles.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import type { Engine } from '../../src/services/database.ts';
import type { ServerConfigInput } from '../../src/server/config.ts';

export const PASSWORD = 'Correct-horse-battery';
export const AGENCY_ROLES = ['admin', 'clerk', 'officeHead', 'leader'] as const satisfies readonly Role[];

export interface Tenancy {
  supervisorOffice: Agency;
  a: Agency;
  b: Agency;
  c: Agency;
}

export interface ApiFixture {
  database: TestDatabase;
  app: FastifyInstance;
  tenancy: Tenancy;
  /** The context the server runs with, for calling use cases directly (service-level tests). */
  ctx: ServiceContext;
  /** Cookie header of a signed-in user, by username: `${role}@a`, `${role}@c`, `supervisor@s`. */
  cookieOf(username: string): string;
  call(username: string | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const username = (role: Role, agency: 'a' | 'c' | 's') => `${role}.${agency}`;

/** Users of agency A and of agency C: one of every staff role and the second leader. */
export const USERS_PER_AGENCY = AGENCY_ROLES.length + 1;

/** The second leader of agency A or C: signs off what the first leader reviewed for secrecy. */
export const signer = (agency: 'a' | 'c') => `signer.${agency}`;

/** Who approves each step of the default review workflow in agency A or C: three different people. */
export const reviewApprovals = (agency: 'a' | 'c') =>
  [
    [username('officeHead', agency), 'departmentReview'],
    [username('leader', agency), 'confidentialityReview'],
    [signer(agency), 'signOff'],
  ] as const;

/** `clock`: the server's (a fixed one makes dates reproducible); the wall clock when omitted. */
export async function startApi(
  engine: Engine,
  config: ServerConfigInput = {},
  clock?: Clock,
): Promise<ApiFixture> {
  const database = await createTestDatabase(engine);
  const ctx = createServiceContext({ db: database.db, ...(clock ? { clock } : {}) });
  const agency = (name: string, prefix: string, parentId: string | null = null) =>
    createAgency(ctx, SYSTEM_ACTOR, {
      name,
      parentId,
      level: 'department',
      registrationPrefix: prefix,
      address: `${name}地址`,
      phone: '0539-0000000',
    });
  const supervisorOffice = await agency('测试市政务公开办公室', '政公');
  const tenancy: Tenancy = {
    supervisorOffice,
    a: await agency('测试市甲局', '甲依申', supervisorOffice.id),
    b: await agency('测试市乙局', '乙依申', supervisorOffice.id),
    c: await agency('另一市丙局', '丙依申'),
  };
  const users: [Role, string, string][] = [
    ...AGENCY_ROLES.flatMap((role) => [
      [role, username(role, 'a'), tenancy.a.id] as [Role, string, string],
      [role, username(role, 'c'), tenancy.c.id] as [Role, string, string],
    ]),
    ['leader', signer('a'), tenancy.a.id],
    ['leader', signer('c'), tenancy.c.id],
    ['supervisor', username('supervisor', 's'), supervisorOffice.id],
  ];
  await Promise.all(
    users.map(([role, name, agencyId]) =>
      createUser(ctx, SYSTEM_ACTOR, {
        agencyId,
        username: name,
        displayName: name,
        role,
        password: PASSWORD,
      }),
    ),
  );
  const app = await buildServer({
    ctx,
    config: {
      publicRateLimit: { max: 10_000, windowMs: 60_000 },
      loginRateLimit: { max: 10_000, windowMs: 60_000 },
      ...config,
    },
  });
  const cookies = new Map<string, string>();
  for (const [, name] of users) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: name, password: PASSWORD },
    });
    if (response.statusCode !== 200) throw new Error(`登录失败 ${name}: ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'gongkai_session');
    cookies.set(name, `gongkai_session=${cookie!.value}`);
  }
  const cookieOf = (name: string) => {
    const cookie = cookies.get(name);
    if (!cookie) throw new Error(`没有用户 ${name}`);
    return cookie;
  };
  return {
    database,
    app,
    tenancy,
    ctx,
    cookieOf,
    call: (name, options) =>
      app.inject({
        ...options,
        headers: { ...(options.headers ?? {}), ...(name ? { cookie: cookieOf(name) } : {}) },
      }),
    close: async () => {
      await app.close();
      await database.dispose();
    },
  };
}
