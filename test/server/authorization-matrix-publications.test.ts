// The authorization matrix of the catalogue (issue 4): every staff catalogue route × every role × own / other
// agency, as in authorization-matrix.test.ts. A role the policy or the agency's review workflow names succeeds on
// its own agency; every other call is refused (403, or 422 publications.roleNotAllowed for a review step the
// workflow gives to another role) and writes nothing; an item of another agency is never read or written
// (auth.otherAgency). The public routes, with or without a staff session, show published items only.
// Each row also calls its use case directly, as the same role on the same agency (issue 8): the same DomainError
// code as over HTTP, and nothing written — the use case, not the route, decides.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/accounts/roles.ts';
import {
  staffActor,
  SYSTEM_ACTOR,
  type AuthenticatedUser,
  type StaffActor,
} from '../../src/services/actor.ts';
import { listUsers } from '../../src/services/accounts/users.ts';
import { agenciesUnder } from '../../src/services/agencies.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { catalogueAnnual, enterExternalFigure } from '../../src/services/publications/annual.ts';
import {
  createDraft,
  editDraft,
  listStaffCatalogue,
  readPublication,
} from '../../src/services/publications/catalogue.ts';
import { addAttachment, attachmentsOf } from '../../src/services/publications/attachments.ts';
import { heldFile } from '../../src/services/incoming-file.ts';
import { reviewQueue } from '../../src/services/publications/reviewing.ts';
import { screenDraft } from '../../src/services/publications/screening.ts';
import { recordChannel } from '../../src/services/publications/channels.ts';
import { publish, reviewStep, submitForReview } from '../../src/services/publications/review.ts';
import { searchStaffCatalogue } from '../../src/services/publications/search.ts';
import { testContext } from '../context.ts';
import { ENGINES } from '../db.ts';
import { refusalCode } from '../refusal.ts';
import { AGENCY_ROLES, reviewApprovals, startApi, username, type ApiFixture } from './fixture.ts';
import { multipart, type FilePart } from './portal-site.ts';
import { rowCounts } from './row-counts.ts';

const EVERYONE: readonly Role[] = [...AGENCY_ROLES, 'supervisor'];
const WRITERS: readonly Role[] = ['clerk', 'officeHead', 'admin'];
type Stage = 'draft' | 'inReview' | 'approved' | 'published';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** The items a call aims at, all of one agency. */
interface Target {
  agencyId: string;
  draftId: string;
  publishedId: string;
  /** A fresh item at the stage the route needs, when it changes state. */
  freshId: string;
}

interface RouteCase {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  url: (t: Target) => string;
  body?: (n: number) => unknown;
  /** A file sent as multipart/form-data instead of a JSON body. */
  upload?: FilePart;
  allowed: readonly Role[];
  ownOnly?: boolean;
  /** The route moves an item on: each call gets a fresh item at this stage. */
  fresh?: Stage;
  /** The use case behind the route, called directly with what the route would pass it. */
  direct: (ctx: ServiceContext, actor: StaffActor, t: Target, n: number) => Promise<unknown>;
}

