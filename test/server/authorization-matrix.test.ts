// The authorization matrix (issue 4): every staff route × every role × own / other agency. A user of agency A (and
// the supervisor over A and B) against the rows of A and of C, an agency outside its reach. Expected: the roles the
// policy names succeed on their own agency; every other call is 403 and writes nothing; a row of another agency is
// never read or written (auth.otherAgency), and no list shows a row outside the caller's reach.
// The request rows also name their use case: the same caller (same role, same agency) calling it directly, as the
// console or the CLI would, is answered exactly as HTTP answered — success, or the same DomainError code with no
// row written — so the policy holds behind every door, not only behind the routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/accounts/roles.ts';
import {
  staffActor,
  SYSTEM_ACTOR,
  type AuthenticatedUser,
  type StaffActor,
} from '../../src/services/actor.ts';
import { agenciesUnder } from '../../src/services/agencies.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { appendEvent } from '../../src/services/requests/append-event.ts';
import { listAgencyConsultations } from '../../src/services/participation/consultations.ts';
import { listAgencyQuestions } from '../../src/services/participation/questions.ts';
import { generateDocuments, listDocuments } from '../../src/services/documents/generate.ts';
import { requestDetail } from '../../src/services/requests/detail.ts';
import { registerRequest } from '../../src/services/requests/intake.ts';
import { deadlineWarnings, listRequests } from '../../src/services/requests/queries.ts';
import { fileReviewCase } from '../../src/services/review-cases.ts';
import { listUsers } from '../../src/services/accounts/users.ts';
import { listAuditEntries } from '../../src/services/audit.ts';
import { readWorkflow } from '../../src/services/reports/workflow.ts';
import { listReportPublications } from '../../src/services/reports/published.ts';
import { testContext } from '../context.ts';
import { ENGINES } from '../db.ts';
import { AGENCY_ROLES, startApi, username, type ApiFixture } from './fixture.ts';
import { rowCounts } from './row-counts.ts';
import { intakeBody } from './seed.ts';

const READERS: readonly Role[] = ['clerk', 'officeHead', 'leader', 'supervisor'];
const HANDLERS: readonly Role[] = ['clerk', 'officeHead'];
const EVERYONE: readonly Role[] = [...AGENCY_ROLES, 'supervisor'];

/** The rows a call aims at: those of the caller's own agency (A) or of the agency outside its reach (C). */
interface Target {
  agencyId: string;
  requestId: string;
  reviewCaseId: string;
}

interface RouteCase {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: (t: Target) => string;
  body?: (t: Target, n: number) => unknown;
  /** Roles that succeed against their own agency's rows. */
  allowed: readonly Role[];
  /** The route acts on the caller's own agency only (no agency in the call): the "other" variant does not apply. */
  ownOnly?: boolean;
  /** A write that needs a fresh request for each successful call (events change state). */
  freshRequest?: boolean;
  /** The same call made to the use case directly, with the caller's actor. */
  direct?: (ctx: ServiceContext, actor: StaffActor, t: Target, n: number) => Promise<unknown>;
}

const ASSIGNED = { type: 'assigned', on: '2026-11-03', assignee: '张三' } as const;
const EXTENDED = {
  type: 'extended',
  on: '2026-11-20',
  workingDays: 10,
  approvedBy: '公开办负责人',
} as const;
const DECIDED = {
  type: 'decided',
  on: '2026-11-10',
  outcome: 'granted',
  reasons: '予以公开',
  articles: '《条例》第三十六条第（二）项',
} as const;

