// The catalogue's pages at the HTTP level on both engines: malformed filters are the Chinese 400 page, an item
// that is not a published item of the path's agency is the 404 page, hostile input never a 500, the feed links to
// the item pages, the sitemaps list the published items only, and a revalidation costs a 304.
import type { FastifyInstance } from 'fastify';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../src/core/publications/index-number.ts';
import { buildServer } from '../../src/server/app.ts';
import { sitemapPageCount, sitemapSlice, SITEMAP_SECTIONS } from '../../src/server/pages/sitemap.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR } from '../../src/services/actor.ts';
import { createAgency, type Agency } from '../../src/services/agencies.ts';
import { publishedAttachments } from '../../src/services/publications/attachments.ts';
import { createDraft, listCatalogue } from '../../src/services/publications/catalogue.ts';
import { loadDemoCatalogue } from '../../src/services/publications/demo/load.ts';
import { testContext } from '../context.ts';
import { forEachEngine } from '../db.ts';

/** Parses `text` as XML; throws on anything not well-formed. Returns the text of every <loc> and <link href>. */
function parseXml(text: string): { locs: string[]; links: string[] } {
  const parser = new SaxesParser();
  const locs: string[] = [];
  const links: string[] = [];
  let inLoc = false;
  parser.on('opentag', (tag) => {
    inLoc = tag.name === 'loc';
    if (tag.name === 'link' && tag.attributes.rel === 'alternate') links.push(String(tag.attributes.href));
  });
  parser.on('text', (t) => {
    if (inLoc) locs.push(t);
  });
  parser.on('closetag', () => {
    inLoc = false;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
  return { locs, links };
}

describe('sitemap paging', () => {
  it('puts the column pages first and at most 50,000 URLs in a file', () => {
    const fixed = SITEMAP_SECTIONS.length;
    expect(sitemapPageCount(0)).toBe(1);
    expect(sitemapPageCount(50_000 - fixed)).toBe(1);
    expect(sitemapPageCount(50_000 - fixed + 1)).toBe(2);
    expect(sitemapSlice(1)).toEqual({ sections: SITEMAP_SECTIONS, offset: 0, limit: 50_000 - fixed });
    expect(sitemapSlice(2)).toEqual({ sections: [], offset: 50_000 - fixed, limit: 50_000 });
    expect(sitemapSlice(2, 4)).toEqual({
      sections: SITEMAP_SECTIONS.slice(4, 8),
      offset: 0,
      limit: 4 - (fixed - 4),
    });
  });
});

forEachEngine((engine, getDb) => {
  describe(`catalogue pages (${engine})`, () => {
    let app: FastifyInstance;
    let demo: Agency;
    let other: Agency;
    let site: string;
    let draftId: string;
    let foreignId: string;
    let foreignAttachment: string;
    beforeAll(async () => {
      const ctx = testContext(getDb());
      demo = await createAgency(ctx, SYSTEM_ACTOR, {
        name: '临沂市国防动员办公室',
        code: '11371300MB28572154',
        level: 'department',
        registrationPrefix: '临国动依申请',
      });
      other = await createAgency(ctx, SYSTEM_ACTOR, {
        name: '另一市丙局',
        code: '11371300MB2857999' + creditCodeCheckCharacter('11371300MB2857999'),
        level: 'department',
        registrationPrefix: '丙依申',
      });
      await loadDemoCatalogue(ctx, SYSTEM_ACTOR, demo.id);
      await loadDemoCatalogue(ctx, SYSTEM_ACTOR, other.id);
      const draft = await createDraft(ctx, SYSTEM_ACTOR, {
        agencyId: demo.id,
        draft: {
          title: '尚未发布的草稿通知',
          publishingBody: demo.name,
          genre: 'notice',
          category: 'notice',
          body: '<p>草稿</p>',
        },
      });
      draftId = draft.id;
      foreignId = (await listCatalogue(getDb(), { agencyIds: [other.id], limit: 1, offset: 0 })).items[0]!.id;
      const rules = await listCatalogue(getDb(), {
        agencyIds: [other.id],
        category: 'disclosureRules',
        limit: 1,
        offset: 0,
      });
      foreignAttachment = (
        await publishedAttachments(ctx, PUBLIC_ACTOR, { publicationId: rules.items[0]!.id })
      )[0]!.id;
      app = await buildServer({ ctx, config: {} });
      site = `/${demo.code}`;
    }, 120_000);
    afterAll(() => app?.close());

    const get = (url: string, headers: Record<string, string> = {}) =>
      app.inject({ method: 'GET', url, headers });

    it('answers malformed filters with the Chinese 400 page', async () => {
      const cases: [string, string][] = [
        ['/catalogue?category=nonsense', '所选信息类别不存在'],
        ['/catalogue?page=abc', '页码应为'],
        ['/catalogue?year=99999', '发布年份应为'],
        ['/catalogue?art20Item=16', '第二十条的项数'],
        ['/catalogue?validity=%00', '所选有效性不存在'],
        ['/catalogue?category=notice&category=other', '所选信息类别不存在'],
        [`/catalogue/search?q=${'长'.repeat(2000)}`, '检索词不能超过 100 个字'],
        ['/catalogue/search?q=%E4%BA%BA%00%E9%98%B2', '控制字符'],
        ['/catalogue/search?q=防空&year=20x3', '发布年份应为'],
      ];
      for (const [path, message] of cases) {
        const response = await get(`${site}${path}`);
        expect([response.statusCode, path]).toEqual([400, path]);
        expect(response.headers['content-type']).toContain('text/html');
        expect(response.body).toContain('网址参数有误');
        expect(response.body).toContain(message);
      }
      // A blank filter (what the form sends for 不限) is no filter.
      const blank = await get(`${site}/catalogue?category=&art20Item=&year=&validity=&page=`);
      expect(blank.statusCode).toBe(200);
    });

    it('answers an item that is not a published item of the agency with the 404 page', async () => {
      for (const path of [
        `${site}/catalogue/${foreignId}`,
        `${site}/catalogue/${draftId}`,
        `${site}/catalogue/00000000-0000-4000-8000-000000000000`,
        `${site}/catalogue/not-a-uuid`,
        `${site}/catalogue/%00`,
        `${site}/attachments/${foreignId}`,
        `${site}/attachments/${foreignAttachment}`,
        `${site}/attachments/%00`,
        `/NOSUCHAGENCY/catalogue/${foreignId}`,
      ]) {
        const response = await get(path);
        expect([response.statusCode, path]).toEqual([404, path]);
        expect(response.headers['content-type']).toContain('text/html');
        expect(response.body).toContain('页面不存在');
      }
      // Longer than the router's parameter limit (maxParamLength): Fastify refuses it before any route — as the
      // Chinese 400 page all the same.
      const overlong = await get(`${site}/catalogue/${'a'.repeat(2000)}`);
      expect([overlong.statusCode, overlong.headers['content-type']]).toEqual([
        400,
        'text/html; charset=utf-8',
      ]);
      expect(overlong.body).toContain('网址参数有误');
      const own = await get(`/${other.code}/catalogue/${foreignId}`);
      expect(own.statusCode).toBe(200);
      const download = await get(`/${other.code}/attachments/${foreignAttachment}`);
      expect([
        download.statusCode,
        download.headers['content-type'],
        download.rawPayload.subarray(0, 5).toString(),
      ]).toEqual([200, 'application/pdf', '%PDF-']);
      expect(download.headers['content-disposition']).toContain('attachment;');
    });

    it('never answers hostile search input with a 500', async () => {
      for (const q of [
        '%00',
        '〔〕',
        '"',
        "'; DROP TABLE publications; --",
        'a'.repeat(100),
        '*',
        'NOT',
        '<script>',
      ]) {
        const response = await get(`${site}/catalogue/search?q=${encodeURIComponent(q)}`);
        expect([response.statusCode, q]).not.toEqual([500, q]);
        expect(response.body).not.toContain('<script>');
      }
      const echoed = await get(`${site}/catalogue/search?q=${encodeURIComponent('<b>人防</b>')}`);
      expect(echoed.body).toContain('&lt;b&gt;人防&lt;/b&gt;');
    });

    it('links the feed’s entries to the item pages', async () => {
      const feed = await get(`${site}/catalogue/feed.atom`);
      expect(feed.headers['content-type']).toContain('application/atom+xml');
      const { links } = parseXml(feed.body);
      expect(links.length).toBeGreaterThan(40);
      for (const link of links)
        expect(link).toMatch(new RegExp(`^http://localhost(:\\d+)?${site}/catalogue(/[0-9a-f-]{36})?$`));
      const api = await get(`/api/v1/public/agencies/${demo.id}/feed.atom`);
      expect(parseXml(api.body).links).toEqual(links);
      const page = await get(new URL(links.at(-1)!).pathname);
      expect([page.statusCode, page.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    });

    it('lists the agencies’ sitemaps and, in each, the published items only', async () => {
      const index = parseXml((await get('/sitemap.xml')).body).locs;
      expect(index.map((l) => new URL(l).pathname)).toEqual(
        expect.arrayContaining([`${site}/sitemap.xml`, `/${other.code}/sitemap.xml`]),
      );
      const sitemap = await get(`${site}/sitemap.xml`);
      expect(sitemap.headers['content-type']).toContain('application/xml');
      const locs = parseXml(sitemap.body).locs.map((l) => new URL(l).pathname);
      const items = locs.filter((l) => /\/catalogue\/[0-9a-f-]{36}$/.test(l));
      expect(items).toHaveLength(254);
      expect(locs).toContain(`${site}/guide`);
      expect(locs.some((l) => l.includes(draftId) || l.includes(foreignId))).toBe(false);
      expect(sitemap.body).toMatch(/<lastmod>2025-06-30<\/lastmod>/);
      expect((await get(`${site}/sitemap.xml?page=2`)).statusCode).toBe(404);
      expect((await get(`${site}/sitemap.xml?page=x`)).statusCode).toBe(400);
    });

    it('sends ETags and answers a revalidation with 304', async () => {
      for (const path of [
        `${site}/catalogue`,
        `${site}/catalogue/search?q=防空警报`,
        `${site}/catalogue/feed.atom`,
      ]) {
        const first = await get(path);
        expect(first.headers['cache-control']).toContain('public');
        const etag = String(first.headers.etag);
        expect(etag).toMatch(/^".+"$/);
        const again = await get(path, { 'if-none-match': etag });
        expect([again.statusCode, again.body]).toEqual([304, '']);
      }
    });
  });
});
