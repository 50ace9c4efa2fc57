// 依申请公开 on the demo agency's site in real Chromium: the form (and an empty submission answered in Chinese only),
// a request filed with a PDF attached, the acknowledgement with its 暂定 due date (TEST_NOW, 2026-12-04: the 20
// working days end in 2027, a year no holiday notice covers yet), /track with the history, then — after the demo
// clerk and leader answer through the API — /track with the reply letter and its DOCX. Each page at 1280 px, 375 px
// and in the large-font mode, axe clean, screenshots in .tmp/screenshots/portal/.
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TRACKING_NUMBER_PATTERN } from '../../../src/core/requests/tracking.ts';
import { PDF } from '../../server/portal-site.ts';
import { look, lookEverywhere, usePortal, type PortalHarness, staffSession } from './harness.ts';

const VARIANTS = ['1280', '375', 'large'] as const;

/** One page per variant, the large one switched by its own link as a reader would. */
async function variantPages(portal: PortalHarness): Promise<Page[]> {
  return Promise.all(
    VARIANTS.map(async (variant) => {
      const page = await portal.newPage(variant === '375' ? { width: 375, height: 740 } : undefined);
      if (variant === 'large') {
        await page.goto(`${portal.base}/`);
        await page.getByRole('link', { name: '大字模式（适老化）' }).click();
      }
      return page;
    }),
  );
}

async function fillForm(page: Page, name: string): Promise<void> {
  await page.getByLabel('申请人类型').selectOption({ label: '自然人' });
  await page.getByLabel('申请人姓名或名称').fill(name);
  await page.getByLabel('身份证明').fill('居民身份证 370000200001010000');
  await page.getByLabel('联系方式').fill('13800000000');
  await page.getByLabel('接收通知的电子邮箱（选填）').fill('wang@example.com');
  await page.getByLabel('申请公开的政府信息').fill('2025 年本市人防工程竣工验收备案信息');
  await page.getByLabel('获取信息的方式').selectOption('电子邮件');
  await page
    .getByLabel('申请材料')
    .setInputFiles({ name: '身份证明.pdf', mimeType: 'application/pdf', buffer: PDF });
}

