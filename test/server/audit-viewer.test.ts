// The audit viewer and the chain check over HTTP on both engines (issue 12): an administrator of an agency under a
// supervising office reads its own agency's rows only and is not told the installation-wide count; the
// administrator of the top-level office reads its hierarchy's; other roles are refused in Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/services/accounts/users.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import { ENGINES } from '../db.ts';
import { PASSWORD, startApi, USERS_PER_AGENCY, type ApiFixture } from './fixture.ts';

interface Entry {
  seq: number;
  at: string;
  agencyId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  actorUserId: string | null;
}

for (const engine of ENGINES) {
  describe(`audit viewer over HTTP (${engine})`, () => {
    let api: ApiFixture;
    let topAdminCookie: string;
    beforeAll(async () => {
      api = await startApi(engine);
      await createUser(api.ctx, SYSTEM_ACTOR, {
        agencyId: api.tenancy.supervisorOffice.id,
        username: 'admin.s',
        displayName: '公开办管理员',
        role: 'admin',
        password: PASSWORD,
      });
      const login = await api.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'admin.s', password: PASSWORD },
      });
      topAdminCookie = `gongkai_session=${login.cookies.find((c) => c.name === 'gongkai_session')!.value}`;
    }, 60_000);
    afterAll(() => api.close());

    const list = (user: string | null, query = '') =>
      api.call(user, { method: 'GET', url: `/api/v1/audit${query}` });
    const asTopAdmin = (url: string) =>
      api.app.inject({ method: 'GET', url, headers: { cookie: topAdminCookie } });
    const items = (response: { json(): unknown }) => (response.json() as { items: Entry[] }).items;

    it("an agency's administrator reads only its agency's rows, newest first", async () => {
      const response = await list('admin.a', '?limit=200');
      expect(response.statusCode).toBe(200);
      const rows = items(response);
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row.agencyId))).toEqual(new Set([api.tenancy.a.id]));
      expect(rows.map((row) => row.seq)).toEqual([...rows.map((row) => row.seq)].sort((x, y) => y - x));

      const other = await list('admin.a', `?agencyId=${api.tenancy.c.id}`);
      expect(other.statusCode).toBe(403);
      expect(other.json().error).toEqual({ code: 'auth.otherAgency', message: '无权访问其他机关的数据' });
    });

    it("an agency's administrator is not told the installation-wide count; the top office's administrator is", async () => {
      const refused = await api.call('admin.a', { method: 'GET', url: '/api/v1/audit/verify' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({
        code: 'auth.forbidden',
        message: '当前角色无权执行此操作：校验审计日志（限顶级机关的系统管理员）',
      });
      const verdict = await asTopAdmin('/api/v1/audit/verify');
      expect(verdict.statusCode).toBe(200);
      expect(verdict.json()).toMatchObject({ ok: true });
    });

    it("the top-level office's administrator reads its hierarchy's rows, not an unrelated agency's", async () => {
      const rows = items(await asTopAdmin('/api/v1/audit?limit=200'));
      const agencies = new Set(rows.map((row) => row.agencyId));
      const { supervisorOffice, a, b, c } = api.tenancy;
      expect(agencies.has(a.id) && agencies.has(b.id) && agencies.has(supervisorOffice.id)).toBe(true);
      expect(agencies.has(c.id)).toBe(false);
      expect((await asTopAdmin(`/api/v1/audit?agencyId=${c.id}`)).statusCode).toBe(403);
      const onlyB = items(await asTopAdmin(`/api/v1/audit?agencyId=${b.id}`));
      expect(onlyB.length).toBeGreaterThan(0);
      expect(onlyB.every((row) => row.agencyId === b.id)).toBe(true);
    });

    it('other roles are refused with a Chinese message', async () => {
      for (const user of ['clerk.a', 'officeHead.a', 'leader.a', 'supervisor.s']) {
        const response = await list(user);
        expect(response.statusCode).toBe(403);
        expect(response.json().error).toEqual({
          code: 'auth.forbidden',
          message: '当前角色无权执行此操作：查看审计日志',
        });
      }
      expect((await list(null)).statusCode).toBe(401);
    });

    it('filters by action, subject, actor and time, and pages backwards by sequence number', async () => {
      const created = items(await list('admin.c', '?action=user.created&limit=200'));
      expect(created.length).toBe(USERS_PER_AGENCY);
      expect(created.every((row) => row.action === 'user.created' && row.agencyId === api.tenancy.c.id)).toBe(
        true,
      );

      const subject = created[0]!;
      const bySubject = items(await list('admin.c', `?subjectType=user&subjectId=${subject.subjectId}`));
      expect(bySubject.map((row) => row.seq)).toContain(subject.seq);
      expect(
        bySubject.every((row) => row.subjectType === 'user' && row.subjectId === subject.subjectId),
      ).toBe(true);

      // Each user signed in as itself when the fixture started: those rows are the user's own.
      const byActor = items(await list('admin.c', `?actorUserId=${subject.subjectId}`));
      expect(byActor.length).toBeGreaterThan(0);
      expect(byActor.every((row) => row.actorUserId === subject.subjectId)).toBe(true);

      // Bounds in Beijing time select the same rows as in UTC; a window in the future holds none.
      const at = new Date(subject.at);
      const beijing = (date: Date) =>
        new Date(date.getTime() + 8 * 3600_000).toISOString().replace('Z', '+08:00');
      const around = items(
        await list(
          'admin.c',
          `?action=user.created&from=${encodeURIComponent(beijing(at))}&to=${encodeURIComponent(beijing(new Date(at.getTime() + 1)))}`,
        ),
      );
      expect(around.map((row) => row.seq)).toContain(subject.seq);
      expect(around.every((row) => row.at === subject.at)).toBe(true);
      expect(items(await list('admin.c', '?from=2999-01-01T00:00:00Z'))).toEqual([]);

      const first = await list('admin.c', '?limit=2');
      const page1 = first.json() as { items: Entry[]; nextBeforeSeq: number | null };
      expect(page1.items).toHaveLength(2);
      expect(page1.nextBeforeSeq).toBe(page1.items[1]!.seq);
      const page2 = items(await list('admin.c', `?limit=2&beforeSeq=${page1.nextBeforeSeq}`));
      expect(page2[0]!.seq).toBeLessThan(page1.items[1]!.seq);
      const all = items(await list('admin.c', '?limit=200'));
      expect([...page1.items, ...page2].map((row) => row.seq)).toEqual(all.slice(0, 4).map((row) => row.seq));
    });

    it('refuses a malformed query with a Chinese message', async () => {
      const badTime = await list('admin.a', '?from=yesterday');
      expect(badTime.statusCode).toBe(400);
      expect(badTime.json().error.message).toContain('时间应为带时区的 ISO 8601 格式');
      expect((await list('admin.a', '?limit=0')).statusCode).toBe(400);
      expect((await list('admin.a', '?colour=red')).statusCode).toBe(400);
    });
  });
}
