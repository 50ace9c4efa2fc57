// Demo mode in Chromium (issue 12, Setup): on a server started like `npm start` (the demo loaded, `demo` on), the
// console's login page, its 设置新密码 page and its pages inside carry the 演示数据 banner, and so do the portal's
// pages; a demo user signing in with the printed password is sent to set their own — the API refuses them until
// then — and afterwards reaches 工作台. A server not in demo mode shows no banner anywhere.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_NOTICE } from '../../../src/contracts/site.ts';
import { systemClock } from '../../../src/services/clock.ts';
import { DEMO_PASSWORD } from '../../../src/services/demo/load.ts';
import { look as lookAtPortal, usePortal } from '../portal/harness.ts';
import { look, signIn, useConsole } from './harness.ts';

vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });

const banner = (page: Page) => page.getByRole('region', { name: DEMO_NOTICE.title });

async function expectBanner(page: Page): Promise<void> {
  await expect.poll(() => banner(page).count()).toBe(1);
  expect(await banner(page).textContent()).toContain(DEMO_NOTICE.text);
}

describe('demo mode in the browser', () => {
  // The wall clock: the browser drops a session cookie whose expiry the test's fixed clock put in the past.
  const demoOf = usePortal('sqlite', { clock: systemClock, config: { demo: true } });
  const plainOf = useConsole('sqlite');

  it(
    'marks the console 演示数据, and a demo user sets their own password before reaching 工作台',
    { timeout: 120_000 },
    async () => {
      const { base, newPage } = demoOf();
      const page = await newPage();
      await page.goto(`${base}/console/login`);
      await expectBanner(page);
      await look(page, 'demo-login');

      await signIn(page, base, 'demo-clerk', DEMO_PASSWORD);
      await expect.poll(() => page.url()).toContain('/console/password');
      await expectBanner(page);
      expect(await page.getByRole('note').textContent()).toContain('公开的演示账号密码');
      await look(page, 'demo-password-required');
      // The browser's session can do nothing else yet: the server says so, whatever the page shows.
      const refused = await page.request.get(`${base}/api/v1/requests`);
      expect(refused.status()).toBe(403);
      expect((await refused.json()).error.code).toBe('auth.passwordChangeRequired');

      await page.getByLabel('当前密码').fill(DEMO_PASSWORD);
      await page.getByLabel('新密码', { exact: true }).fill('My-own-demo-pass-2026');
      await page.getByLabel('再次输入新密码').fill('My-own-demo-pass-2026');
      await page.getByRole('button', { name: '保存新密码' }).click();
      await expect.poll(() => page.url()).toMatch(/\/console\/?$/);
      await expect.poll(() => page.locator('h1').first().textContent()).toContain('工作台');
      await expectBanner(page);
      expect((await page.request.get(`${base}/api/v1/requests`)).status()).toBe(200);
      await look(page, 'demo-workbench');
    },
  );

  it('marks the portal’s pages 演示数据', { timeout: 60_000 }, async () => {
    const { base, site, newPage } = demoOf();
    const page = await newPage();
    await page.goto(`${base}${site}`);
    await expectBanner(page);
    await lookAtPortal(page, 'demo-column-home');
    await page.goto(`${base}/`);
    await expectBanner(page);
    const narrow = await newPage({ width: 375, height: 740 });
    await narrow.goto(`${base}${site}catalogue`);
    await expectBanner(narrow);
    await lookAtPortal(narrow, 'demo-catalogue-375');
  });

  it('shows no banner on a server not in demo mode', { timeout: 60_000 }, async () => {
    const { base, newPage } = plainOf();
    const page = await newPage();
    await page.goto(`${base}/console/login`);
    await expect.poll(() => page.getByLabel('用户名').count()).toBe(1);
    // The console asked the server and heard "not demo" before it could have shown a banner.
    await page.waitForLoadState('networkidle');
    expect(await banner(page).count()).toBe(0);
    expect(await page.textContent('body')).not.toContain(DEMO_NOTICE.title);
    await page.goto(`${base}/`);
    expect(await banner(page).count()).toBe(0);
    expect(await page.textContent('body')).not.toContain(DEMO_NOTICE.title);
  });
});
