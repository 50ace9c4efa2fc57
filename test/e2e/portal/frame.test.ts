// The portal's frame pages on the demo data in real Chromium: the platform index, an agency's column home, its
// 政府信息公开指南 and 制度 pages and the HTML 404 — each at 1280 px, 375 px and in the large-font mode, axe clean.
import { describe, expect, it } from 'vitest';
import { lookEverywhere, usePortal } from './harness.ts';

describe('portal frame pages (SQLite, demo data)', () => {
  const portalOf = usePortal('sqlite');

  it('platform index lists the demo agency and not its supervising office', { timeout: 60_000 }, async () => {
    const portal = portalOf();
    const page = await lookEverywhere(portal, '/', 'index');
    expect(await page.getByRole('link', { name: portal.agency.name }).count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toContain('监督演示');
  });

  it('column home, guide and 制度 pages', { timeout: 90_000 }, async () => {
    const portal = portalOf();
    const home = await lookEverywhere(portal, portal.site, 'column-home');
    expect(await home.locator('h1').textContent()).toBe(`${portal.agency.name}政府信息公开`);
    const guide = await lookEverywhere(portal, `${portal.site}guide`, 'guide');
    expect(await guide.locator('main').textContent()).toContain('按件计收');
    expect(await guide.locator('main').textContent()).toContain(portal.agency.phone!);
    await lookEverywhere(portal, `${portal.site}rules`, 'rules');
  });

  it(
    'a page that does not exist is an HTML 404 in Chinese; /api stays JSON',
    { timeout: 60_000 },
    async () => {
      const portal = portalOf();
      const page = await lookEverywhere(portal, `${portal.site}no-such-page`, 'not-found');
      expect(await page.locator('h1').textContent()).toBe('页面不存在');
      const unknownAgency = await fetch(`${portal.base}/ZZZ999/guide`);
      expect(unknownAgency.status).toBe(404);
      expect(unknownAgency.headers.get('content-type')).toContain('text/html');
      const api = await fetch(`${portal.base}/api/v1/no-such-thing`);
      expect(api.status).toBe(404);
      expect(((await api.json()) as { error: { code: string } }).error.code).toBe('http.notFound');
    },
  );
});