describe('依申请公开 pages (SQLite, demo data)', () => {
  const portalOf = usePortal('sqlite');
  let pages: Page[];
  const filed: { trackingNumber: string; queryCode: string }[] = [];
  beforeAll(async () => {
    pages = await variantPages(portalOf());
  }, 60_000);

  it('the form of the agency, with no choice of agency', { timeout: 60_000 }, async () => {
    const portal = portalOf();
    const page = await lookEverywhere(portal, `${portal.site}apply`, 'apply');
    await expect(page.locator('main').textContent()).resolves.toContain(portal.agency.name);
    expect(await page.getByLabel('申请机关').count()).toBe(0);
    // The old platform address leads to the index, where one chooses the agency.
    await page.goto(`${portal.base}/apply`);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it(
    'an empty submission answers in Chinese only, each message linked to its field',
    { timeout: 60_000 },
    async () => {
      const portal = portalOf();
      for (const [i, page] of pages.entries()) {
        await page.goto(`${portal.base}${portal.site}apply`);
        await page.getByRole('button', { name: '提交申请' }).click();
        const summary = (await page.locator('#error-summary').textContent())!;
        expect(summary).toContain('请选择申请人类型');
        expect(summary).toContain('请填写申请人姓名或名称');
        expect(summary).toContain('请选择获取信息的方式');
        // No enum codes, no character counts for a drop-down: nothing in Latin letters at all.
        expect(summary).not.toMatch(/[A-Za-z]{2,}/);
        expect(summary).not.toContain('长度应不少于');
        await expect(page.locator('#name').getAttribute('aria-invalid')).resolves.toBe('true');
        await look(page, `apply-errors-${VARIANTS[i]}`);
      }
    },
  );

  it(
    'files a request with a PDF; the acknowledgement marks the 2027 due date 暂定',
    { timeout: 90_000 },
    async () => {
      const portal = portalOf();
      for (const [i, page] of pages.entries()) {
        await page.goto(`${portal.base}${portal.site}apply`);
        await fillForm(page, `王小明${i} <b>不应加粗</b>`);
        await page.getByRole('button', { name: '提交申请' }).click();
        await expect(page.locator('h1').textContent()).resolves.toBe('申请已提交');
        const trackingNumber = (await page.locator('#tracking-number').textContent())!.trim();
        const queryCode = (await page.locator('#query-code').textContent())!.trim();
        expect(trackingNumber).toMatch(TRACKING_NUMBER_PATTERN);
        expect(queryCode).toMatch(/^\d{8}$/);
        await expect(page.locator('#attachments').textContent()).resolves.toContain('身份证明.pdf');
        await expect(page.locator('pre.receipt').textContent()).resolves.toContain(
          `王小明${i} <b>不应加粗</b>`,
        );
        const due = (await page.locator('#due-on').textContent())!;
        expect(due).toMatch(/^2027-\d{2}-\d{2} （暂定）/);
        expect(due).toContain('2027年');
        filed.push({ trackingNumber, queryCode });
        await look(page, `apply-done-${VARIANTS[i]}`);
      }
    },
  );

  async function track(page: Page, site: string, lookup: { trackingNumber: string; queryCode: string }) {
    await page.goto(`${portalOf().base}${site}track`);
    await page.getByLabel('查询号').fill(lookup.trackingNumber.toLowerCase());
    await page.getByLabel('查询码').fill(lookup.queryCode);
    await page.getByRole('button', { name: '查询' }).click();
  }

  it(
    '/track: a wrong code is refused; the right one shows the status and the history',
    { timeout: 60_000 },
    async () => {
      const portal = portalOf();
      const [first] = filed;
      // The platform's lookup, for a reader who does not know which agency's site to use.
      await lookEverywhere(portal, '/track', 'track-platform');
      await track(pages[0]!, portal.site, {
        ...first!,
        queryCode: first!.queryCode === '00000000' ? '11111111' : '00000000',
      });
      await expect(pages[0]!.locator('#error-summary').textContent()).resolves.toContain(
        '查询号或查询码不正确',
      );
      await look(pages[0]!, 'track-refused-1280');
      for (const [i, page] of pages.entries()) {
        await track(page, portal.site, first!);
        await expect(page.locator('#status').textContent()).resolves.toBe('已登记');
        await expect(page.locator('#due-on').textContent()).resolves.toMatch(/^2027-\d{2}-\d{2} （暂定）/);
        await expect(page.locator('#history').textContent()).resolves.toContain('收到申请');
        const text = (await page.locator('main').textContent())!;
        expect(text).not.toContain('人防工程');
        await look(page, `track-${VARIANTS[i]}`);
      }
    },
  );

  it(
    'once answered, /track shows the reply letter and the DOCX names the agency',
    { timeout: 90_000 },
    async () => {
      const portal = portalOf();
      const [first] = filed;
      const clerk = await staffSession(portal, 'demo-clerk');
      const leader = await staffSession(portal, 'demo-leader');
      const found = await fetch(`${portal.base}/api/v1/requests?q=${first!.trackingNumber}`, {
        headers: { cookie: clerk },
      });
      const { id } = ((await found.json()) as { items: { id: string }[] }).items[0]!;
      const append = async (cookie: string, event: Record<string, unknown>) => {
        const response = await fetch(`${portal.base}/api/v1/requests/${id}/events`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ event }),
        });
        expect(response.status, await response.clone().text()).toBe(201);
      };
      await append(leader, {
        type: 'decided',
        on: '2026-12-04',
        outcome: 'granted',
        reasons: '',
        articles: '',
      });
      await append(clerk, { type: 'replySent', on: '2026-12-04' });

      for (const [i, page] of pages.entries()) {
        await track(page, portal.site, first!);
        await expect(page.locator('#status').textContent()).resolves.toBe('已答复');
        await expect(page.locator('#history').textContent()).resolves.toContain('答复');
        await expect(page.locator('#reply-letter').textContent()).resolves.toContain(portal.agency.name);
        await look(page, `track-answered-${VARIANTS[i]}`);
      }
      const [download] = await Promise.all([
        pages[0]!.waitForEvent('download'),
        pages[0]!.getByRole('button', { name: '下载答复书（Word 文档）' }).click(),
      ]);
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
      const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
      expect(Object.keys(files)).toContain('word/document.xml');
      expect(strFromU8(files['word/document.xml']!)).toContain(portal.agency.name);
      expect(download.suggestedFilename()).toMatch(/答复书\.docx$/);
    },
  );
});
