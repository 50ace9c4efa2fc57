// 主动公开 in Chromium: a clerk drafts an item whose body holds a 身份证号; screening finds it, selects it in the
// body and blocks submission in the server's words; fixed, it goes through 科室审核 → 保密审查 → 签发 by the roles
// the default workflow names — a different person at each step, the leader who reviewed for secrecy refused the
// sign-off — is published and found by the public search. A return sends the item back to the
// drafter with the reviewer's comment. The journey on PostgreSQL, the return on SQLite (the review's rules run on
// both engines in the service and API tests).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/services/database.ts';
import { createUser } from '../../../src/services/accounts/users.ts';
import { SYSTEM_ACTOR } from '../../../src/services/actor.ts';
import { PASSWORD } from '../../server/fixture.ts';
import { look, useConsole } from './harness.ts';

// The console is slower on a busy machine than expect.poll's one second.
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

const ID_NUMBER = '11010519491231002X';
const TITLE = '关于公布二〇二四年城乡低保审核结果的通知';

async function draft(page: Page, base: string, title: string, body: string): Promise<void> {
  await page.goto(`${base}/console/catalogue/new`);
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('发布机构').fill('测试市甲局');
  await page.getByLabel('正文（每段一行）').fill(body);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await poll(() => page.url()).toMatch(/\/console\/catalogue\/[0-9a-f-]{36}$/);
}

async function approve(page: Page, base: string, title: string, step: string, shot: string): Promise<void> {
  await page.goto(`${base}/console/catalogue/review`);
  const row = page.getByRole('row', { name: new RegExp(title) });
  await poll(() => row.textContent()).toContain(step);
  await look(page, `${shot}-queue`);
  await row.getByRole('link', { name: title }).click();
  await poll(() => page.getByText(`待办环节：${step}`).count()).toBe(1);
  await look(page, `${shot}-item`);
  await page.getByRole('button', { name: '通过' }).click();
  await poll(() => page.getByText(`待办环节：${step}`).count()).toBe(0);
}

function journey(engine: Engine) {
  describe(`${engine}: catalogue journey`, () => {
    const consoleOf = useConsole(engine);
    const name = (s: string) => `catalogue-${s}`;

    it(
      'drafts, is blocked by screening, fixes, passes three steps, publishes, is found',
      { timeout: 360_000 },
      async () => {
        const { base, signedIn, api } = consoleOf();
        const clerk = await signedIn('clerk.a');
        await clerk.goto(`${base}/console/catalogue`);
        await poll(() => clerk.locator('h1').textContent()).toBe('主动公开目录');
        await look(clerk, name('list-empty'));

        await draft(
          clerk,
          base,
          TITLE,
          `经审核，下列家庭纳入低保。\n户主王某，身份证号 ${ID_NUMBER}，家庭人口三人。`,
        );
        await clerk.getByRole('button', { name: '提交审核' }).click();
        await expect
          .poll(() => clerk.getByRole('alert').first().textContent())
          .toContain('发布前检查发现 1 处必须修改的问题，请修改后再提交');
        const panel = clerk.getByLabel('发布前检查结果');
        await poll(() => panel.textContent()).toContain('身份证号');
        expect(await clerk.locator('mark').first().textContent()).toBe(ID_NUMBER);
        await clerk.getByRole('button', { name: '在正文中选中' }).click();
        const selected = await clerk.evaluate(() => {
          const box = document.getElementById('draft_bodyText') as HTMLTextAreaElement;
          return box.value.slice(box.selectionStart, box.selectionEnd);
        });
        expect(selected).toBe(ID_NUMBER);
        await look(clerk, name('editor-findings'));

        await clerk
          .getByLabel('正文（每段一行）')
          .fill('经审核，下列家庭纳入低保。\n户主王某，家庭人口三人。');
        await clerk.getByRole('button', { name: '提交审核' }).click();
        await poll(() => clerk.locator('h1').textContent()).toBe(TITLE);
        await poll(() => clerk.getByText('审核中（科室审核）').count()).toBe(1);
        await look(clerk, name('submitted'));

        const head = await signedIn('officeHead.a');
        await approve(head, base, TITLE, '科室审核', name('department'));
        const leader = await signedIn('leader.a');
        await approve(leader, base, TITLE, '保密审查', name('confidentiality'));
        // The same leader may not sign what they reviewed for secrecy (one person, one step of an item).
        await leader.getByRole('button', { name: '通过' }).click();
        await poll(() => leader.getByRole('alert').allTextContents()).toContainEqual(
          expect.stringContaining('您已办理本条信息的“保密审查”环节，同一人不能再办理其他审核环节'),
        );
        await look(leader, name('same-approver'));
        await createUser(api.ctx, SYSTEM_ACTOR, {
          agencyId: api.tenancy.a.id,
          username: 'leader2.a',
          displayName: '另一位领导',
          role: 'leader',
          password: PASSWORD,
        });
        await approve(await signedIn('leader2.a'), base, TITLE, '领导签发', name('sign-off'));

        await clerk.reload();
        await clerk.getByRole('button', { name: '发布' }).click();
        await poll(() => clerk.getByText('已发布').first().count()).toBe(1);
        const history = clerk.getByRole('table').last();
        await poll(() => history.textContent()).toContain('领导签发');
        for (const step of ['科室审核', '保密审查', '领导签发', '发布'])
          expect(await history.textContent()).toContain(step);
        await clerk.getByRole('button', { name: '登记渠道' }).click();
        await poll(() => clerk.getByRole('cell', { name: '部门网站' }).count()).toBe(1);
        await look(clerk, name('published'));

        const found = await api.call(null, {
          method: 'GET',
          url: `/api/v1/public/catalogue/search?q=${encodeURIComponent('低保审核结果')}`,
        });
        expect(found.json().hits.map((h: { item: { title: string } }) => h.item.title)).toContain(TITLE);

        await clerk.goto(`${base}/console/catalogue?status=published`);
        await poll(() => clerk.getByRole('row', { name: new RegExp(TITLE) }).count()).toBe(1);
        await look(clerk, name('list'));
      },
    );
  });
}

journey('postgres');

describe('sqlite: a return goes back to the drafter', () => {
  const consoleOf = useConsole('sqlite');
  it('shows the reviewer comment to the clerk', { timeout: 120_000 }, async () => {
    const { base, signedIn } = consoleOf();
    const clerk = await signedIn('clerk.a');
    const title = '关于调整办公地址的公告';
    await draft(clerk, base, title, '自下月起我局迁至新址办公。');
    const itemUrl = clerk.url();
    await clerk.getByRole('button', { name: '提交审核' }).click();
    await poll(() => clerk.getByText('审核中（科室审核）').count()).toBe(1);

    const head = await signedIn('officeHead.a');
    await head.goto(itemUrl);
    await head.getByRole('button', { name: '退回修改' }).click();
    await poll(() => head.getByRole('alert').first().textContent()).toContain('退回时必须填写意见');
    await head.getByLabel('审核意见').fill('请写明新址的具体门牌号');
    await head.getByRole('button', { name: '退回修改' }).click();
    await poll(() => head.getByText('已被退回修改').count()).toBe(1);

    await clerk.goto(`${base}/console/catalogue?status=returned`);
    await clerk.getByRole('link', { name: title }).click();
    await poll(() => clerk.getByText('退回意见：请写明新址的具体门牌号').count()).toBe(1);
    await look(clerk, 'catalogue-returned');
  });
});
