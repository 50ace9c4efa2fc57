// 意见征集 and 政民互动 on the demo agency's site in real Chromium (issue 14): a citizen comments on a draft (HTML and
// an empty form refused in Chinese, nothing stored), staff approve it, the consultation closes (a late comment is
// refused), the feedback is published and shown on the consultation's page and linked from the draft's catalogue
// page; a citizen asks a question, staff answer it, and the portal's search finds it. Every page at 1280 px, 375 px
// and in the large-font mode, axe clean, screenshots in .tmp/screenshots/portal/.
import { describe, expect, it } from 'vitest';
import { steppingClock } from '../../../src/services/clock.ts';
import { openConsultation } from '../../../src/services/participation/consultations.ts';
import { staffAs } from '../../actors.ts';
import { TEST_NOW } from '../../context.ts';
import { publishedItem } from '../../published-item.ts';
import { look, lookEverywhere, staffSession, usePortal } from './harness.ts';

const clock = steppingClock(TEST_NOW);

describe('公众参与 pages (SQLite, demo data)', () => {
  const portalOf = usePortal('sqlite', { clock });
  let consultationId = '';
  let draftId = '';
  let clerkCookie = '';
  let headCookie = '';

  it(
    'a citizen comments on a draft; staff approve; it closes; the feedback is shown',
    { timeout: 180_000 },
    async () => {
      const portal = portalOf();
      const { ctx, agency, app } = portal;
      draftId = await publishedItem(ctx, agency.id, '临沂市人民防空工程平战结合管理办法（征求意见稿）');
      const finalId = await publishedItem(ctx, agency.id, '临沂市人民防空工程平战结合管理办法');
      consultationId = (
        await openConsultation(ctx, staffAs('clerk', agency.id), {
          agencyId: agency.id,
          itemId: draftId,
          title: '《临沂市人民防空工程平战结合管理办法（征求意见稿）》公开征求意见',
          description: '为规范人防工程平时使用，我办起草了本办法。\n欢迎社会各界于截止日期前提出意见建议。',
          opensOn: '2026-11-20',
          closesOn: '2026-12-20',
          majorDecision: true,
        })
      ).id;
      const consultationPath = `${portal.site}consultations/${consultationId}`;
      await lookEverywhere(portal, `${portal.site}consultations`, 'consultations');
      const page = await lookEverywhere(portal, consultationPath, 'consultation-open');
      await page.getByRole('link', { name: '提出意见' }).click();
      await look(page, 'comment-form');

      // HTML is refused with a Chinese message at the field, and what was typed is kept.
      await page.getByLabel('意见内容').fill('<b>建议</b>延长开放时间');
      await page.getByRole('button', { name: '提交意见' }).click();
      expect(await page.locator('#error-summary').textContent()).toContain('只能是纯文字');
      await expect(page.locator('#body').getAttribute('aria-invalid')).resolves.toBe('true');
      await look(page, 'comment-form-errors');
      await page
        .getByLabel('意见内容')
        .fill('建议明确平时使用的人防工程在战时转换的期限。\n建议公开转换预案。');
      await page.getByLabel('署名').fill('市民张先生');
      await page.getByRole('button', { name: '提交意见' }).click();
      expect(await page.locator('h1').textContent()).toBe('意见已收到');
      await look(page, 'comment-received');

      // Not shown before moderation.
      await page.goto(`${portal.base}${consultationPath}`);
      expect(await page.locator('#comments').textContent()).toContain('0 条');

      clerkCookie = await staffSession(portal, 'demo-clerk');
      const comments = await app.inject({
        method: 'GET',
        url: `/api/v1/participation/consultations/${consultationId}/comments?state=pending`,
        headers: { cookie: clerkCookie },
      });
      const [comment] = comments.json<{ items: { id: string }[] }>().items;
      const approved = await app.inject({
        method: 'PUT',
        url: `/api/v1/participation/consultations/${consultationId}/comments/${comment!.id}/moderation`,
        headers: { cookie: clerkCookie },
        payload: { decision: 'approve' },
      });
      expect(approved.statusCode).toBe(200);
      await page.goto(`${portal.base}${consultationPath}`);
      expect(await page.locator('main').textContent()).toContain('建议公开转换预案。');

      // The consultation closes: a comment posted from a form opened before is refused, nothing stored.
      await page.getByRole('link', { name: '提出意见' }).click();
      clock.set('2026-12-21T02:00:00Z');
      await page.getByLabel('意见内容').fill('截止后才提交的意见');
      await page.getByRole('button', { name: '提交意见' }).click();
      expect(await page.locator('#error-summary').textContent()).toContain('已于2026-12-20截止');

      // The sessions of the days before have ended: the office head signs in and publishes the feedback.
      headCookie = await staffSession(portal, 'demo-head');
      const feedback = await app.inject({
        method: 'PUT',
        url: `/api/v1/participation/consultations/${consultationId}/feedback`,
        headers: { cookie: headCookie },
        payload: {
          summary: '经认真研究，采纳了关于战时转换期限的意见。',
          adopted: ['明确人防工程战时转换期限'],
          notAdopted: [{ point: '公开转换预案', reason: '转换预案涉及国防秘密，依法不予公开' }],
          finalItemId: finalId,
        },
      });
      expect(feedback.statusCode, feedback.body).toBe(200);
      const closed = await lookEverywhere(portal, consultationPath, 'consultation-feedback');
      const feedbackText = await closed.locator('#feedback-section').textContent();
      expect(feedbackText).toContain('共收到意见 1 条');
      expect(feedbackText).toContain('转换预案涉及国防秘密');
      expect(await closed.locator('#comments').textContent()).toContain('1 条');

      // The draft's catalogue page links to the consultation and its feedback.
      const draftPage = await lookEverywhere(
        portal,
        `${portal.site}catalogue/${draftId}`,
        'consultation-draft-item',
      );
      await draftPage.getByRole('link', { name: '意见采纳情况' }).click();
      expect(new URL(draftPage.url()).pathname).toBe(consultationPath);
    },
  );

  it('a citizen asks a question; staff answer it; search finds it', { timeout: 120_000 }, async () => {
    const portal = portalOf();
    const page = await lookEverywhere(portal, `${portal.site}questions`, 'questions-empty');
    await page.getByRole('link', { name: '我要留言' }).click();
    await page.getByRole('button', { name: '提交留言' }).click();
    const summary = (await page.locator('#error-summary').textContent())!;
    expect(summary).toContain('请填写标题');
    expect(summary).not.toMatch(/[A-Za-z]{2,}/);
    await look(page, 'ask-errors');
    await page.getByLabel('标题').fill('地下停车场是否属于人防工程');
    await page.getByLabel('留言内容').fill('请问我小区的地下停车场是不是人防工程？平时可以收费吗？');
    await page.getByLabel('姓名或称呼').fill('王女士');
    await page.getByRole('button', { name: '提交留言' }).click();
    const number = (await page.locator('#question-number').textContent())!;
    expect(number).toMatch(/^问2026-\d{6}$/);
    await look(page, 'ask-received');

    const list = await portal.app.inject({
      method: 'GET',
      url: '/api/v1/participation/questions?state=open',
      headers: { cookie: headCookie },
    });
    const question = list
      .json<{ items: { id: string; number: string }[] }>()
      .items.find((q) => q.number === number)!;
    const answered = await portal.app.inject({
      method: 'PUT',
      url: `/api/v1/participation/questions/${question.id}/answer`,
      headers: { cookie: headCookie },
      payload: {
        answer:
          '是否属于人防工程以竣工验收备案为准，可在本机关网站查询；平时使用收费按物价部门核定的标准执行。',
      },
    });
    expect(answered.statusCode).toBe(200);

    const found = await lookEverywhere(
      portal,
      `${portal.site}questions?q=${encodeURIComponent('停车场 人防')}`,
      'questions-search',
    );
    expect(await found.locator('#count').textContent()).toContain('共 1 条');
    await found.getByRole('link', { name: '地下停车场是否属于人防工程' }).click();
    expect(await found.locator('main').textContent()).toContain('竣工验收备案为准');
    await look(found, 'question-answered');
    const none = await portal.app.inject({
      method: 'GET',
      url: `${portal.site}questions?q=${encodeURIComponent('预算')}`,
    });
    expect(none.body).toContain('没有找到符合条件的留言');
  });

  it('the 建议提案办理 column states the demo 2023: none received', { timeout: 60_000 }, async () => {
    const portal = portalOf();
    const page = await lookEverywhere(portal, `${portal.site}proposals?year=2023`, 'proposals-2023');
    expect(await page.locator('#proposal-summary').textContent()).toBe(
      '2023年没有收到人大代表建议和政协委员提案。',
    );
  });
});