const ROUTES: RouteCase[] = [
  { name: '机关详情', method: 'GET', url: (t) => `/api/v1/agencies/${t.agencyId}`, allowed: EVERYONE },
  { name: '用户列表', method: 'GET', url: () => '/api/v1/users', allowed: ['admin'], ownOnly: true },
  {
    name: '新增用户',
    method: 'POST',
    url: () => '/api/v1/users',
    body: (_t, n) => ({
      username: `matrix-user-${n}`,
      displayName: '矩阵',
      role: 'clerk',
      password: 'matrix-password-1',
    }),
    allowed: ['admin'],
    ownOnly: true,
  },
  // The chain check counts every agency's rows: A sits under S, so even A's administrator is refused (the
  // top-level office's administrator is allowed: test/server/audit-viewer.test.ts).
  { name: '审计校验', method: 'GET', url: () => '/api/v1/audit/verify', allowed: [], ownOnly: true },
  {
    name: '审计日志',
    method: 'GET',
    url: (t) => `/api/v1/audit?agencyId=${t.agencyId}`,
    allowed: ['admin'],
    direct: (ctx, actor, t) => listAuditEntries(ctx, actor, { agencyId: t.agencyId }),
  },
  {
    name: '申请列表',
    method: 'GET',
    url: (t) => `/api/v1/requests?agencyId=${t.agencyId}`,
    allowed: READERS,
    direct: (ctx, actor, t) => listRequests(ctx, actor, { agencyId: t.agencyId, page: 1, pageSize: 20 }),
  },
  {
    name: '申请详情',
    method: 'GET',
    url: (t) => `/api/v1/requests/${t.requestId}`,
    allowed: READERS,
    direct: (ctx, actor, t) => requestDetail(ctx, actor, { requestId: t.requestId }),
  },
  {
    name: '登记申请',
    method: 'POST',
    url: () => '/api/v1/requests',
    body: (_t, n) => intakeBody(n),
    allowed: HANDLERS,
    ownOnly: true,
    direct: (ctx, actor, _t, n) =>
      registerRequest(ctx, actor, { ...intakeBody(n), agencyId: actor.agencyId }),
  },
  {
    name: '分办',
    method: 'POST',
    url: (t) => `/api/v1/requests/${t.requestId}/events`,
    body: () => ({ event: ASSIGNED }),
    allowed: HANDLERS,
    freshRequest: true,
    direct: (ctx, actor, t) => appendEvent(ctx, actor, { requestId: t.requestId, event: ASSIGNED }),
  },
  {
    name: '延长答复期限',
    method: 'POST',
    url: (t) => `/api/v1/requests/${t.requestId}/events`,
    body: () => ({ event: EXTENDED }),
    allowed: ['officeHead'],
    freshRequest: true,
    direct: (ctx, actor, t) => appendEvent(ctx, actor, { requestId: t.requestId, event: EXTENDED }),
  },
  {
    name: '签发答复决定',
    method: 'POST',
    url: (t) => `/api/v1/requests/${t.requestId}/events`,
    body: () => ({ event: DECIDED }),
    allowed: ['leader', 'officeHead'],
    freshRequest: true,
    direct: (ctx, actor, t) => appendEvent(ctx, actor, { requestId: t.requestId, event: DECIDED }),
  },
  {
    name: '申请的文书',
    method: 'GET',
    url: (t) => `/api/v1/requests/${t.requestId}/documents`,
    allowed: READERS,
    direct: (ctx, actor, t) => listDocuments(ctx, actor, { requestId: t.requestId }),
  },
  {
    name: '生成文书并编文号',
    method: 'POST',
    url: (t) => `/api/v1/requests/${t.requestId}/documents/generate`,
    allowed: HANDLERS,
    direct: (ctx, actor, t) => generateDocuments(ctx, actor, { requestId: t.requestId }),
  },
  // 公众参与 (issue 14): the lists of the caller's own agency, and a proposal registered by its handlers.
  {
    name: '意见征集列表',
    method: 'GET',
    url: () => '/api/v1/participation/consultations',
    allowed: EVERYONE,
    ownOnly: true,
    direct: (ctx, actor) => listAgencyConsultations(ctx, actor, { page: 1, pageSize: 20 }),
  },
  {
    name: '公众留言列表',
    method: 'GET',
    url: () => '/api/v1/participation/questions',
    allowed: EVERYONE,
    ownOnly: true,
    direct: (ctx, actor) => listAgencyQuestions(ctx, actor, { page: 1, pageSize: 20 }),
  },
  {
    name: '工作要点任务',
    method: 'GET',
    url: () => '/api/v1/participation/work-plan?year=2026',
    allowed: READERS,
    ownOnly: true,
  },
  {
    name: '登记建议提案',
    method: 'POST',
    url: () => '/api/v1/participation/proposals',
    body: (_t, n) => ({
      year: 2026,
      kind: 'npcSuggestion',
      number: `第${n}号`,
      title: '关于人防工程开放的建议',
      receivedOn: '2026-03-01',
      notPublishedReason: '答复涉及第三方信息',
    }),
    allowed: HANDLERS,
    ownOnly: true,
  },
  {
    name: '超期预警',
    method: 'GET',
    url: (t) => `/api/v1/warnings?agencyId=${t.agencyId}&withinWorkingDays=60`,
    allowed: READERS,
    direct: (ctx, actor, t) => deadlineWarnings(ctx, actor, { agencyId: t.agencyId, withinWorkingDays: 60 }),
  },
  {
    name: '复议诉讼列表',
    method: 'GET',
    url: (t) => `/api/v1/review-cases?agencyId=${t.agencyId}`,
    allowed: READERS,
  },
  {
    name: '复议诉讼详情',
    method: 'GET',
    url: (t) => `/api/v1/review-cases/${t.reviewCaseId}`,
    allowed: READERS,
  },
  {
    name: '登记复议诉讼',
    method: 'POST',
    url: () => '/api/v1/review-cases',
    body: (_t, n) => ({ kind: 'review', filedOn: '2026-11-05', caseNumber: `复议-${n}` }),
    allowed: HANDLERS,
    ownOnly: true,
  },
  {
    name: '记录审结结果',
    method: 'PUT',
    url: (t) => `/api/v1/review-cases/${t.reviewCaseId}/result`,
    body: () => ({ result: 'upheld', closedOn: '2026-11-20' }),
    allowed: HANDLERS,
  },
  {
    name: '年度报告',
    method: 'GET',
    url: (t) => `/api/v1/reports/annual?agencyId=${t.agencyId}&year=2026`,
    allowed: READERS,
  },
  {
    name: '下载年度报告',
    method: 'GET',
    url: (t) => `/api/v1/reports/annual/download?agencyId=${t.agencyId}&year=2026&format=text`,
    allowed: READERS,
  },
  // The review's steps depend on the report's state: their role × step matrix is in services/reports/workflow.test.ts.
  {
    name: '年度报告审核状态',
    method: 'GET',
    url: (t) => `/api/v1/reports/annual/2025/workflow?agencyId=${t.agencyId}`,
    allowed: READERS,
    direct: (ctx, actor, t) => readWorkflow(ctx, actor, { agencyId: t.agencyId, year: 2025 }),
  },
  {
    name: '已发布的年度报告',
    method: 'GET',
    url: (t) => `/api/v1/reports/annual/publications?agencyId=${t.agencyId}`,
    allowed: READERS,
    direct: (ctx, actor, t) => listReportPublications(ctx, actor, { agencyId: t.agencyId }),
  },
  { name: '工作台', method: 'GET', url: () => '/api/v1/workbench', allowed: EVERYONE, ownOnly: true },
  {
    name: '监督总览',
    method: 'GET',
    url: () => '/api/v1/supervision',
    allowed: ['supervisor'],
    ownOnly: true,
  },
  {
    name: '监督：超期申请',
    method: 'GET',
    url: (t) => `/api/v1/supervision/agencies/${t.agencyId}/overdue`,
    allowed: ['supervisor'],
  },
  { name: '当前用户', method: 'GET', url: () => '/api/v1/auth/me', allowed: EVERYONE, ownOnly: true },
  {
    name: '签发 API 令牌',
    method: 'POST',
    url: () => '/api/v1/auth/tokens',
    body: () => ({ name: '对接' }),
    allowed: EVERYONE,
    ownOnly: true,
  },
];

