// An administrator's account journey in Chromium, on PostgreSQL (the account rules run on both engines in the
// service and API tests; one browser journey per engine pair keeps the suite's time): admin.a creates a user; the user signs
// in with the initial password and can do nothing until they set their own (the console sends them to 设置新密码,
// and the server refuses the API meanwhile); they set it, sign out, fail to sign in as many times as the server
// allows, see the lockout with its time; the administrator unlocks them; they sign in.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { look, signIn, useConsole } from './harness.ts';

// The machine is shared: a page may take a few seconds to answer; poll patiently instead of the 1 s default.
vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });

const INITIAL = 'initial-password-1';

/** Picks `label` in an antd Select (its visible list items, not the hidden a11y options). */
async function choose(page: Page, combobox: Locator, label: string): Promise<void> {
  await combobox.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: label })
    .first()
    .click();
}
const OWN = 'my-own-password-1';

for (const engine of ['postgres'] as const) {
  describe(`administrator account journey (${engine})`, () => {
    const consoleOf = useConsole(engine);
    const h1 = (page: Page) => page.locator('h1').first().textContent();

    it(
      'creates a user who must set a password, gets locked out, and is unlocked',
      { timeout: 180_000 },
      async () => {
        const { base, signedIn, newPage, api } = consoleOf();
        const username = `zhang.wei.${engine}`;

        // 1. The administrator opens 系统管理 → 用户 and adds the user.
        const admin = await signedIn('admin.a');
        await admin
          .getByRole('navigation', { name: '功能导航' })
          .getByRole('link', { name: '系统管理' })
          .click();
        await expect.poll(() => admin.url()).toBe(`${base}/console/admin/users`);
        await expect.poll(() => admin.getByRole('row').filter({ hasText: 'clerk.a' }).count()).toBe(1);
        await look(admin, 'admin-users');

        await admin.getByRole('button', { name: '新增用户' }).click();
        // By its text: the integration build gives every antd title the same id ("test-id", NODE_ENV=test).
        const dialog = admin.getByRole('dialog').filter({ hasText: '新增用户' });
        await dialog.getByLabel('用户名').fill('zw');
        await dialog.getByLabel('初始密码').fill('short');
        await dialog.getByRole('button', { name: '新增' }).click();
        // The browser refuses with the contract's words before asking the server.
        await expect.poll(() => dialog.textContent()).toContain('用户名应为 3–40 位字母、数字或 _ . -');
        await expect.poll(() => dialog.textContent()).toContain('密码至少 10 位');
        await look(admin, 'admin-user-new-invalid');
        await dialog.getByLabel('用户名').fill(username);
        await dialog.getByLabel('姓名').fill('张伟');
        await choose(admin, dialog.getByRole('combobox', { name: '角色' }), '承办人');
        await dialog.getByLabel('初始密码').fill(INITIAL);
        await dialog.getByRole('button', { name: '新增' }).click();
        const row = admin.getByRole('row').filter({ hasText: username });
        await expect.poll(() => row.textContent()).toContain('待设置新密码');
        expect(await row.textContent()).toContain('承办人');
        await look(admin, 'admin-user-created');

        // A duplicate username is refused with the server's message.
        await admin.getByRole('button', { name: '新增用户' }).click();
        await dialog.getByLabel('用户名').fill(username);
        await dialog.getByLabel('姓名').fill('张伟');
        await choose(admin, dialog.getByRole('combobox', { name: '角色' }), '承办人');
        await dialog.getByLabel('初始密码').fill(INITIAL);
        await dialog.getByRole('button', { name: '新增' }).click();
        await expect
          .poll(() => dialog.getByRole('alert').textContent())
          .toContain(`用户名“${username}”已被使用`);
        await look(admin, 'admin-user-duplicate');
        await dialog.getByRole('button', { name: '取消' }).click();

        // 2. The user signs in with the initial password and lands on 设置新密码.
        const user = await newPage();
        await signIn(user, base, username, INITIAL);
        await expect.poll(() => user.url()).toContain('/console/password');
        await expect.poll(() => h1(user)).toBe('设置新密码');
        await look(user, 'password-required');
        // 工作台 is out of reach: the console sends them back, and the server refuses the API itself.
        await user.goto(`${base}/console/`);
        await expect.poll(() => user.url()).toContain('/console/password');
        await expect.poll(() => h1(user)).toBe('设置新密码');
        const refused = await user.evaluate(async () => {
          const response = await fetch('/api/v1/auth/tokens');
          return { status: response.status, body: await response.json() };
        });
        expect(refused).toMatchObject({
          status: 403,
          body: { error: { code: 'auth.passwordChangeRequired' } },
        });

        // Mismatch and a wrong current password are refused, each in its own words.
        await user.getByLabel('当前密码').fill(INITIAL);
        await user.getByLabel('新密码', { exact: true }).fill(OWN);
        await user.getByLabel('再次输入新密码').fill('something-else-1');
        await user.getByRole('button', { name: '保存新密码' }).click();
        await expect.poll(() => user.textContent('form')).toContain('两次输入的新密码不一致');
        await look(user, 'password-mismatch');
        await user.getByLabel('当前密码').fill('not-the-initial-1');
        await user.getByLabel('再次输入新密码').fill(OWN);
        await user.getByRole('button', { name: '保存新密码' }).click();
        await expect.poll(() => user.getByRole('alert').textContent()).toContain('当前密码不正确');
        await look(user, 'password-wrong-current');

        // 3. Sets it and reaches 工作台.
        await user.getByLabel('当前密码').fill(INITIAL);
        await user.getByRole('button', { name: '保存新密码' }).click();
        await expect.poll(() => h1(user)).toBe('工作台');
        await look(user, 'password-set-workbench');

        // 4. Signs out, then fails as many times as the server allows.
        await user.getByRole('button', { name: '退出登录' }).click();
        await expect.poll(() => user.url()).toContain('/console/login');
        const failures = api.ctx.settings.accounts.maxFailedAttempts;
        for (let i = 1; i <= failures; i++) {
          await user.getByLabel('用户名').fill(username);
          await user.getByLabel('密码', { exact: true }).fill(`wrong-password-${i}`);
          await user.getByRole('button', { name: '登录' }).click();
          const expected = i < failures ? '用户名或密码错误' : '账号已锁定';
          await expect.poll(() => user.getByRole('alert').textContent()).toContain(expected);
        }
        const locked = await user.getByRole('alert').textContent();
        expect(locked).toMatch(/请于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间） 后再试/);
        expect(locked).toContain('请联系本机关系统管理员');
        await look(user, 'login-locked');
        // Even the right password is refused while locked.
        await user.getByLabel('密码', { exact: true }).fill(OWN);
        await user.getByRole('button', { name: '登录' }).click();
        await expect.poll(() => user.getByRole('alert').textContent()).toContain('账号已锁定');

        // 5. The administrator sees the lock and lifts it.
        await admin.reload();
        await expect.poll(() => row.textContent()).toContain('已锁定至');
        await look(admin, 'admin-user-locked');
        await row.getByRole('button', { name: '解锁' }).click();
        await expect.poll(() => row.textContent()).toContain('正常');
        expect(await row.getByRole('button', { name: '解锁' }).count()).toBe(0);

        // 6. The user signs in with their own password.
        await signIn(user, base, username, OWN);
        await expect.poll(() => h1(user)).toBe('工作台');
        expect(user.url()).toMatch(new RegExp(`^${base}/console/?$`));
      },
    );
  });
}
