// The platform rows of the authorization matrix (users, agencies, audit, review cases, annual report), one level
// down: each use case called directly as every role × own / other agency. A call the use case refuses must be
// refused with the same DomainError code as the same call over HTTP (authorization-matrix.test.ts), and write
// nothing; a call it allows succeeds. The public actor is refused every one of them as auth.unauthenticated.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/accounts/roles.ts';
import { DomainError } from '../../src/core/errors/index.ts';
import { createApiToken } from '../../src/services/accounts/api-tokens.ts';
import { login } from '../../src/services/accounts/sessions.ts';
import { createUser, listUsers } from '../../src/services/accounts/users.ts';
import { PUBLIC_ACTOR, staffActor, SYSTEM_ACTOR, type Actor } from '../../src/services/actor.ts';
import { agenciesUnder, showAgency } from '../../src/services/agencies.ts';
import { verifyAudit } from '../../src/services/audit.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import {
  fileReviewCase,
  listReviewCases,
  recordReviewResult,
  showReviewCase,
} from '../../src/services/review-cases.ts';
import { readWorkflow } from '../../src/services/reports/workflow.ts';
import { listReportPublications } from '../../src/services/reports/published.ts';
import { buildAnnualReport } from '../../src/services/statistics/report.ts';
import { ENGINES } from '../db.ts';
import { AGENCY_ROLES, PASSWORD, startApi, username, type ApiFixture } from './fixture.ts';
import { rowCounts } from './row-counts.ts';

const READERS: readonly Role[] = ['clerk', 'officeHead', 'leader', 'supervisor'];
const HANDLERS: readonly Role[] = ['clerk', 'officeHead'];
const EVERYONE: readonly Role[] = [...AGENCY_ROLES, 'supervisor'];

interface Target {
  agencyId: string;
  reviewCaseId: string;
}

interface UseCaseRow {
  name: string;
  call: (ctx: ServiceContext, actor: Actor, t: Target, n: number) => Promise<unknown>;
  /** The same call over HTTP, to compare the refusal with. */
  http: (t: Target, n: number) => InjectOptions;
  allowed: readonly Role[];
  /** Acts on the actor's own agency only (the HTTP route takes no agency): no "other" variant. */
  ownOnly?: boolean;
}

const ROWS: UseCaseRow[] = [
  {
    name: '机关详情',
    call: (ctx, actor, t) => showAgency(ctx, actor, { id: t.agencyId }),
    http: (t) => ({ method: 'GET', url: `/api/v1/agencies/${t.agencyId}` }),
    allowed: EVERYONE,
  },
  {
    name: '用户列表',
    call: (ctx, actor) => listUsers(ctx, actor),
    http: () => ({ method: 'GET', url: '/api/v1/users' }),
    allowed: ['admin'],
    ownOnly: true,
  },
  {
    name: '新增用户',
    call: (ctx, actor, _t, n) =>
      createUser(ctx, actor, {
        agencyId: actor.agencyId!,
        username: `svc-user-${n}`,
        displayName: '矩阵',
        role: 'clerk',
        password: 'matrix-password-1',
      }),
    http: (_t, n) => ({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: `svc-http-${n}`,
        displayName: '矩阵',
        role: 'clerk',
        password: 'matrix-password-1',
      },
    }),
    allowed: ['admin'],
    ownOnly: true,
  },
  {
    name: '审计校验',
    call: (ctx, actor) => verifyAudit(ctx, actor),
    http: () => ({ method: 'GET', url: '/api/v1/audit/verify' }),
    // An installation-wide count: refused to the administrator of A, an agency under S (audit-viewer.test.ts).
    allowed: [],
    ownOnly: true,
  },
  {
    name: '复议诉讼列表',
    call: (ctx, actor, t) => listReviewCases(ctx, actor, { agencyId: t.agencyId, page: 1, pageSize: 20 }),
    http: (t) => ({ method: 'GET', url: `/api/v1/review-cases?agencyId=${t.agencyId}` }),
    allowed: READERS,
  },
  {
    name: '复议诉讼详情',
    call: (ctx, actor, t) => showReviewCase(ctx, actor, { id: t.reviewCaseId }),
    http: (t) => ({ method: 'GET', url: `/api/v1/review-cases/${t.reviewCaseId}` }),
    allowed: READERS,
  },
  {
    name: '登记复议诉讼',
    call: (ctx, actor, _t, n) =>
      fileReviewCase(ctx, actor, {
        agencyId: actor.agencyId!,
        kind: 'review',
        filedOn: '2026-11-05',
        caseNumber: `复议-svc-${n}`,
      }),
    http: (_t, n) => ({
      method: 'POST',
      url: '/api/v1/review-cases',
      payload: { kind: 'review', filedOn: '2026-11-05', caseNumber: `复议-http-${n}` },
    }),
    allowed: HANDLERS,
    ownOnly: true,
  },
  {
    name: '记录审结结果',
    call: (ctx, actor, t) =>
      recordReviewResult(ctx, actor, { id: t.reviewCaseId, result: 'upheld', closedOn: '2026-11-20' }),
    http: (t) => ({
      method: 'PUT',
      url: `/api/v1/review-cases/${t.reviewCaseId}/result`,
      payload: { result: 'upheld', closedOn: '2026-11-20' },
    }),
    allowed: HANDLERS,
  },
  {
    name: '年度报告',
    call: (ctx, actor, t) => buildAnnualReport(ctx, actor, { agencyId: t.agencyId, year: 2026 }),
    http: (t) => ({ method: 'GET', url: `/api/v1/reports/annual?agencyId=${t.agencyId}&year=2026` }),
    allowed: READERS,
  },
  // The review's steps depend on the report's state: their role × step matrix is in services/reports/workflow.test.ts.
  {
    name: '年度报告审核状态',
    call: (ctx, actor, t) => readWorkflow(ctx, actor, { agencyId: t.agencyId, year: 2025 }),
    http: (t) => ({ method: 'GET', url: `/api/v1/reports/annual/2025/workflow?agencyId=${t.agencyId}` }),
    allowed: READERS,
  },
  {
    name: '已发布的年度报告',
    call: (ctx, actor, t) => listReportPublications(ctx, actor, { agencyId: t.agencyId }),
    http: (t) => ({ method: 'GET', url: `/api/v1/reports/annual/publications?agencyId=${t.agencyId}` }),
    allowed: READERS,
  },
  {
    name: '签发 API 令牌',
    call: (ctx, actor) => createApiToken(ctx, actor, { name: '对接' }),
    http: () => ({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: '对接' } }),
    allowed: EVERYONE,
    ownOnly: true,
  },
];

