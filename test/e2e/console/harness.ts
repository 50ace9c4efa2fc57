// The console's browser tests: the API fixture's tenancy (test/server/fixture.ts: supervising office S over A and B,
// unrelated C, a user of every role) served on loopback with the built console, and Debian's Chromium.
//
//   const consoleOf = useConsole('sqlite');
//   it('…', async () => { const page = await consoleOf().signedIn('clerk.a'); await look(page, 'requests-inbox'); });
//
// `look` is every page's check: axe (WCAG 2.1 A/AA and best practices) finds nothing, and a screenshot is saved
// to .tmp/screenshots/console/<name>.png for a person to open.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Clock } from '../../../src/services/clock.ts';
import type { Engine } from '../../../src/services/database.ts';
import { launchChromium } from '../../chromium.ts';
import { PASSWORD, startApi, type ApiFixture } from '../../server/fixture.ts';

export const SCREENSHOT_DIR = join(process.cwd(), '.tmp', 'screenshots', 'console');

export interface ConsoleHarness {
  api: ApiFixture;
  /** http://127.0.0.1:port */
  base: string;
  browser: Browser;
  /** A fresh browser context (own cookies) at 1280×800 unless told otherwise. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** A fresh page signed in through the login form as `username` (password PASSWORD unless given). */
  signedIn(username: string, password?: string): Promise<Page>;
}

export function useConsole(engine: Engine = 'sqlite', clock?: Clock): () => ConsoleHarness {
  let harness: ConsoleHarness | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    const api = await startApi(engine, {}, clock);
    const base = await api.app.listen({ port: 0, host: '127.0.0.1' });
    const browser = await launchChromium();
    const newPage = async (viewport = { width: 1280, height: 800 }) => {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport });
      contexts.push(context);
      return context.newPage();
    };
    harness = {
      api,
      base,
      browser,
      newPage,
      signedIn: async (username, password = PASSWORD) => {
        const page = await newPage();
        await signIn(page, base, username, password);
        await expect.poll(() => page.url()).not.toContain('/login');
        return page;
      },
    };
  }, 120_000);
  afterAll(async () => {
    await harness?.browser.close();
    await harness?.api.close();
  });
  return () => {
    if (!harness) throw new Error('控制台测试环境尚未就绪（只能在测试或钩子中使用）');
    return harness;
  };
}

/** Fills the login form at /console/login and submits it. */
export async function signIn(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/console/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Waits for the page to settle, asserts axe finds no violation, and saves a full-page screenshot as `name`. */
export async function look(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
  // A modal or message still fading in blends its colours with the page: axe would measure the blend.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  const result = await new AxeBuilder({ page }).analyze();
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  expect(violations, `${name}: ${page.url()}`).toEqual([]);
}

export { PASSWORD };
