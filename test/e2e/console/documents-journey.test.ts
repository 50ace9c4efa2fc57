// The papers of a request in the console (issue 13): recording a correction offers its 补正告知书 at once; the clerk
// previews it, downloads it, records its delivery by post with the receipt date, and — once the request is answered —
// closes it into its archive package, after which the case is read-only and the package downloads as a zip that
// verifies.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { verifyPackage } from '../../../src/formats/archive/package.ts';
import { intakeBody } from '../../server/seed.ts';
import { look, useConsole } from './harness.ts';

/** Days after the day the action form recorded (the browser's date, whatever the clocks of the processes say). */
let recordedOn = '';
const day = (plus = 0) => new Date(Date.parse(recordedOn) + plus * 86_400_000).toISOString().slice(0, 10);

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('documents journey (sqlite)', () => {
  const consoleOf = useConsole('sqlite');

  it(
    'offers the paper a step needs, records its delivery, archives the closed request',
    { timeout: 240_000 },
    async () => {
      const { api, base, signedIn } = consoleOf();
      const requestId = (
        await api.call('clerk.a', { method: 'POST', url: '/api/v1/requests', payload: intakeBody(21) })
      ).json().request.id as string;
      const clerk = await signedIn('clerk.a');
      await clerk.goto(`${base}/console/requests/${requestId}`);
      const papers = clerk.locator('.ant-card').filter({ hasText: '文书与送达' });
      await expect.poll(() => papers.locator('.ant-table-tbody').textContent()).toContain('登记回执');
      await look(clerk, 'documents-case-registered');

      // Recording the correction: its notice is numbered and offered at once.
      await clerk
        .getByRole('group', { name: '可办理的事项' })
        .getByRole('button', { name: '补正通知', exact: true })
        .click();
      recordedOn = await clerk.getByLabel('日期', { exact: true }).inputValue();
      await clerk.getByLabel('补正期限').fill(day(15));
      await clerk.getByLabel('需补正的事项').fill('请写明所需审批信息的项目名称');
      await clerk.getByRole('dialog').getByRole('button', { name: '确认记录' }).click();
      await expect.poll(() => clerk.getByRole('dialog').count()).toBe(0);
      const offer = papers.getByRole('alert');
      await expect.poll(() => offer.textContent()).toContain('本次办理需要出具：《补正告知书》');
      await look(clerk, 'documents-correction-offered');
      await offer.getByRole('button', { name: '预览' }).click();
      const preview = clerk.getByRole('region', { name: '补正告知书预览' });
      await expect.poll(() => preview.textContent()).toContain('《中华人民共和国政府信息公开条例》第三十条');
      await look(clerk, 'documents-correction-preview');
      await clerk.keyboard.press('Escape');
      await expect.poll(() => clerk.getByRole('dialog').count()).toBe(0);

      const [download] = await Promise.all([
        clerk.waitForEvent('download'),
        clerk.getByRole('link', { name: '下载补正告知书 DOCX' }).click(),
      ]);
      expect(
        Object.keys(unzipSync(new Uint8Array(await readAll(await download.createReadStream())))),
      ).toContain('word/document.xml');

      // Delivery by post with its tracking number; received three days later.
      await clerk.getByRole('button', { name: '记录补正告知书送达' }).click();
      const form = clerk.getByRole('dialog');
      await form.getByLabel('运单号或签收人').fill('EMS1100998877');
      await form.getByLabel('送出日期').fill(day());
      await form.getByLabel('送出日期').press('Enter');
      await form.getByLabel('收到日期').fill(day(3));
      await form.getByLabel('收到日期').press('Enter');
      await look(clerk, 'documents-delivery-form');
      await form.getByRole('button', { name: '保存送达记录' }).click();
      await expect.poll(() => clerk.getByRole('dialog').count()).toBe(0);
      await expect
        .poll(() => papers.locator('.ant-table-tbody').textContent())
        .toContain(`邮寄（EMS1100998877），${day()} 送出，${day(3)} 收到`);
      await look(clerk, 'documents-delivered');

      // The rest of the handling through the API; then the clerk archives the answered request.
      for (const [who, event] of [
        ['clerk.a', { type: 'correctionReceived', on: day() }],
        [
          'clerk.a',
          { type: 'feeNoticeIssued', on: day(), receivedOn: day(), method: 'perPage', amountYuan: 10 },
        ],
        ['clerk.a', { type: 'feePaid', on: day() }],
        [
          'leader.a',
          {
            type: 'decided',
            on: day(),
            outcome: 'granted',
            reasons: '随本答复书提供。',
            articles: '',
          },
        ],
        ['clerk.a', { type: 'replySent', on: day() }],
      ] as const) {
        const appended = await api.call(who, {
          method: 'POST',
          url: `/api/v1/requests/${requestId}/events`,
          payload: { event },
        });
        expect(appended.statusCode, appended.body).toBe(201);
      }
      await clerk.reload();
      await expect.poll(() => papers.locator('.ant-table-tbody').textContent()).toContain('答复书');
      // The fee notice states the fee schedule's amount for the pages the clerk gives: 31 pages, the 31st at 10 元.
      await papers.getByRole('button', { name: '计费依据' }).click();
      await clerk.getByRole('dialog').getByLabel('页数').fill('31');
      await look(clerk, 'documents-fee-form');
      await clerk.getByRole('dialog').getByRole('button', { name: '保存' }).click();
      await expect.poll(() => clerk.getByRole('dialog').count()).toBe(0);
      await papers.getByRole('button', { name: '预览收费通知书' }).click();
      const fee = clerk.getByRole('region', { name: '收费通知书预览' });
      await expect.poll(() => fee.textContent()).toContain('应缴金额：人民币10元。');
      await look(clerk, 'documents-fee-preview');
      await clerk.keyboard.press('Escape');
      await expect.poll(() => clerk.getByRole('dialog').count()).toBe(0);
      await papers.getByRole('button', { name: '归档并生成归档材料包' }).click();
      await expect
        .poll(() => papers.getByRole('alert').first().textContent(), { timeout: 60_000 })
        .toContain('已归档');
      expect(await papers.getByRole('button', { name: /记录.*送达/ }).count()).toBe(0);
      await look(clerk, 'documents-archived');
      const [zip] = await Promise.all([
        clerk.waitForEvent('download'),
        papers.getByRole('link', { name: '下载归档材料包（zip）' }).click(),
      ]);
      expect(verifyPackage(new Uint8Array(await readAll(await zip.createReadStream()))).ok).toBe(true);
    },
  );
});
