// 年报报送 as a supervising office uses it (issue 11), in real Chromium: the roster of the agencies under it for 2025
// — 甲局 published on time and corrected once, 乙局 and the office itself overdue, 丙局 (not under it) absent —
// an import of an off-platform agency's report beside a file that is not a report (listed with its reason), the
// roster's workbook, and the roll-up page whose 合计 row is the sum of the rows. One engine: the services' own
// test runs both.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { independentReport } from '../../../src/core/report/copies/fixture.ts';
import { fixedClock } from '../../../src/services/clock.ts';
import { createServiceContext } from '../../../src/services/bootstrap.ts';
import { transact } from '../../../src/services/database.ts';
import { recordPublication } from '../../../src/services/reports/publish.ts';
import { writeAs } from '../../../src/services/reports/convert.ts';
import { staffAs } from '../../actors.ts';
import { look, useConsole } from './harness.ts';
import { dayClock } from './workbench-seed.ts';

describe('年报报送 journey', () => {
  const consoleOf = useConsole('sqlite', dayClock('2026-12-04'));

  beforeAll(async () => {
    const { ctx, tenancy } = consoleOf().api;
    const report = independentReport(tenancy.a.name, 2025, 7);
    for (const [day, note] of [
      ['2026-01-20', null],
      ['2026-02-03', '更正表三'],
    ] as const) {
      const at = createServiceContext({ db: ctx.db, clock: fixedClock(`${day}T03:00:00Z`) });
      await transact(ctx.db, (trx) =>
        recordPublication(trx, at, staffAs('leader', tenancy.a.id), {
          agencyId: tenancy.a.id,
          report,
          correctionNote: note,
        }),
      );
    }
  }, 60_000);

  it(
    'shows the roster, imports with one refusal, offers the workbook and sums the tables',
    { timeout: 120_000 },
    async () => {
      const { api, base, signedIn } = consoleOf();
      const { a, b, c, supervisorOffice } = api.tenancy;
      const page = await signedIn('supervisor.s');
      await page.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '监督' }).click();
      await page.getByRole('link', { name: '年报报送名册' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('年报报送名册');
      await page.goto(`${base}/console/supervision/reports?year=2025`);
      const row = (name: string) => page.getByRole('row', { name: new RegExp(name) });
      await expect.poll(() => row(a.name).textContent()).toContain('已按时发布');
      expect(await row(a.name).textContent()).toContain('2026-01-20');
      expect(await row(b.name).textContent()).toContain('未发布（已逾期）');
      expect(await row(supervisorOffice.name).textContent()).toContain('未发布（已逾期）');
      expect(await page.locator('main').textContent()).not.toContain(c.name);
      await look(page, 'supervision-reports-roster');

      const good = String(await writeAs(independentReport('未上线县统计局', 2025, 8), 'md'));
      await page.getByLabel('选择年报文件').setInputFiles([
        { name: '统计局.md', mimeType: 'text/markdown', buffer: Buffer.from(good) },
        {
          name: '通知.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from('关于放假的通知\n请各单位做好安排。'),
        },
      ]);
      const status = page.getByRole('status');
      await expect.poll(() => status.textContent()).toContain('导入 1 份，未导入 1 份。');
      expect(await status.textContent()).toContain('未导入：通知.txt —— 不是政府信息公开工作年度报告');
      await expect.poll(() => row('未上线县统计局').textContent()).toContain('导入');
      await look(page, 'supervision-reports-imported');

      const href = await page.getByRole('link', { name: '下载名册（XLSX）' }).getAttribute('href');
      const download = await page.request.get(`${base}${href}`);
      expect(download.headers()['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await download.body()) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('报送名册')!;
      expect(sheet.getRow(2).getCell(1).value).toBe('机关');
      const names = sheet.getColumn(1).values.slice(3);
      expect(names).toEqual(expect.arrayContaining([a.name, b.name, '未上线县统计局']));

      await page.getByRole('link', { name: '表三、表四汇总' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('2025 年度年报汇总');
      const three = page.locator('section[aria-labelledby="rollup-three"]');
      const received = async (name: string) =>
        Number(
          (await three
            .getByRole('row', { name: new RegExp(name) })
            .getByRole('cell')
            .nth(1)
            .textContent()) ?? NaN,
        );
      await expect
        .poll(() => received('合计'))
        .toBe((await received(a.name)) + (await received('未上线县统计局')));
      expect(await page.getByRole('alert').textContent()).toContain(b.name);
      await look(page, 'supervision-reports-rollup');
    },
  );
});
