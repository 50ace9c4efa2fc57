// One citizen's whole visit to the demo agency's site in real Chromium, as issue 10 tells it: the platform index,
// the column, the catalogue browsed and searched, an item opened, the guide read, the 2023 annual report opened, a
// request filed with an attachment and an e-mail address — then staff answer it (through the API, as the console
// would) and the sender delivers the notification to a local SMTP server started by the test; the citizen follows
// the mail's link, looks the request up and reads the reply letter, and downloads it as DOCX.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../src/services/actor.ts';
import { smtpMailer } from '../../../src/services/notifications/mailer.ts';
import { drainOutbox } from '../../../src/services/notifications/sender.ts';
import { startLocalSmtp, type LocalSmtp } from '../../smtp.ts';
import { PDF } from '../../server/portal-site.ts';
import { look, usePortal, staffSession } from './harness.ts';

describe('a citizen’s journey through the portal (SQLite, demo data)', () => {
  const portalOf = usePortal('sqlite');
  let smtp: LocalSmtp;
  beforeAll(async () => {
    smtp = await startLocalSmtp();
  });
  afterAll(async () => {
    await smtp?.close();
  });

  it(
    'browses, searches, reads, files a request and reads the reply the e-mail announces',
    { timeout: 150_000 },
    async () => {
      const portal = portalOf();
      const page = await portal.newPage();

      // The platform index → the agency's column → 法定主动公开内容.
      await page.goto(`${portal.base}/`);
      await page.getByRole('link', { name: portal.agency.name }).click();
      await expect(page.locator('h1').textContent()).resolves.toBe(`${portal.agency.name}政府信息公开`);
      await page
        .getByRole('navigation', { name: '政府信息公开栏目' })
        .getByRole('link', { name: '法定主动公开内容' })
        .click();
      await expect(page.locator('h1').textContent()).resolves.toBe('法定主动公开内容');
      const firstListed = (await page.locator('ul.items li a').first().textContent())!.trim();
      expect(firstListed.length).toBeGreaterThan(0);

      // Search: every hit has the word highlighted; open the first.
      await page.getByLabel('全文检索（标题、正文、文号）').fill('人防');
      await page.getByRole('button', { name: '检索' }).click();
      await expect(page.locator('main mark').first().textContent()).resolves.toBe('人防');
      const hitTitle = (await page.locator('ul.items li a').first().textContent())!.trim();
      await page.locator('ul.items li a').first().click();
      await expect(page.locator('h1').textContent()).resolves.toBe(hitTitle.replace(/\s+/g, ''));
      await expect(page.locator('table.meta').textContent()).resolves.toContain('索引号');
      await look(page, 'journey-item');

      // The guide: contacts and fees.
      await page.getByRole('link', { name: '政府信息公开指南' }).first().click();
      await expect(page.locator('main').textContent()).resolves.toContain(portal.agency.phone!);

      // The 2023 annual report.
      await page.getByRole('link', { name: '政府信息公开年报' }).first().click();
      await page.getByRole('link', { name: /2023/ }).first().click();
      await expect(page.locator('h1').textContent()).resolves.toContain('2023');
      await expect(page.locator('main table').count()).resolves.toBeGreaterThan(2);

      // 依申请公开: the form of this agency, with a PDF and an e-mail address for notifications.
      await page
        .getByRole('navigation', { name: '政府信息公开栏目' })
        .getByRole('link', { name: '依申请公开' })
        .click();
      await page.getByLabel('申请人类型').selectOption({ label: '自然人' });
      await page.getByLabel('申请人姓名或名称').fill('李市民');
      await page.getByLabel('身份证明').fill('居民身份证 370000199001010000');
      await page.getByLabel('联系方式').fill('13900000000');
      await page.getByLabel('接收通知的电子邮箱（选填）').fill('li.shimin@example.com');
      await page.getByLabel('申请公开的政府信息').fill('本市 2023 年人防工程易地建设费减免情况');
      await page.getByLabel('获取信息的方式').selectOption('电子邮件');
      await page
        .getByLabel('申请材料')
        .setInputFiles({ name: '身份证.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.getByRole('button', { name: '提交申请' }).click();
      await expect(page.locator('h1').textContent()).resolves.toBe('申请已提交');
      const trackingNumber = (await page.locator('#tracking-number').textContent())!.trim();
      const queryCode = (await page.locator('#query-code').textContent())!.trim();

      // Staff answer it: the leader decides (公开), the clerk sends the reply.
      const clerk = await staffSession(portal, 'demo-clerk');
      const leader = await staffSession(portal, 'demo-leader');
      const found = await fetch(`${portal.base}/api/v1/requests?q=${trackingNumber}`, {
        headers: { cookie: clerk },
      });
      const { id } = ((await found.json()) as { items: { id: string }[] }).items[0]!;
      const attachments = await fetch(`${portal.base}/api/v1/requests/${id}/attachments`, {
        headers: { cookie: clerk },
      });
      expect(JSON.stringify(await attachments.json())).toContain('身份证.pdf');
      for (const [cookie, event] of [
        [leader, { type: 'decided', on: '2026-12-04', outcome: 'granted', reasons: '', articles: '' }],
        [clerk, { type: 'replySent', on: '2026-12-04' }],
      ] as const) {
        const response = await fetch(`${portal.base}/api/v1/requests/${id}/events`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ event }),
        });
        expect(response.status, await response.clone().text()).toBe(201);
      }

      // The sender's turn: one message, to the address given, naming the 查询号 and linking to the agency's /track —
      // and nothing of what was asked for, nor the query code.
      const drained = await drainOutbox(portal.ctx, SYSTEM_ACTOR, {
        mailer: smtpMailer(smtp.url, 'gongkai@example.gov.cn'),
        publicBaseUrl: portal.base,
        claimer: 'journey-test',
      });
      expect(drained.sent).toBe(1);
      const [mail] = await smtp.waitFor(1);
      expect(mail!.to).toEqual(['li.shimin@example.com']);
      expect(mail!.subject).toContain('已答复');
      expect(mail!.text).toContain(trackingNumber);
      expect(mail!.text).not.toContain('易地建设费');
      expect(mail!.text).not.toContain(queryCode);
      const link = /https?:\/\/\S+\/track/.exec(mail!.text)![0];
      expect(link).toBe(`${portal.base}${portal.site}track`);

      // The citizen follows the link and reads the reply letter.
      await page.goto(link);
      await page.getByLabel('查询号').fill(trackingNumber);
      await page.getByLabel('查询码').fill(queryCode);
      await page.getByRole('button', { name: '查询' }).click();
      await expect(page.locator('#status').textContent()).resolves.toBe('已答复');
      await expect(page.locator('#reply-letter').textContent()).resolves.toContain(portal.agency.name);
      await expect(page.locator('#reply-letter').textContent()).resolves.toContain('李市民');
      await look(page, 'journey-reply');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载答复书（Word 文档）' }).click(),
      ]);
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
      const document = strFromU8(unzipSync(new Uint8Array(Buffer.concat(chunks)))['word/document.xml']!);
      expect(document).toContain('李市民');
    },
  );
});
