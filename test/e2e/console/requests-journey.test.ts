// A disclosure request end to end in the console: a citizen files on the agency's /{code}/apply with a PDF, a clerk finds it by its 查询号,
// assigns it and asks for a correction, the correction arrives, the office head's decision on a screen the clerk has
// since changed is refused with the conflict message, then the office head decides 部分公开 with its article,
// the letter is previewed and downloaded as a real DOCX, the reply is sent, and the citizen reads 已答复 on /track.
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/services/database.ts';
import { PDF, siteOf } from '../../server/portal-site.ts';
import { look, useConsole } from './harness.ts';

const APPLICANT = '陈晓东';

async function record(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page
    .getByRole('group', { name: '可办理的事项' })
    .getByRole('button', { name: action, exact: true })
    .click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await fill?.();
  await dialog.getByRole('button', { name: '确认记录' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

// On SQLite: the request's rules run on both engines in the service and API tests.
for (const engine of ['sqlite'] as Engine[]) {
  describe(`requests journey (${engine})`, () => {
    const consoleOf = useConsole(engine);

    it('goes from /apply to 已答复 on /track through the console', { timeout: 180_000 }, async () => {
      const { api, base, newPage, signedIn } = consoleOf();
      const site = await siteOf(api, 'a');
      const citizen = await newPage();
      await citizen.goto(`${base}${site}apply`);
      await citizen.getByLabel('申请人类型').selectOption('naturalPerson');
      await citizen.getByLabel('申请人姓名或名称').fill(APPLICANT);
      await citizen.getByLabel('身份证明').fill('居民身份证 110000199001010000');
      await citizen.getByLabel('联系方式').fill('13900000000');
      await citizen.getByLabel('申请公开的政府信息').fill('2026 年本市老旧小区改造项目的资金安排');
      await citizen.getByLabel('获取信息的方式').selectOption('电子邮件');
      await citizen
        .getByLabel('申请材料')
        .setInputFiles({ name: '身份证明.pdf', mimeType: 'application/pdf', buffer: PDF });
      await citizen.getByRole('button', { name: '提交申请' }).click();
      await expect(citizen.locator('h1').textContent()).resolves.toBe('申请已提交');
      const trackingNumber = (await citizen.locator('#tracking-number').textContent())!.trim();
      const queryCode = (await citizen.locator('#query-code').textContent())!.trim();

      // The clerk finds it in the inbox by its tracking number.
      const clerk = await signedIn('clerk.a');
      await clerk.goto(`${base}/console/requests`);
      await expect.poll(() => clerk.locator('.ant-table-tbody').textContent()).toContain(APPLICANT);
      await look(clerk, `requests-inbox-${engine}`);
      await clerk.getByLabel('搜索登记号、查询号或申请人').fill(trackingNumber);
      await clerk.getByLabel('搜索登记号、查询号或申请人').press('Enter');
      await expect.poll(() => clerk.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
      await expect.poll(() => clerk.locator('.ant-table-tbody').textContent()).toContain(APPLICANT);
      await look(clerk, `requests-inbox-search-${engine}`);
      await clerk.locator('.ant-table-tbody tr.ant-table-row a').first().click();
      await expect.poll(() => clerk.locator('h1').textContent()).toMatch(/^申请 /);
      // The material the citizen attached, as a download.
      await expect
        .poll(() =>
          clerk.getByRole('list', { name: '申请材料' }).getByRole('link', { name: '身份证明.pdf' }).count(),
        )
        .toBe(1);
      const caseUrl = clerk.url();
      const actions = clerk.getByRole('group', { name: '可办理的事项' });
      // A clerk may not decide nor extend: the server lists neither.
      await expect.poll(() => actions.textContent()).toContain('分办');
      expect(await actions.textContent()).not.toContain('答复决定');
      expect(await actions.textContent()).not.toContain('延长答复期限');
      await look(clerk, `requests-case-registered-${engine}`);

      await record(clerk, '分办', async () => {
        await clerk.getByLabel('承办人').fill('李承办');
        await look(clerk, `requests-action-assign-${engine}`);
      });
      await record(clerk, '补正通知', async () => {
        await clerk.getByLabel('补正期限').fill('2027-01-15');
        await clerk.getByLabel('需补正的事项').fill('请说明所需信息的具体年份和项目名称');
      });
      await expect
        .poll(() => clerk.locator('h1 + * .ant-tag, .ant-tag').first().textContent())
        .toBe('待补正');
      // While waiting for the correction, handling steps are not offered.
      expect(await actions.textContent()).not.toContain('征求意见开始');
      await look(clerk, `requests-case-awaiting-correction-${engine}`);
      await record(clerk, '收到补正材料');
      await expect.poll(() => clerk.locator('.ant-tag').first().textContent()).toBe('办理中');

      // The office head opens the case; meanwhile the clerk records a reassignment the head has not seen. The
      // head's decision names the version on the head's screen: it is refused with the conflict message, nothing
      // is recorded, the case behind is reloaded, and the head looks at the new record before deciding.
      const head = await signedIn('officeHead.a');
      await head.goto(caseUrl);
      const headTimeline = head.locator('.ant-timeline-item');
      await expect.poll(() => headTimeline.count()).toBe(4);
      await record(clerk, '分办', async () => {
        await clerk.getByLabel('承办人').fill('王承办');
      });
      await head.getByRole('button', { name: '答复决定', exact: true }).click();
      await head.getByLabel('办理结果').fill('部分公开');
      await head.getByLabel('办理结果').press('Enter');
      await head.getByLabel('理由').fill('先前看到的办理记录。');
      await head.getByRole('dialog').getByRole('button', { name: '确认记录' }).click();
      const conflict = head.getByRole('dialog').getByRole('alert');
      await expect.poll(() => conflict.textContent()).toContain('该申请已被他人更新，请刷新后重试');
      expect(await head.getByRole('dialog').getByRole('button', { name: '确认记录' }).isDisabled()).toBe(
        true,
      );
      await look(head, `requests-action-conflict-${engine}`);
      await head.getByRole('dialog').getByRole('button', { name: '查看最新记录' }).click();
      await expect.poll(() => head.getByRole('dialog').count()).toBe(0);
      await expect.poll(() => headTimeline.count()).toBe(5);
      await expect.poll(() => head.locator('.ant-tag').first().textContent()).toBe('办理中');

      // The office head decides 部分公开; the article comes from core and is kept.
      await head.getByRole('button', { name: '答复决定', exact: true }).click();
      await head.getByLabel('办理结果').fill('部分公开');
      await head.getByLabel('办理结果').press('Enter');
      await expect.poll(() => head.getByLabel('所依据的条款').inputValue()).toContain('第三十七条');
      await head.getByLabel('理由').fill('项目资金中涉及个人信息的部分不予公开，其余予以公开。');
      await look(head, `requests-action-decide-${engine}`);
      await head.getByRole('dialog').getByRole('button', { name: '确认记录' }).click();
      await expect.poll(() => head.locator('.ant-tag').first().textContent()).toBe('已作出决定');

      // The letter: previewed in the page, downloaded as a DOCX naming the applicant.
      const preview = head.getByRole('region', { name: '答复书预览' });
      await expect.poll(() => preview.textContent()).toContain(APPLICANT);
      expect(await preview.textContent()).toContain('第三十七条');
      await look(head, `requests-case-decided-${engine}`);
      const [download] = await Promise.all([
        head.waitForEvent('download'),
        head.getByRole('link', { name: '下载 Word 文档（DOCX）' }).click(),
      ]);
      const bytes = new Uint8Array(await readAll(await download.createReadStream()));
      const files = unzipSync(bytes);
      expect(Object.keys(files)).toContain('word/document.xml');
      expect(strFromU8(files['word/document.xml']!)).toContain(APPLICANT);

      await record(head, '送出答复');
      await expect.poll(() => head.locator('.ant-tag').first().textContent()).toBe('已答复');

      await citizen.goto(`${base}${site}track`);
      await citizen.getByLabel('查询号').fill(trackingNumber);
      await citizen.getByLabel('查询码').fill(queryCode);
      await citizen.getByRole('button', { name: '查询' }).click();
      await expect(citizen.locator('#status').textContent()).resolves.toBe('已答复');
    });
  });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
