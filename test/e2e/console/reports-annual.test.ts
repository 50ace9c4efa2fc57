// 年度报告 in Chromium: a clerk opens the 2026 report of an agency with data — three requests received (one granted,
// two still open) and an administrative review upheld — and sees those figures in tables 三 and 四, the checker's
// findings as the API gives them, and downloads the report as DOCX; the year selector moves to a year without data.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/findings.ts';
import { fileReviewCase, recordReviewResult } from '../../../src/services/review-cases.ts';
import { appendEvent } from '../../../src/services/requests/append-event.ts';
import { staffAs } from '../../actors.ts';
import { look, useConsole } from './harness.ts';
import { dayClock, registerReceivedOn } from './workbench-seed.ts';

describe('年度报告', () => {
  const consoleOf = useConsole('sqlite', dayClock('2026-12-04'));

  beforeAll(async () => {
    const { ctx, tenancy } = consoleOf().api;
    const clerk = staffAs('clerk', tenancy.a.id);
    const granted = await registerReceivedOn(ctx, tenancy.a.id, '2026-03-02', '孙予公开');
    await appendEvent(ctx, staffAs('officeHead', tenancy.a.id), {
      requestId: granted.id,
      event: {
        type: 'decided',
        on: '2026-03-20',
        outcome: 'granted',
        reasons: '所申请信息属于可以公开的政府信息',
        articles: '《条例》第三十六条第（二）项',
      },
    });
    await registerReceivedOn(ctx, tenancy.a.id, '2026-11-20', '周办理中');
    await registerReceivedOn(ctx, tenancy.a.id, '2026-12-01', '吴新收');
    const review = await fileReviewCase(ctx, clerk, {
      agencyId: tenancy.a.id,
      kind: 'review',
      caseNumber: '测复〔2026〕12号',
      filedOn: '2026-05-10',
    });
    await recordReviewResult(ctx, clerk, { id: review.id, result: 'upheld', closedOn: '2026-08-01' });
  }, 60_000);

  it(
    'shows tables 二, 三 and 四 with the findings, and downloads the report',
    { timeout: 90_000 },
    async () => {
      const { api, base, signedIn } = consoleOf();
      const page = await signedIn('clerk.a');
      await page.goto(`${base}/console/reports?year=2026`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('年度报告');
      const table3 = page.getByRole('region', { name: '三、收到和处理政府信息公开申请情况' });
      const row = (name: string) =>
        table3.getByRole('row').filter({ hasText: name }).first().getByRole('cell');
      await expect
        .poll(() => row('一、本年新收政府信息公开申请数量').allTextContents())
        .toEqual(['一、本年新收政府信息公开申请数量', '3', '0', '0', '0', '0', '0', '3']);
      expect((await row('(一)予以公开').allTextContents()).at(-1)).toBe('1');
      expect((await row('四、结转下年度继续办理').allTextContents()).at(-1)).toBe('2');
      const table4 = page.getByRole('region', { name: '四、政府信息公开行政复议、行政诉讼情况' });
      expect(
        await table4
          .getByRole('row')
          .filter({ hasText: /^行政复议/ })
          .getByRole('cell')
          .allTextContents(),
      ).toEqual(['行政复议', '1', '0', '0', '0', '1']);
      expect(await page.getByRole('region', { name: '二、主动公开政府信息情况' }).textContent()).toContain(
        '行政规范性文件',
      );

      // The findings are the checker's, as the API reports them.
      const built = await api.call('clerk.a', { method: 'GET', url: '/api/v1/reports/annual?year=2026' });
      const findings = (built.json() as { findings: Finding[] }).findings;
      const section = page.getByRole('region', { name: /检查结果/ });
      expect(await section.getByRole('heading').textContent()).toBe(`检查结果（${findings.length} 项）`);
      for (const finding of findings.slice(0, 5))
        expect(await section.textContent()).toContain(finding.message);
      await look(page, 'reports-2026');
      await page.setViewportSize({ width: 1024, height: 768 });
      await look(page, 'reports-2026-1024');
      await page.setViewportSize({ width: 1280, height: 800 });

      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Word（DOCX）' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('测试市甲局2026年政府信息公开工作年度报告.docx');
      expect(
        (await file.path()) && (await import('node:fs')).statSync(await file.path()).size,
      ).toBeGreaterThan(1000);

      await page.getByLabel('年度', { exact: true }).click();
      // antd's visible options (the role=option elements are its hidden accessible copy).
      await page.locator('.ant-select-item-option[title="2025 年"]').click();
      await expect.poll(() => page.url()).toContain('year=2025');
      await expect
        .poll(() => row('一、本年新收政府信息公开申请数量').allTextContents())
        .toEqual(['一、本年新收政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0']);
      // The pointer left resting on a button shows antd's hover colour, which is below AA contrast (the theme's
      // colorPrimaryHover): judged without hover here, reported to the theme's owner.
      await page.mouse.move(0, 0);
      await look(page, 'reports-2025');
    },
  );

  it(
    'the leader publishes 2025 to the portal, then a correction with its 更正说明; a clerk gets no button',
    { timeout: 90_000 },
    async () => {
      const { base, signedIn } = consoleOf();
      const clerk = await signedIn('clerk.a');
      await clerk.goto(`${base}/console/reports?year=2025`);
      await expect
        .poll(() => clerk.getByText('本年度报告尚未发布到门户').count(), { timeout: 15_000 })
        .toBe(1);
      expect(await clerk.getByRole('button', { name: '发布到门户' }).count()).toBe(0);

      const page = await signedIn('leader.a');
      await page.goto(`${base}/console/reports?year=2025`);
      await page.getByRole('button', { name: '发布到门户' }).click({ timeout: 15_000 });
      const dialog = page.getByRole('dialog', { name: '将 2025 年度报告发布到门户' });
      await look(page, 'reports-publish-confirm');
      await dialog.getByRole('button', { name: '确认发布' }).click();
      const versions = page.getByRole('region', { name: '门户发布' });
      // The table's empty-state row counts as a row too: wait for the published version itself.
      await expect.poll(() => versions.textContent(), { timeout: 15_000 }).toContain('（首次发布）');
      expect(await versions.getByRole('row').count()).toBe(2);

      await page.getByRole('button', { name: '发布更正版本' }).click();
      const correction = page.getByRole('dialog', { name: '发布 2025 年度报告的更正版本' });
      expect(await correction.getByRole('button', { name: '确认发布' }).isDisabled()).toBe(true);
      await correction.getByLabel(/更正说明/).fill('表四复议案件的审结结果更正为维持。');
      await correction.getByRole('button', { name: '确认发布' }).click();
      await expect
        .poll(() => versions.textContent(), { timeout: 15_000 })
        .toContain('表四复议案件的审结结果更正为维持。');
      expect(await versions.getByRole('row').count()).toBe(3);
      await page.mouse.move(0, 0);
      await look(page, 'reports-published');
    },
  );
});
