// NUL characters and bytes that are not UTF-8, anywhere a caller of the API can put text — path, query, JSON body —
// are a 400 with a Chinese message on both engines (issue 12: PostgreSQL refused NUL in text and the server answered
// 500); the public pages keep their own answers (a form shown again, a 404 page), never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../db.ts';
import { startApi, type ApiFixture } from './fixture.ts';
import { siteOf, urlencoded } from './portal-site.ts';
import { intakeBody } from './seed.ts';

for (const engine of ENGINES) {
  describe(`unstorable text (${engine})`, () => {
    let api: ApiFixture;
    let site: string;
    beforeAll(async () => {
      api = await startApi(engine);
      site = await siteOf(api, 'a');
    });
    afterAll(() => api?.close());

    const publicRequest = (name: string) => ({
      agencyId: api.tenancy.a.id,
      applicant: { kind: 'naturalPerson', name, idDocument: null, contact: 'a@example.com' },
      informationSought: '本单位 2025 年度预算',
      formWanted: '电子邮件',
    });

    it('refuses NUL in a path, a query and a JSON body of the public API, naming where', async () => {
      for (const [url, where] of [
        ['/api/v1/public/catalogue/%00abc', '地址'],
        ['/api/v1/public/attachments/%00', '地址'],
        [`/api/v1/public/agencies/${api.tenancy.a.id}%00/guide`, '地址'],
        ['/api/v1/public/catalogue/search?q=a%00b', '查询参数'],
      ] as const) {
        const response = await api.app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(400);
        expect(response.json().error).toEqual({
          code: 'http.invalidText',
          message: `${where}中含有空字符（NUL）或乱码（不是有效的 UTF-8 文字），请检查后重新提交`,
        });
      }
      const lodged = await api.app.inject({
        method: 'POST',
        url: '/api/v1/public/requests',
        payload: publicRequest('张\u0000三'),
      });
      expect(lodged.statusCode).toBe(400);
      expect(lodged.json().error.code).toBe('http.invalidText');
      // The same request without the NUL is lodged.
      const clean = await api.app.inject({
        method: 'POST',
        url: '/api/v1/public/requests',
        payload: publicRequest('张三'),
      });
      expect(clean.statusCode).toBe(201);
    });

    it('refuses bytes that are not UTF-8 in a JSON body', async () => {
      // Two bytes that begin no UTF-8 sequence, inside the applicant's name.
      const [before, after] = JSON.stringify(publicRequest('李@@')).split('@@') as [string, string];
      const body = Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe]), Buffer.from(after)]);
      const response = await api.app.inject({
        method: 'POST',
        url: '/api/v1/public/requests',
        headers: { 'content-type': 'application/json' },
        payload: body,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('http.invalidText');
      // In a query string, a percent sequence that decodes to no UTF-8 is kept as typed ("%FF"): text, not garbage.
      const query = await api.app.inject({ method: 'GET', url: '/api/v1/public/catalogue/search?q=%FF%FE' });
      expect(query.statusCode).toBe(200);
    });

    it('refuses NUL in staff writes and searches; the pages keep their own answers', async () => {
      const staff = await api.call('clerk.a', {
        method: 'POST',
        url: '/api/v1/requests',
        payload: { ...intakeBody(4401), informationSought: '预算\u0000' },
      });
      expect(staff.statusCode).toBe(400);
      const search = await api.call('clerk.a', { method: 'GET', url: '/api/v1/requests?q=%00' });
      expect(search.statusCode).toBe(400);
      // The pages answer with their own: an address no site or item has is the 404 page, never a 500.
      const page = await api.app.inject({ method: 'GET', url: `${site}catalogue/%00x` });
      expect(page.statusCode).toBe(404);
      expect(page.headers['content-type']).toContain('text/html');
      const form = await api.app.inject({
        method: 'POST',
        url: '/track',
        ...urlencoded({ number: 'GK2026\u0000', code: 'x' }),
      });
      expect(form.statusCode).toBeLessThan(500);
    });
  });
}