const CALLERS: { role: Role; name: string }[] = [
  ...AGENCY_ROLES.map((role) => ({ role, name: username(role, 'a') })),
  { role: 'supervisor', name: username('supervisor', 's') },
];

/** The code of the DomainError `promise` rejects with; null when it resolves. */
async function refusal(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe.each(ENGINES)('authorization matrix, use cases called directly (%s)', (engine) => {
  let api: ApiFixture;
  let own: Target;
  let other: Target;
  let serial = 0;
  const actors = new Map<string, Actor>();

  const actorOf = async (name: string): Promise<Actor> => {
    const user = (await listUsers(api.ctx, SYSTEM_ACTOR)).find((u) => u.username === name)!;
    const tree = user.role === 'supervisor' ? await agenciesUnder(api.ctx.db, user.agencyId) : undefined;
    return staffActor(user, tree);
  };
  const targetIn = async (clerk: string): Promise<Target> => {
    const actor = await actorOf(clerk);
    const filed = await fileReviewCase(api.ctx, actor, {
      agencyId: actor.agencyId!,
      kind: 'review',
      filedOn: '2026-11-04',
    });
    return { agencyId: filed.agencyId, reviewCaseId: filed.id };
  };

  beforeAll(async () => {
    api = await startApi(engine);
    own = await targetIn('clerk.a');
    other = await targetIn('clerk.c');
    for (const { name } of CALLERS) actors.set(name, await actorOf(name));
  });
  afterAll(() => api.close());

  for (const row of ROWS) {
    it(row.name, async () => {
      for (const caller of CALLERS) {
        for (const reach of row.ownOnly ? (['own'] as const) : (['own', 'other'] as const)) {
          const target = reach === 'own' ? own : other;
          const where = `${caller.name} → ${reach}`;
          const before = await rowCounts(api.database.db);
          const code = await refusal(row.call(api.ctx, actors.get(caller.name)!, target, ++serial));
          if (reach === 'own' && row.allowed.includes(caller.role)) {
            expect(code, where).toBeNull();
            continue;
          }
          expect(code, where).not.toBeNull();
          expect(await rowCounts(api.database.db), where).toEqual(before);
          const response = await api.call(caller.name, row.http(target, ++serial));
          expect(response.statusCode, where).toBe(403);
          expect(code, where).toBe(response.json().error.code);
          if (reach === 'other') expect(code, where).toBe('auth.otherAgency');
        }
      }
    });
  }

  it('the public is refused every one of them as unauthenticated, and may only sign in', async () => {
    for (const row of ROWS) {
      const before = await rowCounts(api.database.db);
      expect(await refusal(row.call(api.ctx, PUBLIC_ACTOR, own, ++serial)), row.name).toBe(
        'auth.unauthenticated',
      );
      expect(await rowCounts(api.database.db), row.name).toEqual(before);
    }
    const session = await login(api.ctx, PUBLIC_ACTOR, { username: 'clerk.a', password: PASSWORD });
    expect(session.user.username).toBe('clerk.a');
  });

  it('a use case that takes the agency as input refuses another agency the route never lets through', async () => {
    const admin = actors.get('admin.a')!;
    const clerk = actors.get('clerk.a')!;
    const before = await rowCounts(api.database.db);
    expect(
      await refusal(
        createUser(api.ctx, admin, {
          agencyId: other.agencyId,
          username: 'svc-other-agency',
          displayName: '越权',
          role: 'clerk',
          password: 'matrix-password-1',
        }),
      ),
    ).toBe('auth.otherAgency');
    expect(
      await refusal(
        fileReviewCase(api.ctx, clerk, { agencyId: other.agencyId, kind: 'review', filedOn: '2026-11-05' }),
      ),
    ).toBe('auth.otherAgency');
    expect(await rowCounts(api.database.db)).toEqual(before);
  });
});
