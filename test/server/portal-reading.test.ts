// Reading the public side is not limited like submitting: many citizens share one NAT address. HTML pages carry
// ETag and Cache-Control, a revalidation with the ETag is a 304, and rendered pages are served again from the page
// cache until a write through the server empties it. On both engines, with the demo loaded.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import { loadDemo } from '../../src/services/demo/load.ts';
import type { Agency } from '../../src/services/agencies.ts';
import { testContext } from '../context.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from '../db.ts';

describe.each(ENGINES)('reading the portal (%s)', (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let agency: Agency;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const ctx = testContext(database.db);
    ({ agency } = await loadDemo(ctx, SYSTEM_ACTOR));
    // The submissions' limit as strict as can be: 2 a minute.
    app = await buildServer({ ctx, config: { publicRateLimit: { max: 2, windowMs: 60_000 } } });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('50 catalogue reads and 50 page views from one address all succeed', async () => {
    for (let i = 0; i < 50; i++) {
      const json = await app.inject({ url: `/api/v1/public/catalogue?agencyId=${agency.id}` });
      expect(json.statusCode).toBe(200);
      const page = await app.inject({ url: `/${agency.code}/guide` });
      expect(page.statusCode).toBe(200);
    }
  });

  it('JSON reads have their own, generous, limit', async () => {
    const strict = await buildServer({
      ctx: testContext(database.db),
      config: { publicReadRateLimit: { max: 5, windowMs: 60_000 } },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++)
        statuses.push(
          (await strict.inject({ url: `/api/v1/public/agencies/${agency.id}/guide` })).statusCode,
        );
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    } finally {
      await strict.close();
    }
  });

  it('pages carry ETag and Cache-Control; the ETag revalidates to 304', async () => {
    const first = await app.inject({ url: `/${agency.code}/` });
    expect(first.headers['content-type']).toContain('text/html');
    expect(first.headers['cache-control']).toBe('public, no-cache');
    expect(first.headers.vary).toBe('Cookie');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    const again = await app.inject({ url: `/${agency.code}/`, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('serves a page again from the cache until a write through the server', async () => {
    const path = `/${agency.code}/guide`;
    await app.inject({ url: path });
    const hit = await app.inject({ url: path });
    expect(hit.headers['x-page-cache']).toBe('hit');
    expect(hit.body).toContain(agency.phone!);
    // Answered before the other hooks, with the headers the page was first sent with: the security headers too.
    expect(hit.headers['content-security-policy']).toContain("script-src 'self'");
    expect(hit.headers['x-content-type-options']).toBe('nosniff');
    expect(hit.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(hit.headers['set-cookie']).toBeUndefined();

    // Changed behind the server's back: the cached page stays as it was within the window …
    await database.db
      .updateTable('agencies')
      .set({ phone: '0539-7654321' })
      .where('id', '=', agency.id)
      .execute();
    expect((await app.inject({ url: path })).body).not.toContain('0539-7654321');
    // … and any successful write through this server empties the cache (here a public submission).
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/public/requests',
      payload: {
        agencyId: agency.id,
        applicant: { kind: 'naturalPerson', name: '缓存测试', contact: '13800000000' },
        informationSought: '缓存测试所需信息',
        formWanted: '电子邮件',
      },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const fresh = await app.inject({ url: path });
    expect(fresh.headers['x-page-cache']).toBeUndefined();
    expect(fresh.body).toContain('0539-7654321');
  });

  it('the large-font mode is cached apart from the standard one', async () => {
    const path = `/${agency.code}/rules`;
    const standard = await app.inject({ url: path });
    const large = await app.inject({ url: path, cookies: { gk_display: 'large' } });
    expect(standard.body).toContain('<html lang="zh-CN" class="standard">');
    expect(large.body).toContain('<html lang="zh-CN" class="large">');
    const largeAgain = await app.inject({ url: path, cookies: { gk_display: 'large' } });
    expect(largeAgain.headers['x-page-cache']).toBe('hit');
    expect(largeAgain.body).toContain('class="large"');
  });

  it('every copy of the blank form carries its own submission key, and none is cached', async () => {
    const keys = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const form = await app.inject({ url: `/${agency.code}/apply` });
      expect(form.headers['cache-control']).toBe('no-store');
      keys.add(/name="submissionKey" value="([0-9a-f-]{36})"/.exec(form.body)![1]!);
    }
    expect(keys.size).toBe(5);
  });

  it('the display switch goes back only to a path on this site', async () => {
    const back = await app.inject({ url: '/display?mode=large&back=%2Fguide' });
    expect(back.statusCode).toBe(303);
    expect(back.headers.location).toBe('/guide');
    expect(String(back.headers['set-cookie'])).toContain('gk_display=large');
    for (const evil of ['https://evil.example/', '//evil.example/', '/\\evil.example'])
      expect(
        (await app.inject({ url: `/display?mode=large&back=${encodeURIComponent(evil)}` })).headers.location,
      ).toBe('/');
  });

  it('robots.txt, the favicon and an unknown page', async () => {
    const robots = await app.inject({ url: '/robots.txt' });
    expect(robots.headers['content-type']).toContain('text/plain');
    expect(robots.body).toContain('Disallow: /api/');
    expect(robots.body).toMatch(/Sitemap: http:\/\/.+\/sitemap\.xml/);
    const icon = await app.inject({ url: '/favicon.ico' });
    expect(icon.statusCode).toBe(301);
    expect((await app.inject({ url: '/favicon.svg' })).headers['content-type']).toContain('image/svg+xml');
    const missing = await app.inject({ url: '/no-such-agency/catalogue', headers: { accept: 'text/html' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('页面不存在');
    expect(missing.headers['cache-control']).toBe('no-store');
    const nul = await app.inject({ url: `/${agency.code}%00/guide` });
    expect(nul.statusCode).toBe(404);
  });
});
