// 年报体检 in Chromium: from the platform index to /checkup, the seed uploaded shows its N-2 warning, 洪泽 2023's PDF
// shows the T4-1 and T4-3 errors of its table 四, a 50 MB file is refused with 413 and a file that is not a report
// with 422 — in Chinese, on the form again — and nothing is written to the database. Then the worker's deadline.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_ACTOR } from '../../../src/services/actor.ts';
import { checkupReport } from '../../../src/services/reports/checkup.ts';
import { hasShared, SEED_REPORT, sharedFile } from '../../shared.ts';
import { look, lookEverywhere, usePortal } from './harness.ts';

const HONGZE = 'reports/hongze_2023.pdf';

/** Rows in the tables an upload could have touched, if it stored anything. */
async function storedRows(portal: ReturnType<ReturnType<typeof usePortal>>): Promise<number[]> {
  const count = (table: 'audit_log' | 'imported_annual_reports' | 'annual_report_publications') =>
    portal.ctx.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  return Promise.all([
    count('audit_log'),
    count('imported_annual_reports'),
    count('annual_report_publications'),
  ]);
}

describe.runIf(hasShared())('年报体检', () => {
  const portalOf = usePortal('sqlite');

  it(
    'reads and checks the seed and 洪泽 2023, refuses what it cannot take, stores nothing',
    { timeout: 150_000 },
    async () => {
      const portal = portalOf();
      const before = await storedRows(portal);
      const page = await lookEverywhere(portal, '/', 'index-with-checkup');
      await page.getByRole('link', { name: '年报体检' }).click();
      await page.waitForURL(/\/checkup$/);
      await lookEverywhere(portal, '/checkup', 'checkup-form');

      const upload = async (file: string | { name: string; mimeType: string; buffer: Buffer }) => {
        await page.goto(`${portal.base}/checkup`);
        await page.getByLabel(/年度报告文件/).setInputFiles(file);
        const response = page.waitForResponse(
          (r) => r.url().endsWith('/checkup') && r.request().method() === 'POST',
        );
        await page.getByRole('button', { name: '开始体检' }).click();
        return (await response).status();
      };

      expect(await upload(sharedFile(SEED_REPORT))).toBe(200);
      expect(await page.locator('h1').textContent()).toBe('年报体检结果');
      const main = page.locator('main');
      expect(await main.textContent()).toContain('临沂市国防动员办公室');
      const warnings = page.locator('ol.findings.warning');
      expect(await warnings.textContent()).toContain('N-2');
      expect(await page.locator('ol.findings.error').count()).toBe(0);
      // Table 三 as read: the seed's 29 new requests in the 总计 column.
      const table3 = page.getByRole('region', { name: '收到和处理政府信息公开申请情况' });
      expect(
        await table3
          .getByRole('row')
          .filter({ hasText: '一、本年新收' })
          .getByRole('cell')
          .last()
          .textContent(),
      ).toBe('29');
      await look(page, 'checkup-seed-1280');
      await page.setViewportSize({ width: 375, height: 740 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await look(page, 'checkup-seed-375');
      await page.setViewportSize({ width: 1280, height: 800 });

      expect(await upload(sharedFile(HONGZE))).toBe(200);
      const errors = page.locator('ol.findings.error');
      expect(await errors.textContent()).toContain('T4-1');
      expect(await errors.textContent()).toContain('T4-3');
      expect(await errors.textContent()).toContain('行政复议总计 = 各结果之和');
      await look(page, 'checkup-hongze');

      const big = join(process.cwd(), '.tmp', 'checkup-50mb.pdf');
      mkdirSync(join(process.cwd(), '.tmp'), { recursive: true });
      writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
      expect(await upload(big)).toBe(413);
      expect(await page.getByRole('alert').textContent()).toContain('文件超过 20.0 MB 的上限，未作检查');
      await look(page, 'checkup-too-large');

      const list = {
        name: '购物清单.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('白菜两棵，豆腐一块，酱油一瓶。\n'),
      };
      expect(await upload(list)).toBe(422);
      expect(await page.getByRole('alert').textContent()).toContain('无法读取这份文件');

      expect(await storedRows(portal)).toEqual(before);
    },
  );

  it('ends a check that passes its deadline, with the reason in Chinese', async () => {
    const seed = new Uint8Array((await import('node:fs')).readFileSync(sharedFile(SEED_REPORT)));
    await expect(
      checkupReport(PUBLIC_ACTOR, { name: 'seed.txt', bytes: seed }, { deadlineMs: 5 }),
    ).rejects.toMatchObject({
      code: 'report.timeout',
    });
  });
});