const CALLERS: { role: Role; name: string }[] = [
  ...AGENCY_ROLES.map((role) => ({ role, name: username(role, 'a') })),
  { role: 'supervisor', name: username('supervisor', 's') },
];

describe.each(ENGINES)('authorization matrix (%s)', (engine) => {
  let api: ApiFixture;
  let own: Target;
  let other: Target;
  let serial = 0;
  const userOf = async (name: string): Promise<AuthenticatedUser> =>
    (await listUsers(api.ctx, SYSTEM_ACTOR)).find((u) => u.username === name)!;
  const newRequest = async (clerk: string) => {
    const user = await userOf(clerk);
    const ack = await registerRequest(ctx, staffActor(user), {
      ...intakeBody(++serial),
      agencyId: user.agencyId,
    });
    return ack.request.id;
  };
  const targetIn = async (clerk: string): Promise<Target> => {
    const user = await userOf(clerk);
    const filed = await fileReviewCase(api.ctx, staffActor(user), {
      agencyId: user.agencyId,
      kind: 'review',
      filedOn: '2026-11-04',
    });
    return { agencyId: user.agencyId, requestId: await newRequest(clerk), reviewCaseId: filed.id };
  };

  let ctx: ServiceContext;
  /** The actor the server makes of a signed-in user (a supervisor reaches the agencies under its own). */
  const actorOf = async (name: string): Promise<StaffActor> => {
    const user = await userOf(name);
    const tree =
      user.role === 'supervisor' ? await agenciesUnder(api.database.db, user.agencyId) : [user.agencyId];
    return staffActor(user, tree);
  };

  beforeAll(async () => {
    api = await startApi(engine);
    ctx = testContext(api.database.db);
    own = await targetIn('clerk.a');
    other = await targetIn('clerk.c');
  });
  afterAll(() => api.close());

  for (const route of ROUTES) {
    it(`${route.name}: ${route.method} ${route.url({ agencyId: ':agency', requestId: ':id', reviewCaseId: ':id' })}`, async () => {
      for (const caller of CALLERS) {
        for (const reach of route.ownOnly ? (['own'] as const) : (['own', 'other'] as const)) {
          const allowed = reach === 'own' && route.allowed.includes(caller.role);
          let target = reach === 'own' ? own : other;
          if (route.freshRequest)
            target = { ...target, requestId: await newRequest(reach === 'own' ? 'clerk.a' : 'clerk.c') };
          const before = await rowCounts(api.database.db);
          const response = await api.call(caller.name, {
            method: route.method,
            url: route.url(target),
            ...(route.body ? { payload: route.body(target, ++serial) as object } : {}),
          });
          const where = `${caller.name} → ${reach} (${response.statusCode} ${response.body.slice(0, 160)})`;
          if (allowed) expect(response.statusCode, where).toBeLessThan(300);
          else {
            expect(response.statusCode, where).toBe(403);
            if (reach === 'other') expect(response.json().error.code, where).toBe('auth.otherAgency');
            expect(await rowCounts(api.database.db), where).toEqual(before);
          }
          if (!route.direct) continue;

          // The other door: the same caller, the same rows, the use case itself.
          if (route.freshRequest)
            target = { ...target, requestId: await newRequest(reach === 'own' ? 'clerk.a' : 'clerk.c') };
          const beforeDirect = await rowCounts(api.database.db);
          const outcome = await route.direct(ctx, await actorOf(caller.name), target, ++serial).then(
            () => 'allowed',
            (error: { code?: string }) => error.code ?? String(error),
          );
          const directly = `${where}, direct call`;
          if (allowed) {
            expect(outcome, directly).toBe('allowed');
            continue;
          }
          expect(outcome, directly).toBe(response.json().error.code);
          expect(await rowCounts(api.database.db), directly).toEqual(beforeDirect);
        }
      }
    });
  }

  it('lists never show a row outside the caller’s reach', async () => {
    const reachOf = (name: string): string[] =>
      name === 'supervisor.s'
        ? [api.tenancy.supervisorOffice.id, api.tenancy.a.id, api.tenancy.b.id]
        : [name.endsWith('.c') ? api.tenancy.c.id : api.tenancy.a.id];
    const callers = [
      ...CALLERS.map((c) => c.name),
      ...READERS.filter((r) => r !== 'supervisor').map((r) => username(r, 'c')),
    ];
    for (const name of callers) {
      const reach = reachOf(name);
      const agencies = await api.call(name, { method: 'GET', url: '/api/v1/agencies' });
      expect(
        agencies
          .json()
          .items.map((a: { id: string }) => a.id)
          .sort(),
        name,
      ).toEqual([...reach].sort());
      for (const url of [
        '/api/v1/requests?pageSize=100',
        '/api/v1/review-cases?pageSize=100',
        '/api/v1/warnings?withinWorkingDays=60',
      ]) {
        const response = await api.call(name, { method: 'GET', url });
        if (name.startsWith('admin')) {
          expect(response.statusCode, `${name} ${url}`).toBe(403);
          continue;
        }
        expect(response.statusCode, `${name} ${url}`).toBe(200);
        const items: { agencyId?: string; request?: { agencyId: string } }[] = response.json().items;
        expect(items.length, `${name} ${url}`).toBeGreaterThan(0);
        for (const item of items)
          expect(reach, `${name} ${url}`).toContain(item.agencyId ?? item.request!.agencyId);
      }
    }
  });

  it('an API token acts with its user’s reach only', async () => {
    const issued = await api.call('clerk.c', {
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { name: '丙局对接' },
    });
    const bearer = { authorization: `Bearer ${issued.json().token}` };
    const read = await api.app.inject({
      method: 'GET',
      url: `/api/v1/requests/${own.requestId}`,
      headers: bearer,
    });
    expect(read.statusCode).toBe(403);
    const before = await rowCounts(api.database.db);
    const write = await api.app.inject({
      method: 'POST',
      url: `/api/v1/requests/${own.requestId}/events`,
      headers: bearer,
      payload: { event: { type: 'assigned', on: '2026-11-03', assignee: '李四' } },
    });
    expect(write.statusCode).toBe(403);
    expect(await rowCounts(api.database.db)).toEqual(before);
  });
});