const ROUTES: RouteCase[] = [
  {
    name: '目录列表',
    method: 'GET',
    url: (t) => `/api/v1/publications?agencyId=${t.agencyId}`,
    allowed: EVERYONE,
    direct: (ctx, a, t) => listStaffCatalogue(ctx, a, { agencyId: t.agencyId, page: 1, pageSize: 20 }),
  },
  {
    name: '目录检索',
    method: 'GET',
    url: (t) => `/api/v1/publications/search?q=${encodeURIComponent('矩阵')}&agencyId=${t.agencyId}`,
    allowed: EVERYONE,
    direct: (ctx, a, t) => searchStaffCatalogue(ctx, a, { q: '矩阵', agencyId: t.agencyId }),
  },
  {
    name: '草稿详情',
    method: 'GET',
    url: (t) => `/api/v1/publications/${t.draftId}`,
    allowed: EVERYONE,
    direct: (ctx, a, t) => readPublication(ctx, a, { id: t.draftId }),
  },
  {
    name: '年度数据',
    method: 'GET',
    url: (t) => `/api/v1/publications/annual/2026?agencyId=${t.agencyId}`,
    allowed: EVERYONE,
    direct: (ctx, a, t) => catalogueAnnual(ctx, a, { agencyId: t.agencyId, year: 2026 }),
  },
  {
    name: '附件列表',
    method: 'GET',
    url: (t) => `/api/v1/publications/${t.draftId}/attachments`,
    allowed: EVERYONE,
    direct: (ctx, a, t) => attachmentsOf(ctx, a, { publicationId: t.draftId }),
  },
  {
    name: '发布前检查（不保存）',
    method: 'POST',
    url: () => '/api/v1/publications/screen',
    body: (n) => draftOf(`矩阵检查${n}`),
    allowed: WRITERS,
    ownOnly: true,
    direct: async (ctx, a, _t, n) =>
      screenDraft(ctx, a, { agencyId: a.agencyId, draft: draftOf(`矩阵检查${n}`) }),
  },
  {
    name: '待我审核',
    method: 'GET',
    url: () => '/api/v1/publications/review-queue',
    allowed: EVERYONE,
    ownOnly: true,
    direct: (ctx, a) => reviewQueue(ctx, a, { page: 1, pageSize: 20 }),
  },
  {
    name: '新建草稿',
    method: 'POST',
    url: () => '/api/v1/publications',
    body: (n) => draftOf(`矩阵新建${n}`),
    allowed: WRITERS,
    ownOnly: true,
    direct: (ctx, a, _t, n) => createDraft(ctx, a, { agencyId: a.agencyId, draft: draftOf(`矩阵新建${n}`) }),
  },
  {
    name: '修改草稿',
    method: 'PUT',
    url: (t) => `/api/v1/publications/${t.draftId}`,
    body: (n) => draftOf(`矩阵草稿（第 ${n} 次修改）`),
    allowed: WRITERS,
    direct: (ctx, a, t, n) =>
      editDraft(ctx, a, { id: t.draftId, draft: draftOf(`矩阵草稿（第 ${n} 次修改）`) }),
  },
  {
    name: '提交审核',
    method: 'POST',
    url: (t) => `/api/v1/publications/${t.freshId}/submit`,
    allowed: WRITERS,
    fresh: 'draft',
    direct: (ctx, a, t) => submitForReview(ctx, a, { id: t.freshId }),
  },
  {
    name: '科室审核通过',
    method: 'POST',
    url: (t) => `/api/v1/publications/${t.freshId}/review`,
    body: () => ({ type: 'approve', step: 'departmentReview' }),
    allowed: ['officeHead'],
    fresh: 'inReview',
    direct: (ctx, a, t) =>
      reviewStep(ctx, a, { id: t.freshId, action: { type: 'approve', step: 'departmentReview' } }),
  },
  {
    name: '科室审核退回',
    method: 'POST',
    url: (t) => `/api/v1/publications/${t.freshId}/review`,
    body: () => ({ type: 'return', step: 'departmentReview', comment: '请补充依据' }),
    allowed: ['officeHead'],
    fresh: 'inReview',
    direct: (ctx, a, t) =>
      reviewStep(ctx, a, {
        id: t.freshId,
        action: { type: 'return', step: 'departmentReview', comment: '请补充依据' },
      }),
  },
  {
    name: '发布',
    method: 'POST',
    url: (t) => `/api/v1/publications/${t.freshId}/publish`,
    allowed: WRITERS,
    fresh: 'approved',
    direct: (ctx, a, t) => publish(ctx, a, { id: t.freshId }),
  },
  {
    name: '登记发布渠道',
    method: 'POST',
    url: (t) => `/api/v1/publications/${t.publishedId}/channels`,
    body: () => ({ channel: 'wechat', releasedOn: '2026-11-02' }),
    allowed: WRITERS,
    direct: (ctx, a, t) =>
      recordChannel(ctx, a, { id: t.publishedId, release: { channel: 'wechat', releasedOn: '2026-11-02' } }),
  },
  {
    name: '上传附件',
    method: 'POST',
    url: (t) => `/api/v1/publications/${t.draftId}/attachments`,
    upload: { name: 'file', fileName: '附件.pdf', type: 'application/pdf', content: PDF },
    allowed: WRITERS,
    direct: (ctx, a, t) =>
      addAttachment(ctx, a, { publicationId: t.draftId, file: heldFile('附件.pdf', new Uint8Array(PDF)) }),
  },
  {
    name: '填报表二外部数据',
    method: 'PUT',
    url: () => '/api/v1/publications/figures/2026/licensing',
    body: (n) => ({ value: n, source: '政务服务平台' }),
    allowed: WRITERS,
    ownOnly: true,
    direct: (ctx, a, _t, n) =>
      enterExternalFigure(ctx, a, {
        agencyId: a.agencyId,
        figure: { year: 2026, row: 'licensing', value: n, source: '政务服务平台' },
      }),
  },
];

