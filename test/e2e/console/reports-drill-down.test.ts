// The drill-down of 年度报告's tables in Chromium: a clerk opens a cell of table 三 from the keyboard and sees exactly
// the requests it counts, follows one to its case page, and opens table 四's review cell and table 二's 行政规范性文件
// in force (the demo catalogue's 2025 document); a zero cell is no button.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureRequest } from '../../../src/contracts/requests.ts';
import { loadDemoCatalogue } from '../../../src/services/publications/demo/load.ts';
import { SYSTEM_ACTOR } from '../../../src/services/actor.ts';
import { look, useConsole } from './harness.ts';
import { dayClock, seedReportYear2026 } from './workbench-seed.ts';

describe('年度报告 — 表格明细', () => {
  const consoleOf = useConsole('sqlite', dayClock('2026-12-04'));
  let received: DisclosureRequest[] = [];
  let granted: DisclosureRequest;

  beforeAll(async () => {
    const { ctx, tenancy } = consoleOf().api;
    received = await seedReportYear2026(ctx, tenancy.a.id);
    granted = received[0]!;
    await loadDemoCatalogue(ctx, SYSTEM_ACTOR, tenancy.a.id);
  }, 60_000);

  it('lists the catalogue items, requests and cases a cell counts', { timeout: 90_000 }, async () => {
    const { base, signedIn } = consoleOf();
    const page = await signedIn('clerk.a');
    await page.goto(`${base}/console/reports?year=2026`);
    const table3 = page.getByRole('region', { name: '三、收到和处理政府信息公开申请情况' });
    const receivedTotal = table3.getByRole('button', {
      name: /^表三 一、本年新收政府信息公开申请数量 · 总计：3 件/,
    });
    await receivedTotal.waitFor({ timeout: 15_000 });
    // A zero counts nothing: no button to open.
    expect(await table3.getByRole('button', { name: /· 商业企业：/ }).count()).toBe(0);

    await receivedTotal.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: /表三 一、本年新收/ });
    await expect
      .poll(() => drawer.getByRole('link').allTextContents(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(received.map((r) => r.trackingNumber)));
    expect(await drawer.getByRole('link').count()).toBe(3);
    expect(await drawer.textContent()).toContain('该格统计了 3 件');
    await look(page, 'reports-drill-down-table3');

    await page.keyboard.press('Escape');
    await table3.getByRole('button', { name: /予以公开 · 总计：1 件/ }).click();
    const grantedDrawer = page.getByRole('dialog', { name: /予以公开/ });
    await grantedDrawer.getByRole('link', { name: granted.trackingNumber }).click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain(`/console/requests/${granted.id}`);

    await page.goBack();
    const table4 = page.getByRole('region', { name: '四、政府信息公开行政复议、行政诉讼情况' });
    await table4.getByRole('button', { name: /^表四 行政复议 · 结果维持：1 件/ }).click({ timeout: 15_000 });
    const reviewDrawer = page.getByRole('dialog', { name: /表四 行政复议/ });
    await expect.poll(() => reviewDrawer.textContent(), { timeout: 15_000 }).toContain('测复〔2026〕12号');
    await look(page, 'reports-drill-down-table4');

    await page.keyboard.press('Escape');
    const table2 = page.getByRole('region', { name: '二、主动公开政府信息情况' });
    await table2.getByRole('button', { name: /^表二 行政规范性文件 · 现行有效件数：1 件/ }).click();
    const inForce = page.getByRole('dialog', { name: /表二 行政规范性文件/ });
    await expect.poll(() => inForce.getByRole('link').count(), { timeout: 15_000 }).toBe(1);
    expect(await inForce.textContent()).toContain('成文日期：2025-06-16');
    await look(page, 'reports-drill-down-table2');
  });
});
