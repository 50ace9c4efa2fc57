// 我的账号 in Chromium (issue 12, Accounts): one person signed in from two browsers sees both sessions, this one
// marked; ending the other signs that browser out at its next request. The page leads to 设置新密码 and back.
import { describe, expect, it, vi } from 'vitest';
import { createUser } from '../../../src/services/accounts/users.ts';
import { SYSTEM_ACTOR } from '../../../src/services/actor.ts';
import { look, PASSWORD, useConsole } from './harness.ts';

vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });

describe('我的账号', () => {
  const consoleOf = useConsole('sqlite');

  it(
    'lists both sessions of a person signed in twice and ends the other one',
    { timeout: 120_000 },
    async () => {
      const { api, base, signedIn } = consoleOf();
      // A user of this test alone: the fixture's users already hold sessions of their own.
      await createUser(api.ctx, SYSTEM_ACTOR, {
        agencyId: api.tenancy.a.id,
        username: 'twice.a',
        displayName: '两处登录',
        role: 'clerk',
        password: PASSWORD,
      });
      const other = await signedIn('twice.a');
      const page = await signedIn('twice.a');
      await page.getByRole('link', { name: '我的账号' }).click();
      await expect.poll(() => page.url()).toBe(`${base}/console/account`);
      const rows = page.locator('tbody tr.ant-table-row');
      await expect.poll(() => rows.count()).toBe(2);
      expect(await rows.filter({ hasText: '当前会话（本浏览器）' }).count()).toBe(1);
      await look(page, 'account-sessions');

      await rows.filter({ hasText: '其他会话' }).getByRole('button', { name: '结束会话' }).click();
      await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('结束这个会话？');
      await look(page, 'account-sessions-confirm');
      await page.getByRole('tooltip').getByRole('button', { name: '结束会话' }).click();
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.textContent()).toContain('当前会话（本浏览器）');
      await look(page, 'account-sessions-ended');

      // The other browser's next request finds it signed out; this one still works.
      expect((await other.request.get(`${base}/api/v1/auth/me`)).status()).toBe(401);
      await other.goto(`${base}/console/requests`);
      await expect.poll(() => other.url()).toContain('/console/login');
      expect((await page.request.get(`${base}/api/v1/auth/me`)).status()).toBe(200);

      await page.getByRole('link', { name: '修改密码' }).click();
      await expect.poll(() => page.url()).toBe(`${base}/console/password?next=%2Faccount`);
      await look(page, 'account-password');
      await page.getByRole('button', { name: '返回' }).click();
      await expect.poll(() => page.url()).toBe(`${base}/console/account`);
    },
  );
});