function draftOf(title: string) {
  return {
    title,
    publishingBody: '测试机关',
    genre: 'notice',
    category: 'notice',
    summary: '矩阵测试',
    body: '<p>矩阵测试正文</p>',
  };
}

const CALLERS: { role: Role; name: string }[] = [
  ...AGENCY_ROLES.map((role) => ({ role, name: username(role, 'a') })),
  { role: 'supervisor', name: username('supervisor', 's') },
];
/** A refusal on one's own agency: the policy (403) or the agency's review workflow naming another role (422). */
const REFUSALS = ['auth.forbidden', 'auth.otherAgency', 'publications.roleNotAllowed'];

describe.each(ENGINES)('catalogue authorization matrix (%s)', (engine) => {
  let api: ApiFixture;
  let users: AuthenticatedUser[];
  let ctx: ServiceContext;
  let serial = 0;
  /** The actor a signed-in user is, as the server resolves it (a supervisor with the agencies under it). */
  const actors = new Map<string, StaffActor>();
  const actor = (name: string): StaffActor => actors.get(name)!;

  /** Every review step of an item approved, each by a different person of agency `key`. */
  const approveAll = async (key: 'a' | 'c', id: string) => {
    for (const [approver, step] of reviewApprovals(key))
      await reviewStep(ctx, actor(approver), { id, action: { type: 'approve', step } });
  };
  /** An item of agency `key` ('a' or 'c') brought to `stage` by the roles of that agency. */
  const itemAt = async (key: 'a' | 'c', stage: Stage, title = `矩阵${stage}${++serial}`): Promise<string> => {
    const clerk = actor(username('clerk', key));
    const item = await createDraft(ctx, clerk, { agencyId: clerk.agencyId, draft: draftOf(title) });
    if (stage === 'draft') return item.id;
    await submitForReview(ctx, clerk, { id: item.id });
    if (stage === 'inReview') return item.id;
    await approveAll(key, item.id);
    if (stage === 'approved') return item.id;
    await publish(ctx, clerk, { id: item.id });
    return item.id;
  };
  const targetIn = async (key: 'a' | 'c'): Promise<Target> => ({
    agencyId: actor(username('clerk', key)).agencyId,
    draftId: await itemAt(key, 'draft'),
    publishedId: await itemAt(key, 'published'),
    freshId: '',
  });
  let own: Target;
  let other: Target;

  beforeAll(async () => {
    api = await startApi(engine);
    users = await listUsers(api.ctx, SYSTEM_ACTOR);
    ctx = testContext(api.database.db);
    for (const user of users) {
      const tree = user.role === 'supervisor' ? await agenciesUnder(ctx.db, user.agencyId) : undefined;
      actors.set(user.username, staffActor(user, tree));
    }
    own = await targetIn('a');
    other = await targetIn('c');
  });
  afterAll(() => api.close());

  for (const route of ROUTES) {
    it(`${route.name}: ${route.method} ${route.url({ agencyId: ':agency', draftId: ':id', publishedId: ':id', freshId: ':id' })}`, async () => {
      for (const caller of CALLERS) {
        for (const reach of route.ownOnly ? (['own'] as const) : (['own', 'other'] as const)) {
          const allowed = reach === 'own' && route.allowed.includes(caller.role);
          const fresh = async (): Promise<Target> => {
            const target = reach === 'own' ? own : other;
            if (!route.fresh) return target;
            return { ...target, freshId: await itemAt(reach === 'own' ? 'a' : 'c', route.fresh) };
          };
          const directTarget = await fresh();
          const beforeDirect = await rowCounts(api.database.db);
          const direct = await refusalCode(route.direct(ctx, actor(caller.name), directTarget, ++serial));
          const directWhere = `use case as ${caller.name} → ${reach}: ${direct}`;
          if (allowed) expect(direct, directWhere).toBe('accepted');
          else expect(await rowCounts(api.database.db), directWhere).toEqual(beforeDirect);

          const target = await fresh();
          const before = await rowCounts(api.database.db);
          const response = await api.call(caller.name, {
            method: route.method,
            url: route.url(target),
            ...(route.body ? { payload: route.body(++serial) as object } : {}),
            ...(route.upload ? multipart({}, [route.upload]) : {}),
          });
          const where = `${caller.name} → ${reach} (${response.statusCode} ${response.body.slice(0, 160)})`;
          if (allowed) {
            expect(response.statusCode, where).toBeLessThan(300);
            continue;
          }
          const code = response.json().error?.code;
          expect(code, `${where}; ${directWhere}`).toBe(direct);
          if (reach === 'other') {
            expect([response.statusCode, code], where).toEqual([403, 'auth.otherAgency']);
          } else {
            expect([403, 422], where).toContain(response.statusCode);
            expect(REFUSALS, where).toContain(code);
          }
          expect(await rowCounts(api.database.db), where).toEqual(before);
        }
      }
    });
  }

  it('staff lists and searches never show an item outside the caller’s reach', async () => {
    const reachOf = (name: string): string[] =>
      name === 'supervisor.s'
        ? [api.tenancy.supervisorOffice.id, api.tenancy.a.id, api.tenancy.b.id]
        : [name.endsWith('.c') ? api.tenancy.c.id : api.tenancy.a.id];
    const callers = [...CALLERS.map((c) => c.name), ...AGENCY_ROLES.map((r) => username(r, 'c'))];
    for (const name of callers) {
      const reach = reachOf(name);
      for (const url of [
        '/api/v1/publications?pageSize=100',
        `/api/v1/publications/search?q=${encodeURIComponent('矩阵')}&pageSize=100`,
      ]) {
        const response = await api.call(name, { method: 'GET', url });
        expect(response.statusCode, `${name} ${url} ${response.body.slice(0, 160)}`).toBe(200);
        const body = response.json();
        const items: { agencyId: string }[] =
          body.items ?? body.hits.map((h: { item: { agencyId: string } }) => h.item);
        expect(items.length, `${name} ${url}`).toBeGreaterThan(0);
        for (const item of items) expect(reach, `${name} ${url}`).toContain(item.agencyId);
      }
    }
  });

  it('a draft cannot point at another agency’s item (政策解读 of C’s draft), and the refusal does not tell them apart', async () => {
    const before = await rowCounts(api.database.db);
    const answers = [];
    for (const interpretsId of [other.draftId, other.publishedId, 'no-such-item']) {
      const response = await api.call('clerk.a', {
        method: 'POST',
        url: '/api/v1/publications',
        payload: { ...draftOf('矩阵解读'), category: 'interpretation', interpretsId },
      });
      answers.push([response.statusCode, response.json().error?.code]);
    }
    expect(answers).toEqual(Array(3).fill([422, 'publications.invalidLink']));
    expect(await rowCounts(api.database.db)).toEqual(before);
  });

  it('public routes show published items only, whoever is signed in', async () => {
    const hidden: Record<string, string> = {};
    for (const stage of ['draft', 'inReview', 'approved'] as const)
      hidden[stage] = await itemAt('a', stage, `矩阵未公开${stage}`);
    const shown = await itemAt('a', 'draft', '矩阵公开件');
    const hiddenAttachment = await addAttachment(ctx, actor('clerk.a'), {
      publicationId: hidden.draft!,
      file: heldFile('未公开.pdf', new Uint8Array(PDF)),
    });
    await addAttachment(ctx, actor('clerk.a'), {
      publicationId: shown,
      file: heldFile('公开.pdf', new Uint8Array(PDF)),
    });
    await submitForReview(ctx, actor('clerk.a'), { id: shown });
    await approveAll('a', shown);
    await publish(ctx, actor('clerk.a'), { id: shown });

    /** Judged by the stored status, not by the title: the matrix above publishes some of its fresh items. */
    const expectPublished = async (ids: string[], where: string) => {
      for (const id of ids) {
        const row = await api.database.db
          .selectFrom('publications')
          .select('status')
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        expect(row.status, `${where}: ${id}`).toBe('published');
      }
    };
    for (const name of [null, ...CALLERS.map((c) => c.name), 'clerk.c']) {
      const who = name ?? '公众';
      for (const agency of [api.tenancy.a.id, api.tenancy.c.id]) {
        const list = await api.call(name, {
          method: 'GET',
          url: `/api/v1/public/catalogue?agencyId=${agency}&pageSize=100`,
        });
        expect(list.statusCode, who).toBe(200);
        const ids: string[] = list.json().items.map((i: { id: string }) => i.id);
        expect(ids.length, who).toBeGreaterThan(0);
        await expectPublished(ids, `${who} 目录`);
        const feed = await api.call(name, {
          method: 'GET',
          url: `/api/v1/public/agencies/${agency}/feed.atom`,
        });
        expect(feed.statusCode, who).toBe(200);
        const feedIds = [...feed.body.matchAll(/urn:gongkai:publication:([^<]+)</g)].map((m) => m[1]!);
        expect(feedIds.sort(), `${who} 订阅源`).toEqual([...ids].sort());
      }
      const search = await api.call(name, {
        method: 'GET',
        url: `/api/v1/public/catalogue/search?q=${encodeURIComponent('矩阵')}&pageSize=100`,
      });
      expect(search.statusCode, who).toBe(200);
      const hits: { item: { id: string } }[] = search.json().hits;
      expect(
        hits.map((h) => h.item.id),
        who,
      ).toContain(shown);
      await expectPublished(
        hits.map((h) => h.item.id),
        `${who} 检索`,
      );
      for (const id of Object.values(hidden)) {
        for (const url of [`/api/v1/public/catalogue/${id}`, `/api/v1/public/catalogue/${id}/attachments`]) {
          const response = await api.call(name, { method: 'GET', url });
          expect([response.statusCode, response.json().error?.code], `${who} ${url}`).toEqual([
            404,
            'publications.notFound',
          ]);
        }
      }
      const download = await api.call(name, {
        method: 'GET',
        url: `/api/v1/public/attachments/${hiddenAttachment.id}`,
      });
      expect(download.statusCode, `${who} 未公开附件`).toBe(404);
      const page = await api.call(name, {
        method: 'GET',
        url: `/api/v1/public/catalogue/${shown}/attachments`,
      });
      expect(
        page.json().items.map((a: { fileName: string }) => a.fileName),
        who,
      ).toEqual(['公开.pdf']);
    }
  });
});
