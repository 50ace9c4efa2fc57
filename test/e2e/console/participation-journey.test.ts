// 公众参与 in the console, in real Chromium (issue 14): the supervising office assigns three 工作要点 tasks to two
// agencies under it; 甲局's clerk records progress on one; the office's roster shows it; 甲局's report drafts 六（二）
// from it. Then 甲局's clerk moderates the public's comments (approving one with a mobile number is refused in the
// server's words, nothing changes) and answers a question, which the portal's search then finds.
import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../../src/core/report/model.ts';
import { PUBLIC_ACTOR } from '../../../src/services/actor.ts';
import { submitComment } from '../../../src/services/participation/comments.ts';
import { openConsultation } from '../../../src/services/participation/consultations.ts';
import { askQuestion, publicQuestions } from '../../../src/services/participation/questions.ts';
import { staffAs } from '../../actors.ts';
import { publishedItem } from '../../published-item.ts';
import { look, useConsole } from './harness.ts';
import { dayClock } from './workbench-seed.ts';

describe('公众参与', () => {
  const consoleOf = useConsole('sqlite', dayClock('2026-12-04'));

  async function chooseAgencies(page: import('playwright-core').Page, names: string[]) {
    await page.getByLabel('承担机关').click();
    for (const name of names) await page.locator(`.ant-select-item-option[title="${name}"]`).click();
    await page.keyboard.press('Escape');
  }

  it('a supervisor assigns three tasks to two agencies; one records progress; roster and report follow', async () => {
    const { api, base, signedIn } = consoleOf();
    const office = await signedIn('supervisor.s');
    await office.goto(`${base}/console/participation`);
    await office.getByRole('tab', { name: '工作要点' }).click();
    await expect.poll(() => office.locator('main').textContent()).toContain('本年度还没有下达任务');
    await look(office, 'participation-work-plan-empty');
    const assign = async (title: string, agencies: string[]) => {
      await office.locator('#task-title').fill(title);
      await chooseAgencies(office, agencies);
      await office.getByRole('button', { name: '下达任务' }).click();
      await expect.poll(() => office.locator('#task-title').inputValue()).toBe('');
    };
    await assign('推进重大行政决策预公开', ['测试市甲局', '测试市乙局']);
    await assign('加强政策解读', ['测试市甲局']);
    await assign('做好政务公开培训', ['测试市乙局']);
    const rosterRow = (name: string) => office.locator('#roster-title ~ * tr', { hasText: name });
    await expect
      .poll(() => rosterRow('测试市甲局').locator('td').allTextContents())
      .toEqual(['测试市甲局', '2', '0', '0', '2']);
    await look(office, 'participation-work-plan-assigned');

    const clerk = await signedIn('clerk.a');
    await clerk.goto(`${base}/console/participation`);
    await clerk.getByRole('tab', { name: '工作要点' }).click();
    await clerk.getByRole('button', { name: '填报：推进重大行政决策预公开' }).click();
    const dialog = clerk.getByRole('dialog');
    await dialog.getByLabel('落实日期').fill('2026-11-30');
    await dialog.getByLabel('落实情况').fill('公布年度重大行政决策事项目录并逐项公开征求意见');
    await look(clerk, 'participation-progress-form');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => clerk.locator('main').textContent()).toContain('公布年度重大行政决策事项目录');
    await look(clerk, 'participation-progress-recorded');

    await office.reload();
    await office.getByRole('tab', { name: '工作要点' }).click();
    await expect
      .poll(() => rosterRow('测试市甲局').locator('td').allTextContents())
      .toEqual(['测试市甲局', '2', '1', '0', '1']);
    await look(office, 'participation-roster');

    const built = await api.call('clerk.a', { method: 'GET', url: '/api/v1/reports/annual?year=2026' });
    const other = built.json<{ report: AnnualReport }>().report.sections.find((s) => s.key === 'other')!.text;
    expect(other).toContain(
      '（二）落实上级年度政务公开工作要点情况。一是推进重大行政决策预公开，公布年度重大行政决策事项目录并逐项公开征求意见；二是加强政策解读（未开始）。',
    );
  });

  it('the clerk moderates comments and answers a question', async () => {
    const { api, base, signedIn } = consoleOf();
    const { ctx, tenancy } = api;
    const itemId = await publishedItem(ctx, tenancy.a.id, '测试市停车管理办法（征求意见稿）');
    const consultation = await openConsultation(ctx, staffAs('clerk', tenancy.a.id), {
      agencyId: tenancy.a.id,
      itemId,
      title: '《测试市停车管理办法（征求意见稿）》公开征求意见',
      description: '欢迎提出意见',
      opensOn: '2026-11-20',
      closesOn: '2026-12-20',
    });
    await submitComment(ctx, PUBLIC_ACTOR, {
      consultationId: consultation.id,
      body: '建议增加夜间免费时段。',
    });
    await submitComment(ctx, PUBLIC_ACTOR, {
      consultationId: consultation.id,
      body: '请打我电话13912345678。',
    });
    await askQuestion(ctx, PUBLIC_ACTOR, {
      agencyId: tenancy.a.id,
      asker: '钱先生',
      title: '停车场夜间收费吗',
      body: '请问市属停车场夜间是否收费？',
    });
    await askQuestion(ctx, PUBLIC_ACTOR, {
      agencyId: tenancy.a.id,
      asker: '孙女士',
      title: '申请公开停车收费定价文件',
      body: '请提供市属停车场收费标准的定价批复文件。',
    });

    const page = await signedIn('clerk.a');
    await page.goto(`${base}/console/participation`);
    await page.getByRole('button', { name: `审核意见：${consultation.title}` }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('请打我电话');
    await look(page, 'participation-moderation');
    const phoneRow = page.getByRole('row', { name: /请打我电话/ });
    await phoneRow.getByRole('button', { name: '公开显示' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('不能原样公开');
    await look(page, 'participation-moderation-refused');
    await phoneRow.getByRole('button', { name: '不予显示' }).click();
    await page.getByLabel('理由').fill('含有个人联系方式');
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page
      .getByRole('row', { name: /夜间免费时段/ })
      .getByRole('button', { name: '公开显示' })
      .click();
    await expect.poll(() => page.locator('main').textContent()).toContain('没有待审核的意见');

    await page.getByRole('tab', { name: '留言答复' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('停车场夜间收费吗');
    await look(page, 'participation-questions');
    // A question that asks for a document is turned into a disclosure request received on the question's day.
    await page.getByRole('button', { name: '转为申请：申请公开停车收费定价文件' }).click();
    const convert = page.getByRole('dialog');
    await convert.getByLabel('申请人联系方式').fill('13800000000');
    await look(page, 'participation-convert-form');
    await convert.getByRole('button', { name: '登记为申请' }).click();
    await expect.poll(() => convert.textContent()).toContain('已登记为申请');
    expect(await convert.textContent()).toContain('收到日期为留言收到之日2026-12-04');
    await look(page, 'participation-converted');
    await convert.getByRole('button', { name: '完成' }).click();
    await page.getByRole('button', { name: '答复：停车场夜间收费吗' }).click();
    await page.getByLabel('答复内容').fill('市属停车场夜间22时至次日7时免费。');
    await look(page, 'participation-answer-form');
    await page.getByRole('dialog').getByRole('button', { name: '答复' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('没有留言');
    const found = await publicQuestions(ctx, PUBLIC_ACTOR, {
      agencyId: tenancy.a.id,
      query: '夜间',
      page: 1,
      pageSize: 10,
    });
    expect(found.items.map((q) => q.answer)).toEqual(['市属停车场夜间22时至次日7时免费。']);

    // The register of 人大建议、政协提案: a year without entries says so; an entry whose reply is not published carries
    // the reason.
    await page.getByRole('tab', { name: '建议提案' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('本年度没有登记');
    await page.getByLabel('编号').fill('第0123号');
    await page.getByLabel('标题', { exact: true }).fill('关于增设夜间停车位的建议');
    await page.getByLabel('收到日期').fill('2026-03-10');
    await page.getByLabel('答复日期').fill('2026-05-20');
    await page.getByLabel('答复不公开的理由').fill('答复涉及第三方商业信息');
    await look(page, 'participation-proposal-form');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    const entry = page.getByRole('row', { name: /关于增设夜间停车位的建议/ });
    await expect.poll(() => entry.textContent()).toContain('不公开：答复涉及第三方商业信息');
    await look(page, 'participation-proposals');
  });
}, 240_000);
