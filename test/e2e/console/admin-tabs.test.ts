// 系统管理's other tabs in Chromium, each with a real action: the calendar previews a pasted State Council notice —
// showing the agency's open request whose deadline moves — and imports it; an API token is issued (shown once) and
// revoked; the audit trail is listed and filtered; the papers' template (办理文书) is set, its 文号 pattern checked as
// typed. The server's clock is fixed on 20 December 2026 so the deadline moves the same way every run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../../src/services/clock.ts';
import { SYSTEM_ACTOR } from '../../../src/services/actor.ts';
import { registerRequest } from '../../../src/services/requests/intake.ts';
import { look, PASSWORD, signIn, useConsole } from './harness.ts';

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
    // It may change requests only; the rest it reads.
    await page.getByLabel('可修改').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '依申请公开' }).click();
    await page.keyboard.press('Escape');
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
    await expect.poll(() => row.textContent()).toMatch(/有效，至 \d{4}-\d{2}-\d{2}/);
    expect(await row.textContent()).toContain('依申请公开');
    expect(await page.textContent('main')).not.toContain(secret);

    await row.getByRole('button', { name: '撤销' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => row.textContent()).toContain('已于');
    expect(await row.getByRole('button', { name: '撤销' }).count()).toBe(0);
    expect((await asToken()).statusCode).toBe(401);
    await look(page, 'admin-token-revoked');
  });

  it("lists the agency's audit trail, newest first, and filters it", { timeout: 120_000 }, async () => {
    const { base, signedIn, api } = consoleOf();
    const own = (
      await api.call('admin.a', { method: 'GET', url: '/api/v1/audit?action=user.created' })
    ).json();
    const otherAgency = (
      await api.call('admin.c', { method: 'GET', url: '/api/v1/audit?action=user.created' })
    ).json();
    const page = await signedIn('admin.a');
    await page.goto(`${base}/console/admin/audit`);
    await expect.poll(() => page.getByRole('tab', { name: '审计日志', selected: true }).count()).toBe(1);
    await expect.poll(() => page.textContent('main')).toContain('user.created');
    await look(page, 'admin-audit');

    await page.getByLabel('操作', { exact: true }).fill('user.created');
    await page.getByRole('button', { name: '筛选' }).click();
    // The header row and one row per user the fixture created in A; none of C's.
    await expect.poll(() => page.getByRole('row').count()).toBe(own.items.length + 1);
    const main = (await page.textContent('main'))!;
    for (const entry of own.items) expect(main).toContain(entry.subjectId);
    for (const entry of otherAgency.items) expect(main).not.toContain(entry.subjectId);
    await look(page, 'admin-audit-filtered');

    await page.getByLabel('操作', { exact: true }).fill('no.such.action');
    await page.getByRole('button', { name: '筛选' }).click();
    await expect.poll(() => page.textContent('main')).toContain('没有符合条件的记录');
  });

  it('edits the agency profile and shows its place in the hierarchy', { timeout: 120_000 }, async () => {
    const { base, signedIn, api } = consoleOf();
    const page = await signedIn('admin.a');
    await page.goto(`${base}/console/admin/agency`);
    await expect.poll(() => page.textContent('main')).toContain('测试市政务公开办公室');
    expect(await page.getByLabel('机关名称').inputValue()).toBe('测试市甲局');
    await look(page, 'admin-agency');

    await page.getByLabel('邮编').fill('12345');
    await page.getByRole('button', { name: '保存机关信息' }).click();
    await expect.poll(() => page.textContent('form')).toContain('邮编应为 6 位数字');
    // Another agency's name: refused by the server, in its words.
    await page.getByLabel('邮编').fill('276000');
    await page.getByLabel('机关名称').fill('测试市乙局');
    await page.getByRole('button', { name: '保存机关信息' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('机关名称或代码已被使用');
    await look(page, 'admin-agency-refused');

    await page.getByLabel('机关名称').fill('测试市甲局');
    await page.getByLabel('电话').fill('0539-7654321');
    await page.getByRole('button', { name: '保存机关信息' }).click();
    await expect
      .poll(async () => {
        const agency = (
          await api.call('admin.a', { method: 'GET', url: `/api/v1/agencies/${api.tenancy.a.id}` })
        ).json();
        return `${agency.phone} ${agency.postcode}`;
      })
      .toBe('0539-7654321 276000');
    await look(page, 'admin-agency-saved');
  });

  it(
    'sets the papers: letterhead, 文号 pattern, a paragraph; refuses a pattern without the year',
    { timeout: 120_000 },
    async () => {
      const { base, signedIn, api } = consoleOf();
      const prefix = api.tenancy.a.registrationPrefix;
      // The sample number is the browser's: this year by the machine's clock.
      const year = new Date().getFullYear();
      const page = await signedIn('admin.a');
      await page.goto(`${base}/console/admin/documents`);
      await expect.poll(() => page.getByRole('tab', { name: '办理文书', selected: true }).count()).toBe(1);
      await expect
        .poll(() => page.textContent('main'))
        .toContain(`本年第一份文书的文号将是：${prefix}告〔${year}〕1号`);
      await look(page, 'admin-documents');

      await page.getByLabel('文号格式').fill(`${prefix}告〔2026〕{serial}号`);
      await page.getByRole('button', { name: '保存文书设置' }).click();
      await expect.poll(() => page.textContent('form')).toContain('文号格式须含 {year}');
      await look(page, 'admin-documents-refused');

      await page.getByLabel('文号格式').fill('{code}函〔{year}〕{serial3}号');
      await expect
        .poll(() => page.textContent('form'))
        .toContain(`本年第一份文书的文号将是：${prefix}函〔${year}〕001号`);
      await page.getByLabel('发文机关标志').fill('测试市甲局政府信息公开办公室');
      await page.getByRole('button', { name: /补正告知书/ }).click();
      await page.getByLabel('补正告知书的说明段落').fill('补正材料也可发送至本机关电子邮箱。');
      await page.getByRole('button', { name: '保存文书设置' }).click();
      await expect
        .poll(async () =>
          (
            await api.call('admin.a', {
              method: 'GET',
              url: `/api/v1/agencies/${api.tenancy.a.id}/document-settings`,
            })
          ).json(),
        )
        .toMatchObject({
          letterhead: '测试市甲局政府信息公开办公室',
          numberPattern: '{code}函〔{year}〕{serial3}号',
          freeTexts: { correctionNotice: '补正材料也可发送至本机关电子邮箱。' },
          retentionYears: 10,
        });
      await expect.poll(() => page.textContent('form')).toContain('补正告知书（已填写）');
      await look(page, 'admin-documents-saved');
    },
  );

  it('sets the review steps, refusing a step nobody may take', { timeout: 120_000 }, async () => {
    const { base, signedIn, api } = consoleOf();
    const page = await signedIn('admin.a');
    await page.goto(`${base}/console/admin/review-steps`);
    await expect.poll(() => page.getByLabel('科室审核的名称').inputValue()).toBe('科室审核');
    expect(await page.getByLabel('使用“合法性审查”环节').isChecked()).toBe(false);
    await look(page, 'admin-review-steps');

    await page.getByLabel('使用“合法性审查”环节').check();
    await page.getByRole('button', { name: '保存审核流程' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('每个环节至少要有一个可办理的角色');
    await look(page, 'admin-review-steps-invalid');

    const roles = page.getByRole('combobox', { name: '合法性审查的办理角色' });
    await roles.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '签发领导' })
      .first()
      .click();
    await page.keyboard.press('Escape');
    await page.getByLabel('领导签发的名称').fill('主要负责人签发');
    await page.getByRole('button', { name: '保存审核流程' }).click();
    await expect
      .poll(async () => {
        const saved = (
          await api.call('admin.a', { method: 'GET', url: '/api/v1/publications/settings/review-workflow' })
        ).json();
        return saved.workflow.steps.map(
          (s: { label: string; roles: string[] }) => `${s.label}:${s.roles.join('/')}`,
        );
      })
      .toEqual([
        '科室审核:officeHead',
        '合法性审查:leader',
        '保密审查:officeHead/leader',
        '主要负责人签发:leader',
      ]);
    await expect.poll(() => page.textContent('body')).toContain('审核流程已保存');
    await expect.poll(() => page.locator('.ant-btn-loading').count()).toBe(0);
    // The pointer rests off the button: antd's hover blue is lighter than the theme's AA-contrast primary.
    await page.mouse.move(0, 400);
    await look(page, 'admin-review-steps-saved');
  });

  it('keeps the screening lexicon and tries a text against it', { timeout: 120_000 }, async () => {
    const { base, signedIn } = consoleOf();
    const page = await signedIn('admin.a');
    await page.goto(`${base}/console/admin/lexicon`);
    await expect.poll(() => page.textContent('main')).toContain('尚未设置词库');
    await look(page, 'admin-lexicon');

    await page.getByLabel('词条').fill('翻墙软件,网络安全\n,没有词条');
    await page.getByRole('button', { name: '保存词库' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('第 2 行');
    await look(page, 'admin-lexicon-refused');

    await page.getByLabel('词条').fill('# 本机关词库\n翻墙软件,网络安全\n内部资料');
    await page.getByRole('button', { name: '保存词库' }).click();
    await expect.poll(() => page.textContent('main')).toContain('现有 2 个词条，admin.a');
    await page.getByLabel('要试查的文字').fill('请勿下载翻墙软件，也不要外传内部资料。');
    await page.getByRole('button', { name: '试查' }).click();
    await expect.poll(() => page.textContent('main')).toContain('发现 2 处问题');
    expect(await page.textContent('main')).toContain('翻墙软件');
    await page.mouse.move(0, 400);
    await look(page, 'admin-lexicon-trial');
  });

  it('fits a 1024 px wide screen', { timeout: 120_000 }, async () => {
    const { base, newPage } = consoleOf();
    const page = await newPage({ width: 1024, height: 768 });
    await signIn(page, base, 'admin.a', PASSWORD);
    await expect.poll(() => page.url()).not.toContain('/login');
    for (const tab of ['users', 'calendar']) {
      await page.goto(`${base}/console/admin/${tab}`);
      await expect
        .poll(() => page.locator('.ant-tabs-tab-active').textContent())
        .toBe(tab === 'users' ? '用户' : '工作日历');
      // Nothing wider than the window: the tables scroll inside themselves.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
      await look(page, `admin-${tab}-1024`);
    }
  });
});
