// The catalogue over HTTP: a draft goes through screening, the three review steps and publication by the roles
// allowed; a skipped step and a wrong role answer 422 with the publications.* code; the public then finds it in
// the list, the search, the item page and the Atom feed, and reads the guide.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../test/db.ts';
import { REVIEW_STEPS } from '../../../core/publications/review-workflow.ts';
import { reviewApprovals, startApi, username, type ApiFixture } from '../../../../test/server/fixture.ts';
import { multipart } from '../../../../test/server/portal-site.ts';

const draft = {
  title: '关于开展2023年防空警报试鸣的通告',
  publishingBody: '测试市甲局',
  genre: 'notice',
  category: 'notice',
  summary: '9月16日全市试鸣防空警报。',
  body: '<p>定于9月16日上午10时试鸣防空警报，请广大市民不要惊慌。</p><script>alert(1)</script>',
};

for (const engine of ENGINES) {
  describe(`${engine}: catalogue API`, () => {
    let api: ApiFixture;
    beforeAll(async () => {
      api = await startApi(engine);
    });
    afterAll(async () => {
      await api?.close();
    });

    it('reviews, publishes and shows an item to the public', async () => {
      const clerk = username('clerk', 'a');
      const created = await api.call(clerk, { method: 'POST', url: '/api/v1/publications', payload: draft });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      expect(created.json().body).not.toContain('script');

      const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
      const attached = await api.call(clerk, {
        method: 'POST',
        url: `/api/v1/publications/${id}/attachments`,
        ...multipart({}, [{ name: 'file', fileName: '通告.pdf', content: pdf }]),
      });
      expect(attached.statusCode, attached.body).toBe(201);
      const disguised = await api.call(clerk, {
        method: 'POST',
        url: `/api/v1/publications/${id}/attachments`,
        ...multipart({}, [{ name: 'file', fileName: '通告.pdf', content: Buffer.from('<html></html>') }]),
      });
      expect([disguised.statusCode, disguised.json().error.code]).toEqual([
        422,
        'publications.attachmentType',
      ]);
      expect(
        (await api.call(null, { method: 'GET', url: `/api/v1/public/attachments/${attached.json().id}` }))
          .statusCode,
      ).toBe(404);

      expect(
        (await api.call(clerk, { method: 'POST', url: `/api/v1/publications/${id}/submit` })).statusCode,
      ).toBe(200);
      const skipped = await api.call(username('leader', 'a'), {
        method: 'POST',
        url: `/api/v1/publications/${id}/review`,
        payload: { type: 'approve', step: 'signOff' },
      });
      expect([skipped.statusCode, skipped.json().error.code]).toEqual([422, 'publications.stepOutOfOrder']);
      const wrongRole = await api.call(clerk, {
        method: 'POST',
        url: `/api/v1/publications/${id}/review`,
        payload: { type: 'approve', step: 'departmentReview' },
      });
      expect([wrongRole.statusCode, wrongRole.json().error.code]).toEqual([
        422,
        'publications.roleNotAllowed',
      ]);
      const outsider = await api.call(username('officeHead', 'c'), {
        method: 'POST',
        url: `/api/v1/publications/${id}/review`,
        payload: { type: 'approve', step: 'departmentReview' },
      });
      expect(outsider.statusCode).toBe(403);

      for (const [approver, step] of reviewApprovals('a')) {
        const r = await api.call(approver, {
          method: 'POST',
          url: `/api/v1/publications/${id}/review`,
          payload: { type: 'approve', step },
        });
        expect(r.statusCode, r.body).toBe(200);
      }
      const published = await api.call(clerk, { method: 'POST', url: `/api/v1/publications/${id}/publish` });
      expect(published.statusCode, published.body).toBe(200);
      expect(published.json().indexNumber).toMatch(/^000000000\/\d{4}-00001$/);
      const channel = await api.call(clerk, {
        method: 'POST',
        url: `/api/v1/publications/${id}/channels`,
        payload: { channel: 'wechat', releasedOn: published.json().publishedOn },
      });
      expect(channel.statusCode, channel.body).toBe(200);

      const detail = await api.call(username('supervisor', 's'), {
        method: 'GET',
        url: `/api/v1/publications/${id}`,
      });
      expect(detail.json().history.map((h: { action: string }) => h.action)).toEqual([
        'submit',
        'approve',
        'approve',
        'approve',
        'publish',
      ]);

      const agencyId = api.tenancy.a.id;
      const list = await api.call(null, {
        method: 'GET',
        url: `/api/v1/public/catalogue?agencyId=${agencyId}`,
      });
      expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([id]);
      const search = await api.call(null, {
        method: 'GET',
        url: `/api/v1/public/catalogue/search?q=${encodeURIComponent('防空警报')}&agencyId=${agencyId}`,
      });
      expect(search.statusCode, search.body).toBe(200);
      expect(search.json().hits[0].titleHtml).toContain('<mark>防空警报</mark>');
      expect(
        (await api.call(null, { method: 'GET', url: `/api/v1/public/catalogue/${id}` })).json().channels[0]
          .channel,
      ).toBe('wechat');
      const download = await api.call(null, {
        method: 'GET',
        url: `/api/v1/public/attachments/${attached.json().id}`,
      });
      expect([
        download.statusCode,
        download.headers['content-type'],
        download.rawPayload.equals(pdf),
      ]).toEqual([200, 'application/pdf', true]);
      expect(download.headers['content-disposition']).toContain('attachment;');
      const feed = await api.call(null, {
        method: 'GET',
        url: `/api/v1/public/agencies/${agencyId}/feed.atom`,
      });
      expect(feed.headers['content-type']).toContain('application/atom+xml');
      expect(feed.body).toContain('<title>关于开展2023年防空警报试鸣的通告</title>');
      const guide = await api.call(null, { method: 'GET', url: `/api/v1/public/agencies/${agencyId}/guide` });
      expect(guide.json()).toMatchObject({ agencyName: '测试市甲局', office: { phone: '0539-0000000' } });
    });

    it('hides drafts from the public and enters table 二 figures with their source', async () => {
      const created = await api.call(username('clerk', 'a'), {
        method: 'POST',
        url: '/api/v1/publications',
        payload: { ...draft, title: '尚未发布的草稿' },
      });
      const hidden = await api.call(null, {
        method: 'GET',
        url: `/api/v1/public/catalogue/${created.json().id}`,
      });
      expect([hidden.statusCode, hidden.json().error.code]).toEqual([404, 'publications.notFound']);
      const entered = await api.call(username('officeHead', 'a'), {
        method: 'PUT',
        url: '/api/v1/publications/figures/2023/penalty',
        payload: { value: 1, source: '行政执法监督平台' },
      });
      expect(entered.statusCode, entered.body).toBe(200);
      const noSource = await api.call(username('officeHead', 'a'), {
        method: 'PUT',
        url: '/api/v1/publications/figures/2023/penalty',
        payload: { value: 1, source: '' },
      });
      expect(noSource.statusCode).toBe(400);
      const annual = await api.call(username('leader', 'a'), {
        method: 'GET',
        url: '/api/v1/publications/annual/2023',
      });
      expect(annual.statusCode, annual.body).toBe(200);
      expect(annual.json().proactiveTable.penalty).toEqual([1]);
      expect(annual.json().figures[0]).toMatchObject({ row: 'penalty', source: '行政执法监督平台' });
    });

    it('documents every catalogue body in OpenAPI: the draft’s fields and the review step keys', async () => {
      const doc = (await api.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
      const bodyOf = (path: string, method: string) =>
        doc.paths[path][method].requestBody.content['application/json'].schema;
      for (const [path, method] of [
        ['/api/v1/publications', 'post'],
        ['/api/v1/publications/{id}', 'put'],
      ] as const) {
        const draft = bodyOf(path, method);
        expect(draft.additionalProperties, `${method} ${path}`).toBe(false);
        expect(Object.keys(draft.properties), `${method} ${path}`).toEqual(
          expect.arrayContaining(['title', 'publishingBody', 'genre', 'category', 'body', 'validity']),
        );
        expect(draft.properties.documentNumber.description, `${method} ${path}`).toContain('文号');
        expect(draft.required, `${method} ${path}`).toEqual(
          expect.arrayContaining(['title', 'publishingBody', 'genre', 'category']),
        );
      }
      const review = JSON.stringify(bodyOf('/api/v1/publications/{id}/review', 'post'));
      for (const step of REVIEW_STEPS) expect(review).toContain(`"${step}"`);
      const history = JSON.stringify(
        doc.paths['/api/v1/publications/{id}'].get.responses['200'].content['application/json'].schema,
      );
      for (const step of REVIEW_STEPS) expect(history).toContain(`"${step}"`);
      // Attachments are a streamed upload, documented as multipart rather than a JSON body.
      expect(
        Object.keys(doc.paths['/api/v1/publications/{id}/attachments'].post.requestBody.content),
      ).toEqual(['multipart/form-data']);
      for (const [path, method] of [
        ['/api/v1/publications/{id}/channels', 'post'],
        ['/api/v1/publications/figures/{year}/{row}', 'put'],
      ] as const)
        expect(
          Object.keys(bodyOf(path, method).properties ?? {}).length,
          `${method} ${path}`,
        ).toBeGreaterThan(1);
    });
  });
}
