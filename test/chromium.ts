// Test helpers for real Chromium: Debian's /usr/bin/chromium with the flags of docs/stack.md, and axe-core over HTML.
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium, headless, with no background traffic (the machine has no network but the registries). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Opens a page before the file's tests and closes the browser after them; returns a getter for the page. */
export function useChromiumPage(): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => page!;
}

/**
 * axe's violations of `html` with every rule axe runs by default (WCAG 2.x A and AA plus best practices), after
 * checking that the rules named in `mustPass` ran and passed rather than being skipped as inapplicable.
 */
export async function axeViolations(
  page: Page,
  html: string,
  mustPass: readonly string[],
): Promise<string[]> {
  await page.setContent(html);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining([...mustPass]));
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}
