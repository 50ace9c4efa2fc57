// The console's frame in Chromium: where staff find it, the login page and its refusals in the server's words, the
// menu each role gets, a section outside one's role (无权访问), an unknown page, signing out, and a session that
// ends while working.
import { describe, expect, it } from 'vitest';
import { look, PASSWORD, useConsole } from './harness.ts';

describe('console shell', () => {
  const consoleOf = useConsole('sqlite');

  it('is reachable from the home page and the short paths', { timeout: 60_000 }, async () => {
    const { base, newPage } = consoleOf();
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: '工作人员登录' }).click();
    await expect.poll(() => page.url()).toBe(`${base}/console/login`);
    await page.goto(`${base}/admin`);
    await expect.poll(() => page.url()).toContain('/console/login?next=%2Fadmin');
    await look(page, 'login');
  });

  it('says why a login is refused, then signs in and lands on 工作台', { timeout: 60_000 }, async () => {
    const { base, newPage } = consoleOf();
    const page = await newPage();
    await page.goto(`${base}/console/requests`);
    await page.getByLabel('用户名').fill('clerk.a');
    await page.getByLabel('密码', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('用户名或密码错误');
    await look(page, 'login-refused');

    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    // Back where they were going before the login page.
    await expect.poll(() => page.url()).toBe(`${base}/console/requests`);
    const menu = page.getByRole('navigation', { name: '功能导航' });
    await expect.poll(() => menu.textContent()).toContain('依申请公开');
    expect(await menu.textContent()).not.toContain('系统管理');
  });

  it(
    'shows 无权访问 for a section outside the role, and a 404 page for an unknown one',
    { timeout: 60_000 },
    async () => {
      const { base, signedIn } = consoleOf();
      const page = await signedIn('clerk.a');
      await page.goto(`${base}/console/admin`);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe('无权访问');
      await look(page, 'forbidden');
      await page.goto(`${base}/console/no-such-page`);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe('页面不存在');
    },
  );

  it(
    'signs out, and a session ended elsewhere brings the login page with a note',
    { timeout: 60_000 },
    async () => {
      const { base, signedIn } = consoleOf();
      const page = await signedIn('officeHead.a');
      await page.getByRole('button', { name: '退出登录' }).click();
      await expect.poll(() => page.url()).toContain('/console/login');

      const again = await signedIn('officeHead.a');
      await again.context().clearCookies();
      await again.goto(`${base}/console/requests`);
      await again.evaluate(() => sessionStorage.setItem('gongkai.sessionExpired', '1'));
      await again.reload();
      await expect.poll(() => again.url()).toContain('/console/login');
    },
  );
});
