// The authorization matrix of the catalogue (issue 4): every staff catalogue route × every role × own / other
// agency, as in authorization-matrix.test.ts. A role the policy or the agency's review workflow names succeeds on
// its own agency; every other call is refused (403, or 422 publications.roleNotAllowed for a review step the
// workflow gives to another role) and writes nothing; an item of another agency is never read or written
// (auth.otherAgency). The public routes, with or without a staff session, show published items only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/accounts/roles.ts';
import { staffActor, SYSTEM_ACTOR, type AuthenticatedUser } from '../../src/services/actor.ts';
import { listUsers } from '../../src/services/accounts/users.ts';
import { createDraft } from '../../src/services/publications/catalogue.ts';
import { addAttachment } from '../../src/services/publications/attachments.ts';
import { publish, reviewStep, submitForReview } from '../../src/services/publications/review.ts';
import { ENGINES } from '../db.ts';
import { AGENCY_ROLES, startApi, username, type ApiFixture } from './fixture.ts';
import { rowCounts } from './row-counts.ts';

const EVERYONE: readonly Role[] = [...AGENCY_ROLES, 'supervisor'];
const WRITERS: readonly Role[] = ['clerk', 'officeHead', 'admin'];
type Stage = 'draft' | 'inReview' | 'approved' | 'published';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const APPROVALS = [
  ['officeHead', 'departmentReview'],
  ['officeHead', 'confidentialityReview'],
  ['leader', 'signOff'],
] as const;

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
  allowed: readonly Role[];
  ownOnly?: boolean;
  /** The route moves an item on: each call gets a fresh item at this stage. */
  fresh?: Stage;
}

const ROUTES: RouteCase[] = [
  {
    name: '目录列表',
    method: 'GET',
    url: (t) => `/api/v1/publications?agencyId=${t.agencyId}`,
    allowed: EVERYONE,
  },
  {
    name: '目录检索',
    method: 'GET',
    url: (t) => `/api/v1/publications/search?q=${encodeURIComponent('矩阵')}&agencyId=${t.agencyId}`,
    allowed: EVERYONE,
  },
  { name: '草稿详情', method: 'GET', url: (t) => `/api/v1/publications/${t.draftId}`, allowed: EVERYONE },
  {
    name: '年度数据',
    method: 'GET',
    url: (t) => `/api/v1/publications/annual/2026?agencyId=${t.agencyId}`,
    allowed: EVERYONE,
  },
  {
    name: '新建草稿',
    method: 'POST',
    url: () => '/api/v1/publications',
    body: (n) => draftOf(`矩阵新建${n}`),
    allowed: WRITERS,
    ownOnly: true,
  },
  {
    name: '修改草稿',
    method: 'PUT',
    url: (t) => `/api/v1/publications/${t.draftId}`,
    body: (n) => draftOf(`矩阵草稿（第 ${n} 次修改）`),
    allowed: WRITERS,
  },
  {
    name: '提交审核',
    method: 'POST',
    url: (t) => `/api/v1/publications/${t.freshId}/submit`,
    allowed: WRITERS,
    fresh: 'draft',
  },
  {
    name: '科室审核通过',
    method: 'POST',
    url: (t) => `/api/v1/publications/${t.freshId}/review`,
    body: () => ({ type: 'approve', step: 'departmentReview' }),
    allowed: ['officeHead'],
    fresh: 'inReview',
  },
  {
    name: '科室审核退回',
    method: 'POST',
    url: (t) => `/api/v1/publications/${t.freshId}/review`,
    body: () => ({ type: 'return', step: 'departmentReview', comment: '请补充依据' }),
    allowed: ['officeHead'],
    fresh: 'inReview',
  },
  {
    name: '发布',
    method: 'POST',
    url: (t) => `/api/v1/publications/${t.freshId}/publish`,
    allowed: WRITERS,
    fresh: 'approved',
  },
  {
    name: '登记发布渠道',
    method: 'POST',
    url: (t) => `/api/v1/publications/${t.publishedId}/channels`,
    body: () => ({ channel: 'wechat', releasedOn: '2026-11-02' }),
    allowed: WRITERS,
  },
  {
    name: '上传附件',
    method: 'POST',
    url: (t) => `/api/v1/publications/${t.draftId}/attachments`,
    body: () => ({ fileName: '附件.pdf', contentBase64: PDF.toString('base64') }),
    allowed: WRITERS,
  },
  {
    name: '填报表二外部数据',
    method: 'PUT',
    url: () => '/api/v1/publications/figures/2026/licensing',
    body: (n) => ({ value: n, source: '政务服务平台' }),
    allowed: WRITERS,
    ownOnly: true,
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
  let serial = 0;
  const actor = (name: string) => {
    const user = users.find((u) => u.username === name)!;
    return { ...staffActor(user), agencyId: user.agencyId };
  };

  /** An item of agency `key` ('a' or 'c') brought to `stage` by the roles of that agency. */
  const itemAt = async (key: 'a' | 'c', stage: Stage, title = `矩阵${stage}${++serial}`): Promise<string> => {
    const clerk = actor(username('clerk', key));
    const item = await createDraft(api.database.db, clerk, clerk.agencyId, draftOf(title));
    if (stage === 'draft') return item.id;
    await submitForReview(api.database.db, clerk, item.id);
    if (stage === 'inReview') return item.id;
    for (const [role, step] of APPROVALS)
      await reviewStep(api.database.db, actor(username(role, key)), item.id, { type: 'approve', step });
    if (stage === 'approved') return item.id;
    await publish(api.database.db, clerk, item.id);
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
    own = await targetIn('a');
    other = await targetIn('c');
  });
  afterAll(() => api.close());

  for (const route of ROUTES) {
    it(`${route.name}: ${route.method} ${route.url({ agencyId: ':agency', draftId: ':id', publishedId: ':id', freshId: ':id' })}`, async () => {
      for (const caller of CALLERS) {
        for (const reach of route.ownOnly ? (['own'] as const) : (['own', 'other'] as const)) {
          const allowed = reach === 'own' && route.allowed.includes(caller.role);
          let target = reach === 'own' ? own : other;
          if (route.fresh)
            target = { ...target, freshId: await itemAt(reach === 'own' ? 'a' : 'c', route.fresh) };
          const before = await rowCounts(api.database.db);
          const response = await api.call(caller.name, {
            method: route.method,
            url: route.url(target),
            ...(route.body ? { payload: route.body(++serial) as object } : {}),
          });
          const where = `${caller.name} → ${reach} (${response.statusCode} ${response.body.slice(0, 160)})`;
          if (allowed) {
            expect(response.statusCode, where).toBeLessThan(300);
            continue;
          }
          const code = response.json().error?.code;
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
    const hiddenAttachment = await addAttachment(
      api.database.db,
      actor('clerk.a'),
      hidden.draft!,
      '未公开.pdf',
      new Uint8Array(PDF),
    );
    await addAttachment(api.database.db, actor('clerk.a'), shown, '公开.pdf', new Uint8Array(PDF));
    await submitForReview(api.database.db, actor('clerk.a'), shown);
    for (const [role, step] of APPROVALS)
      await reviewStep(api.database.db, actor(username(role, 'a')), shown, { type: 'approve', step });
    await publish(api.database.db, actor('clerk.a'), shown);

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
