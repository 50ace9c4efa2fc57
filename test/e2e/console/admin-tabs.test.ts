// 系统管理's other tabs in Chromium, each with a real action: the calendar previews a pasted State Council notice —
// showing the agency's open request whose deadline moves — and imports it; an API token is issued (shown once) and
// revoked. The server's clock is fixed on 20 December 2026 so the deadline moves the same way every run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../../src/services/clock.ts';
import { SYSTEM_ACTOR } from '../../../src/services/actor.ts';
import { registerRequest } from '../../../src/services/requests/intake.ts';
import { look, useConsole } from './harness.ts';

// The machine is shared: a page may take a few seconds to answer; poll patiently instead of the 1 s default.
vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });

const NOTICE = readFileSync(
  join(import.meta.dirname, '../../fixtures/calendar/invented-notice-2027.txt'),
  'utf8',
);

describe('系统管理 tabs', () => {
  const consoleOf = useConsole('sqlite', fixedClock('2026-12-20T02:00:00Z'));

  it(
    'previews a holiday notice with the deadline it moves, then imports it',
    { timeout: 120_000 },
    async () => {
      const { base, signedIn, api } = consoleOf();
      // Received Friday 18 December 2026: due 18 January 2027 while 2027 is guessed; the notice adds 4 January.
      const { request } = await registerRequest(api.ctx, SYSTEM_ACTOR, {
        agencyId: api.tenancy.a.id,
        channel: 'inPerson',
        arrivedOn: '2026-12-18',
        confirmedOn: null,
        applicant: { kind: 'naturalPerson', name: '跨年申请人', contact: '—' },
        informationSought: '跨年的答复期限',
        formWanted: '纸质',
      });
      const page = await signedIn('admin.a');
      await page.goto(`${base}/console/admin/calendar`);
      await expect.poll(() => page.getByRole('tab', { name: '工作日历', selected: true }).count()).toBe(1);
      await expect.poll(() => page.textContent('main')).toContain('日历已收录 2004–2026 年');
      await look(page, 'admin-calendar');

      await page.getByLabel('通知全文').fill('太短的文字');
      await page.getByRole('button', { name: '预览' }).click();
      await expect.poll(() => page.textContent('main')).toContain('请粘贴国务院办公厅通知的全文');
      await page.getByLabel('通知全文').fill(NOTICE.replace('共4天', '共5天'));
      await page.getByRole('button', { name: '预览' }).click();
      // The parser's refusal, in the server's words.
      await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('5');
      await look(page, 'admin-calendar-refused');

      await page.getByLabel('通知全文').fill(NOTICE);
      await page.getByRole('button', { name: '预览' }).click();
      const moved = page.getByRole('row').filter({ hasText: request.registrationNumber });
      await expect.poll(() => moved.textContent()).toContain('2027-01-18');
      expect(await moved.textContent()).toContain('2027-01-19');
      expect(await page.textContent('main')).toContain(
        '答复期限会变化的本机关未办结申请（1 件，共核对 1 件）',
      );
      const jan4 = page.getByRole('row').filter({ hasText: '2027-01-04' });
      expect(await jan4.textContent()).toContain('工作日（推定）');
      expect(await jan4.textContent()).toContain('放假（元旦）');
      await look(page, 'admin-calendar-preview');
      // Previewing wrote nothing.
      expect((await api.call('admin.a', { method: 'GET', url: '/api/v1/calendar' })).json().heldLabel).toBe(
        '2004–2026',
      );

      await page.getByRole('button', { name: '确认导入 2027 年安排' }).click();
      await expect.poll(() => page.textContent('main')).toContain('日历已收录 2004–2027 年');
      const imported = page.getByRole('row').filter({ hasText: '国办发明电〔2026〕99号' });
      expect(await imported.textContent()).toContain('admin.a');
      await look(page, 'admin-calendar-imported');
    },
  );

  it('issues an API token shown once, lists it, and revokes it', { timeout: 120_000 }, async () => {
    const { base, signedIn, api } = consoleOf();
    const page = await signedIn('admin.a');
    await page.goto(`${base}/console/admin/tokens`);
    await expect.poll(() => page.textContent('main')).toContain('还没有签发过令牌');
    await look(page, 'admin-tokens');
    await page.getByRole('button', { name: '签发令牌' }).click();
    await expect.poll(() => page.textContent('main')).toContain('请填写令牌用途');
    await page.getByLabel('用途').fill('档案系统对接');
    await page.getByRole('button', { name: '签发令牌' }).click();
    const token = page.getByTestId('new-token');
    await expect.poll(() => token.textContent()).toMatch(/^gk_/);
    const secret = (await token.textContent())!;
    await look(page, 'admin-token-issued');
    // The token works as a bearer until revoked.
    const asToken = () =>
      api.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { authorization: `Bearer ${secret}` },
      });
    expect((await asToken()).statusCode).toBe(200);
    await page.getByRole('button', { name: '我已保存' }).click();
    const row = page.getByRole('row').filter({ hasText: '档案系统对接' });
    await expect.poll(() => row.textContent()).toContain('有效');
    expect(await page.textContent('main')).not.toContain(secret);

    await row.getByRole('button', { name: '撤销' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => row.textContent()).toContain('已于');
    expect(await row.getByRole('button', { name: '撤销' }).count()).toBe(0);
    expect((await asToken()).statusCode).toBe(401);
    await look(page, 'admin-token-revoked');
  });
});
