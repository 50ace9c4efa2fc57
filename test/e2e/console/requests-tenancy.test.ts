// Journey 5 and registration in Chromium: agency A's clerk opening agency C's case by URL gets 无权访问 and none of
// its data; a request received by letter is registered with the clause that fixes its receipt date shown, and a
// double click on 登记 registers it once (the form's idempotency key).
import { describe, expect, it } from 'vitest';
import { registerReceivedOn } from './workbench-seed.ts';
import { look, useConsole } from './harness.ts';

describe('依申请公开: tenancy and registration', () => {
  const consoleOf = useConsole('sqlite');

  it('shows 无权访问, not the case, to a clerk of another agency', { timeout: 120_000 }, async () => {
    const { api, base, signedIn } = consoleOf();
    const other = await registerReceivedOn(api.ctx, api.tenancy.c.id, '2026-11-20', '丙机关申请人');
    const page = await signedIn('clerk.a');
    const answer = page.waitForResponse((r) => r.url().endsWith(`/api/v1/requests/${other.id}`));
    await page.goto(`${base}/console/requests/${other.id}`);
    expect((await answer).status()).toBe(403);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('无权访问');
    const shown = await page.locator('main').textContent();
    expect(shown).not.toContain('丙机关申请人');
    expect(shown).not.toContain(other.registrationNumber);
    await look(page, 'requests-other-agency-forbidden');
  });

  it('registers a request received by letter, once for a double click', { timeout: 120_000 }, async () => {
    const { api, signedIn } = consoleOf();
    const page = await signedIn('clerk.a');
    await page
      .getByRole('navigation', { name: '功能导航' })
      .getByRole('link', { name: '依申请公开' })
      .click();
    await page.getByRole('link', { name: '登记申请' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('登记申请');

    // An empty form is refused field by field, in Chinese, before anything is sent.
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expect.poll(() => page.getByText('请填写申请到达的日期').count()).toBe(1);
    await look(page, 'requests-register-invalid');

    await page.getByLabel('提交渠道').click();
    await page.locator('.ant-select-item-option[title="平常信函"]').click();
    await expect.poll(() => page.locator('main').textContent()).toContain('《条例》第三十一条第（二）项');
    await page.getByLabel('到达日期').fill('2026-12-01');
    await page.getByLabel('与申请人确认收到的日期').fill('2026-12-02');
    await page.getByLabel('姓名或名称').fill('来信的申请人');
    await page.getByLabel('联系方式').fill('临沂市兰山区某路 1 号');
    await page.getByLabel(/申请公开的政府信息/).fill('2026 年度人防工程易地建设费收缴情况');
    await page.getByLabel('获取信息的方式').fill('纸质文本');
    await look(page, 'requests-register-letter');
    await page.getByRole('button', { name: '登记', exact: true }).dblclick();

    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/\/console\/requests\/[^/]+$/);
    await expect.poll(() => page.locator('main').textContent()).toContain('来信的申请人');
    await expect
      .poll(() => page.locator('.ant-message-notice').allTextContents())
      .toEqual([expect.stringMatching(/^已登记：甲依申〔2026〕第\d{3}号$/)]);
    await look(page, 'requests-registered-letter');
    const listed = await api.call('clerk.a', { method: 'GET', url: '/api/v1/requests?q=来信的申请人' });
    expect(listed.json().total).toBe(1);
    expect(listed.json().items[0].receivedOn).toBe('2026-12-02');
  });
});
