// The portal's browser tests: the demo (临沂市国防动员办公室, its 2023 and its catalogue) loaded into a fresh database
// of either engine, served on loopback with the test clock, and Debian's Chromium.
//
//   const portalOf = usePortal('sqlite');
//   it('…', async () => { const { base, site } = portalOf(); await lookEverywhere(portalOf(), `${site}guide`, 'guide'); });
//
// `lookEverywhere` is every page template's check: the page at 1280 px, at 375 px and in the large-font mode, each
// with axe (WCAG 2.1 A/AA and best practices) finding nothing and a screenshot saved to
// .tmp/screenshots/portal/<name>-<variant>.png for a person to open.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildServer } from '../../../src/server/app.ts';
import type { ServerConfigInput } from '../../../src/server/config.ts';
import { SYSTEM_ACTOR } from '../../../src/services/actor.ts';
import type { Clock } from '../../../src/services/clock.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import type { Engine } from '../../../src/services/database.ts';
import { loadDemo } from '../../../src/services/demo/load.ts';
import type { Agency } from '../../../src/services/agencies.ts';
import { launchChromium } from '../../chromium.ts';
import { testContext } from '../../context.ts';
import { createTestDatabase, type TestDatabase } from '../../db.ts';
import { demoSession } from '../../server/demo-session.ts';

export const SCREENSHOT_DIR = join(process.cwd(), '.tmp', 'screenshots', 'portal');

export interface PortalHarness {
  ctx: ServiceContext;
  app: FastifyInstance;
  /** http://127.0.0.1:port */
  base: string;
  /** The demo agency, whose column is at `${base}${site}`. */
  agency: Agency;
  /** `/{code}/` of the demo agency. */
  site: string;
  browser: Browser;
  /** A fresh browser context (own cookies) at 1280×800 unless told otherwise. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
}

export function usePortal(
  engine: Engine = 'sqlite',
  options: { clock?: Clock; config?: ServerConfigInput } = {},
): () => PortalHarness {
  let harness: PortalHarness | undefined;
  let database: TestDatabase | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const ctx = testContext(database.db, options.clock);
    const { agency } = await loadDemo(ctx, SYSTEM_ACTOR);
    const app = await buildServer({ ctx, config: options.config ?? {} });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const browser = await launchChromium();
    harness = {
      ctx,
      app,
      base,
      agency,
      site: `/${agency.code}/`,
      browser,
      newPage: async (viewport = { width: 1280, height: 800 }) => {
        const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport });
        contexts.push(context);
        return context.newPage();
      },
    };
  }, 180_000);
  afterAll(async () => {
    await harness?.browser.close();
    await harness?.app.close();
    await database?.dispose();
  });
  return () => {
    if (!harness) throw new Error('门户测试环境尚未就绪（只能在测试或钩子中使用）');
    return harness;
  };
}

/** axe finds nothing on the page as it is now, and a full-page screenshot is saved as `name`. */
export async function look(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  expect(violations, `${name}: ${page.url()}`).toEqual([]);
}

const VARIANTS = [
  { suffix: '1280', viewport: { width: 1280, height: 800 }, large: false },
  { suffix: '375', viewport: { width: 375, height: 740 }, large: false },
  { suffix: 'large', viewport: { width: 1280, height: 800 }, large: true },
] as const;

/**
 * Opens `path` (site-relative, e.g. `/1137…/guide`) at 1280 px, at 375 px and in the large-font mode (switched
 * once per harness through the page's own 大字模式 link, as a reader would), and `look`s at each. The three pages
 * are kept and reused across calls. Returns the 1280 px page.
 */
export async function lookEverywhere(harness: PortalHarness, path: string, name: string): Promise<Page> {
  const pages = await variantPages(harness);
  for (const [i, variant] of VARIANTS.entries()) {
    const page = pages[i]!;
    const response = await page.goto(`${harness.base}${path}`);
    expect(response?.status(), `${name}: ${path}`).toBeLessThan(500);
    expect(await page.locator('html').getAttribute('class')).toBe(variant.large ? 'large' : 'standard');
    // Usable at the width: nothing wider than the viewport.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name}-${variant.suffix}: page wider than the viewport`).toBeLessThanOrEqual(0);
    await look(page, `${name}-${variant.suffix}`);
  }
  return pages[0]!;
}

const variantsOf = new WeakMap<PortalHarness, Promise<Page[]>>();

function variantPages(harness: PortalHarness): Promise<Page[]> {
  let pages = variantsOf.get(harness);
  if (!pages) {
    pages = Promise.all(
      VARIANTS.map(async (variant) => {
        const page = await harness.newPage(variant.viewport);
        if (variant.large) {
          await page.goto(`${harness.base}/`);
          await page.getByRole('link', { name: '大字模式（适老化）' }).click();
        }
        return page;
      }),
    );
    variantsOf.set(harness, pages);
  }
  return pages;
}

/** The cookie of a demo user's session, signed in through the API (staff act as the console would). */
export function staffSession(harness: PortalHarness, username: string): Promise<string> {
  return demoSession(harness.app, username);
}
