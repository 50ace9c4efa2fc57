// 复议诉讼 in Chromium: a clerk records an administrative review case, is refused (in the server's words) a closing
// day before filing, then records the result; the case is in the register as the API lists it, and a leader reads
// the register without the doors to change it.
import { describe, expect, it } from 'vitest';
import type { ReviewCase } from '../../../src/contracts/review-cases.ts';
import { look, useConsole } from './harness.ts';
import { dayClock } from './workbench-seed.ts';

describe('复议诉讼', () => {
  const consoleOf = useConsole('sqlite', dayClock('2026-12-04'));

  it('records a case and its result', { timeout: 90_000 }, async () => {
    const { api, base, signedIn } = consoleOf();
    const page = await signedIn('clerk.a');
    await page.goto(`${base}/console/review-cases`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('复议诉讼');
    await expect.poll(() => page.locator('main').textContent()).toContain('没有符合条件的案件');
    await look(page, 'review-cases-empty');

    await page.getByRole('button', { name: '登记案件' }).click();
    const dialog = page.getByRole('dialog', { name: '登记复议诉讼案件' });
    await dialog.getByRole('button', { name: '登记' }).click();
    await expect.poll(() => dialog.textContent()).toContain('请选择类别');
    expect(await dialog.textContent()).toContain('请选择立案日期');
    await look(page, 'review-cases-form-invalid');

    await dialog.getByLabel('类别').click();
    await page.locator('.ant-select-item-option[title="行政复议"]').click();
    await dialog.getByLabel('案号').fill('测复〔2026〕12号');
    await dialog.getByLabel('立案日期').fill('2026-05-10');
    await dialog.getByLabel('立案日期').press('Enter');
    await dialog.getByLabel('备注').fill('申请人不服不予公开决定');
    await dialog.getByRole('button', { name: '登记' }).click();
    await expect.poll(() => dialog.isVisible(), { timeout: 15_000 }).toBe(false);
    const row = page.getByRole('row', { name: /测复〔2026〕12号/ });
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      .toEqual([
        '测复〔2026〕12号',
        '行政复议',
        '2026-05-10',
        '尚未审结',
        '—',
        '申请人不服不予公开决定',
        '记录结果',
      ]);
    const listed = await api.call('clerk.a', { method: 'GET', url: '/api/v1/review-cases' });
    const cases = (listed.json() as { items: ReviewCase[]; total: number }).items;
    expect(cases.map((c) => [c.caseNumber, c.kind, c.filedOn, c.result])).toEqual([
      ['测复〔2026〕12号', 'review', '2026-05-10', 'pending'],
    ]);
    await look(page, 'review-cases-filed');

    await row.getByRole('button', { name: '记录结果：测复〔2026〕12号' }).click();
    const result = page.getByRole('dialog', { name: /记录审结结果/ });
    await result.getByLabel('结果').click();
    await page.locator('.ant-select-item-option[title="结果维持"]').click();
    await result.getByLabel('审结日期').fill('2026-04-01');
    await result.getByLabel('审结日期').press('Enter');
    await result.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(() => result.getByRole('alert').textContent())
      .toContain('审结日期 2026-04-01 早于立案日期 2026-05-10');
    await look(page, 'review-cases-result-refused');

    await result.getByLabel('审结日期').fill('2026-08-01');
    await result.getByLabel('审结日期').press('Enter');
    await result.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => result.isVisible(), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => row.getByRole('cell').nth(3).textContent()).toBe('结果维持');
    expect(await row.getByRole('cell').nth(4).textContent()).toBe('2026-08-01');
  });

  it('lets a leader read the register without changing it', { timeout: 60_000 }, async () => {
    const { base, signedIn } = consoleOf();
    const page = await signedIn('leader.a');
    await page.goto(`${base}/console/review-cases`);
    await expect
      .poll(() => page.locator('main').textContent(), { timeout: 15_000 })
      .toContain('测复〔2026〕12号');
    expect(await page.getByRole('button', { name: '登记案件' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /记录结果/ }).count()).toBe(0);
    await look(page, 'review-cases-leader');
  });
});
