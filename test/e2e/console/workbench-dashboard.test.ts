// 工作台 in Chromium on a fixed day (Friday 4 December 2026): a clerk sees the overdue request and the two due within
// five working days with their registration numbers, each a link to its case, and the public's questions overdue and
// due soon with the way to answer them; the head of office also sees what waits for the decision; a supervisor sees
// each agency under it with its counts.
import { describe, expect, it, beforeAll } from 'vitest';
import { PUBLIC_ACTOR } from '../../../src/services/actor.ts';
import { askQuestion } from '../../../src/services/participation/questions.ts';
import { look, useConsole } from './harness.ts';
import { assignOn, dayClock, registerReceivedOn } from './workbench-seed.ts';

describe('工作台', () => {
  const consoleOf = useConsole('sqlite', dayClock('2026-12-04'));
  const serial: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { ctx, tenancy } = consoleOf().api;
    const register = async (key: string, agencyId: string, on: string) => {
      const request = await registerReceivedOn(ctx, agencyId, on, `申请人${key}`);
      serial[key] = request.registrationNumber;
      ids[key] = request.id;
      return request;
    };
    await register('甲超期', tenancy.a.id, '2026-10-09');
    await register('甲今天', tenancy.a.id, '2026-11-06');
    await assignOn(ctx, await register('甲将到期', tenancy.a.id, '2026-11-10'), '2026-11-11');
    await register('甲未到期', tenancy.a.id, '2026-11-30');
    await register('乙超期一', tenancy.b.id, '2026-10-09');
    await register('乙超期二', tenancy.b.id, '2026-10-12');
    // The public's questions, answered within 10 working days: due 11-30 (overdue), 12-09 (within 3 working days)
    // and 12-17 (later).
    for (const [on, title] of [
      ['2026-11-16', '停车场夜间收费吗'],
      ['2026-11-25', '人防工程何时验收'],
      ['2026-12-03', '警报试鸣的时间'],
    ] as const)
      await askQuestion({ ...ctx, clock: dayClock(on) }, PUBLIC_ACTOR, {
        agencyId: tenancy.a.id,
        asker: '公众',
        title,
        body: `${title}？`,
      });
  }, 60_000);

  it(
    'shows a clerk the overdue request and those due soon, each leading to its case',
    { timeout: 60_000 },
    async () => {
      const { base, signedIn } = consoleOf();
      const page = await signedIn('clerk.a');
      await expect.poll(() => page.locator('h1').textContent()).toBe('工作台');
      const overdue = page.getByRole('list', { name: /已超期/ });
      const dueSoon = page.getByRole('list', { name: /5 个工作日内到期/ });
      await expect.poll(() => overdue.getByRole('listitem').count()).toBe(1);
      expect(await page.locator('#workbench-overdue').textContent()).toBe('已超期（1 件）');
      expect(await page.locator('#workbench-due-soon').textContent()).toBe(
        '5 个工作日内到期（至 2026-12-11）（2 件）',
      );
      expect(await overdue.textContent()).toContain(serial['甲超期']);
      expect(await overdue.textContent()).toMatch(/已超期 \d+ 个工作日/);
      const soon = await dueSoon.getByRole('listitem').allTextContents();
      expect(soon).toEqual([
        expect.stringContaining(`${serial['甲今天']}申请人甲今天 · 已登记2026-12-04 到期，今天到期`),
        expect.stringContaining(
          `${serial['甲将到期']}申请人甲将到期 · 办理中2026-12-08 到期，还剩 2 个工作日`,
        ),
      ]);
      // Not due within five working days, and a clerk signs nothing.
      expect(await page.locator('main').textContent()).not.toContain(serial['甲未到期']);
      expect(await page.locator('#workbench-to-decide').count()).toBe(0);
      expect(await page.locator('#workbench-report').textContent()).toBe('2026 年度报告');
      expect(await page.locator('main').textContent()).toContain(
        '公布期限 2027-01-31（《条例》第四十九条），还有 58 天',
      );
      const questions = page.locator('.ant-card').filter({ has: page.locator('#workbench-questions') });
      expect(await questions.textContent()).toContain(
        '超过答复期限未答复：1 条3 个工作日内到期：1 条请尽快答复。',
      );
      await look(page, 'workbench-clerk');
      await page.setViewportSize({ width: 1024, height: 768 });
      await look(page, 'workbench-clerk-1024');

      await page.getByRole('link', { name: serial['甲超期'] }).click();
      await expect.poll(() => page.url()).toBe(`${base}/console/requests/${ids['甲超期']}`);

      await page.goBack();
      await questions.getByRole('link', { name: '去答复留言' }).click();
      await expect.poll(() => page.getByRole('tab', { name: '留言答复', selected: true }).count()).toBe(1);
      await expect.poll(() => page.locator('main').textContent()).toContain('停车场夜间收费吗');
    },
  );

  it('shows the head of office what waits for the decision', { timeout: 60_000 }, async () => {
    const { signedIn } = consoleOf();
    const page = await signedIn('officeHead.a');
    const toDecide = page.getByRole('list', { name: /待签发/ });
    await expect
      .poll(() => toDecide.getByRole('listitem').allTextContents(), { timeout: 15_000 })
      .toEqual([expect.stringContaining(serial['甲将到期']!)]);
    await look(page, 'workbench-office-head');
  });

  it('shows a supervisor each agency under it', { timeout: 60_000 }, async () => {
    const { api, signedIn } = consoleOf();
    const page = await signedIn('supervisor.s');
    const a = page.getByRole('region', { name: api.tenancy.a.name });
    const b = page.getByRole('region', { name: api.tenancy.b.name });
    await expect.poll(() => a.textContent()).toContain('未办结4件');
    expect(await a.textContent()).toContain('5 个工作日内到期2件');
    expect(await a.textContent()).toContain('已超期1件');
    expect(await b.textContent()).toContain('已超期2件');
    expect(await page.locator('main').textContent()).not.toContain(api.tenancy.c.name);
    await look(page, 'workbench-supervisor');
    await page.setViewportSize({ width: 1024, height: 768 });
    await look(page, 'workbench-supervisor-1024');
  });
});
