// 监督 as a supervising office uses it, on both engines: supervisor.s sees that agency A (under it) has an overdue
// request, expands A's row to the overdue list and opens the case — read-only, since the server lists no action for
// a supervisor. Agency C, outside its reach, never appears. The request is registered through the service layer
// with a receipt day long enough before the fixture's day (Friday 4 December 2026) to be overdue.
import { beforeAll, describe, expect, it } from 'vitest';
import { look, useConsole } from './harness.ts';
import { dayClock, registerReceivedOn } from './workbench-seed.ts';

// On PostgreSQL: the supervision queries run on both engines in test/server/workbench-api.test.ts.
describe.each(['postgres'] as const)('监督 journey (%s)', (engine) => {
  const consoleOf = useConsole(engine, dayClock('2026-12-04'));
  let overdue: { id: string; registrationNumber: string };

  beforeAll(async () => {
    const { ctx, tenancy } = consoleOf().api;
    overdue = await registerReceivedOn(ctx, tenancy.a.id, '2026-10-09', '王超期');
    await registerReceivedOn(ctx, tenancy.a.id, '2026-11-30', '李未到期');
    await registerReceivedOn(ctx, tenancy.c.id, '2026-10-09', '赵外机关');
  }, 60_000);

  it(
    'finds the overdue request of an agency under it and opens it read-only',
    { timeout: 90_000 },
    async () => {
      const { api, base, signedIn } = consoleOf();
      const page = await signedIn('supervisor.s');
      await page.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '监督' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('监督');
      const rowA = page.getByRole('row', { name: new RegExp(api.tenancy.a.name) });
      await expect.poll(() => rowA.textContent()).toContain('1 件');
      expect(await rowA.getByRole('cell').allTextContents()).toEqual([
        expect.any(String),
        api.tenancy.a.name,
        '2 件',
        '0 件',
        '1 件',
        '0 条',
        expect.stringContaining('2026 年度报告 2027-01-31 前公布（还有 58 天）'),
      ]);
      expect(await page.locator('main').textContent()).not.toContain(api.tenancy.c.name);
      await look(page, 'supervision-overview');

      await rowA.getByRole('button', { name: `展开${api.tenancy.a.name}的超期申请` }).click();
      const list = page.getByRole('table', { name: `${api.tenancy.a.name}的超期申请` });
      await expect.poll(() => list.getByRole('link').allTextContents()).toEqual([overdue.registrationNumber]);
      expect(await list.textContent()).toContain('王超期');
      expect(await list.textContent()).toContain('21 个工作日');
      await look(page, 'supervision-expanded');
      await page.setViewportSize({ width: 1024, height: 768 });
      // Judged without the pointer resting on 收起: antd's hover colour (the theme's colorPrimaryHover) is below AA
      // contrast, reported to the theme's owner.
      await page.mouse.move(0, 0);
      await look(page, `supervision-expanded-1024-${engine}`);

      await list.getByRole('link', { name: overdue.registrationNumber }).click();
      await expect.poll(() => page.url()).toBe(`${base}/console/requests/${overdue.id}`);
      // Read-only: the case is shown, and the server offers the supervisor no step to record.
      await expect.poll(() => page.locator('h1').textContent()).toContain(overdue.registrationNumber);
      expect(await page.locator('main').textContent()).toContain('王超期');
      expect(await page.getByRole('group', { name: '可办理的事项' }).count()).toBe(0);
      expect(await page.locator('main').textContent()).toContain('本人当前没有可办理的事项（只读）');
      await look(page, `supervision-case-read-only-${engine}`);
    },
  );
});
