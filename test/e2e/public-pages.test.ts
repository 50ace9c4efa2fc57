// The public site in real Chromium: submit a request on /apply, look it up on /track with the numbers the
// acknowledgement gave (at TEST_NOW its due date falls in 2027 and both pages mark it 暂定 with the reason), and
// check each kind of page with axe — home, a form showing its errors, the
// acknowledgement, the status result: zero violations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { TRACKING_NUMBER_PATTERN } from '../../src/core/requests/tracking.ts';
import { openMigratedDatabase, type OpenDatabase } from '../../src/services/database.ts';
import { testContext } from '../context.ts';
import { seedAgencyWithClerk } from '../server/seed.ts';
import { launchChromium } from '../chromium.ts';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, page.url()).toEqual([]);
}

describe('public pages in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-e2e-'));
  let database: OpenDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const url = `sqlite:${join(dir, 'e2e.db')}`;
    await seedAgencyWithClerk(url);
    database = await openMigratedDatabase(url);
    // TEST_NOW, 2026-12-04: the 20 working days end in 2027, a year no holiday notice covers yet (暂定).
    app = await buildServer({ ctx: testContext(database.db) });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'submits on /apply, then finds the request on /track; no axe violations anywhere',
    { timeout: 90_000 },
    async () => {
      // Script stays on: axe runs inside the page. The pages themselves ship none (CSP script-src 'self', no <script>).
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();

      await page.goto(`${base}/`);
      await expect(page.locator('h1').textContent()).resolves.toContain('政府信息公开申请');
      await expectNoAxeViolations(page);

      await page.goto(`${base}/apply`);
      // An incomplete form comes back with an error summary linked to the fields.
      await page.getByRole('button', { name: '提交申请' }).click();
      await expect(page.locator('#error-summary').textContent()).resolves.toContain('申请人姓名或名称');
      await expect(page.locator('#name').getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoAxeViolations(page);

      await page.getByLabel('申请机关').selectOption({ label: '压力测试局' });
      await page.getByLabel('申请人类型').selectOption('naturalPerson');
      await page.getByLabel('申请人姓名或名称').fill('王小明 <b>不应加粗</b>');
      await page.getByLabel('身份证明').fill('居民身份证 370000200001010000');
      await page.getByLabel('联系方式').fill('13800000000');
      await page.getByLabel('申请公开的政府信息').fill('2025 年本市人防工程竣工验收备案信息');
      await page.getByLabel('获取信息的方式').selectOption('电子邮件');
      await page.getByRole('button', { name: '提交申请' }).click();

      await expect(page.locator('h1').textContent()).resolves.toBe('申请已提交');
      const trackingNumber = (await page.locator('#tracking-number').textContent())!.trim();
      const queryCode = (await page.locator('#query-code').textContent())!.trim();
      expect(trackingNumber).toMatch(TRACKING_NUMBER_PATTERN);
      expect(queryCode).toMatch(/^\d{8}$/);
      await expect(page.locator('pre.receipt').textContent()).resolves.toContain('王小明 <b>不应加粗</b>');
      const receiptDue = (await page.locator('#due-on').textContent())!;
      expect(receiptDue).toMatch(/^2027-\d{2}-\d{2} （暂定）/);
      expect(receiptDue).toContain('2027年');
      await expect(page.locator('pre.receipt').textContent()).resolves.toMatch(
        /答复期限：2027-\d{2}-\d{2}（暂定）/,
      );
      await expectNoAxeViolations(page);
      await page.screenshot({ path: '/tmp/gongkai-apply-done.png', fullPage: true });

      await page.goto(`${base}/track`);
      await page.getByLabel('查询号').fill(trackingNumber.toLowerCase());
      await page.getByLabel('查询码').fill('00000000');
      await page.getByRole('button', { name: '查询' }).click();
      await expect(page.locator('#error-summary').textContent()).resolves.toContain('查询号或查询码不正确');

      await page.getByLabel('查询码').fill(queryCode);
      await page.getByRole('button', { name: '查询' }).click();
      await expect(page.locator('#status').textContent()).resolves.toBe('已登记');
      const trackDue = (await page.locator('#due-on').textContent())!;
      expect(trackDue).toMatch(/^2027-\d{2}-\d{2} （暂定）/);
      await expect(page.locator('#due-on .provisional-reason').textContent()).resolves.toContain('2027年');
      expect(trackDue.slice(0, 10)).toBe(receiptDue.slice(0, 10));
      // Only status and due date: nothing about the applicant or the content.
      const text = await page.locator('main').textContent();
      expect(text).not.toContain('王小明');
      expect(text).not.toContain('人防工程');
      await expectNoAxeViolations(page);
      await page.screenshot({ path: '/tmp/gongkai-track.png', fullPage: true });
      await context.close();
    },
  );

  it('serves the API documentation page from the package, with no outside requests', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    await page.goto(`${base}/api/docs`);
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 15_000 });
    await expect(page.locator('.swagger-ui .info .title').textContent()).resolves.toContain(
      '公开 Gongkai 接口',
    );
    await page.screenshot({ path: '/tmp/gongkai-api-docs.png' });
    expect(outside).toEqual([]);
    await context.close();
  });
});
