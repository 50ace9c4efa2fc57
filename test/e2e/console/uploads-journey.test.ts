// A clerk uploads multi-megabyte files in the console: material added to a case page and an attachment added to a
// catalogue draft, each picked in the file chooser, sent as multipart and then listed with its size; a file
// whose name hides its real extension is refused with the server's Chinese message.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/services/database.ts';
import { intakeBody } from '../../server/seed.ts';
import { look, useConsole } from './harness.ts';

const MB = 1024 * 1024;

function pdfOf(size: number): Buffer {
  const bytes = randomBytes(size);
  Buffer.from('%PDF-1.7\n').copy(bytes);
  return bytes;
}

// On SQLite: the upload's rules (limits, refusals, nothing kept) run on both engines in the API tests.
for (const engine of ['sqlite'] as Engine[]) {
  describe(`uploads journey (${engine})`, () => {
    const consoleOf = useConsole(engine);

    it('adds an 8 MB scan to a case and sees it listed', { timeout: 120_000 }, async () => {
      const { api, base, signedIn } = consoleOf();
      const registered = await api.call('clerk.a', {
        method: 'POST',
        url: '/api/v1/requests',
        payload: intakeBody(71),
      });
      const { id } = registered.json().request;
      const clerk = await signedIn('clerk.a');
      await clerk.goto(`${base}/console/requests/${id}`);
      await expect.poll(() => clerk.getByText('没有申请材料。').count()).toBe(1);
      await clerk
        .getByLabel('选择文件：添加材料')
        .setInputFiles({ name: '纸质申请扫描件.pdf', mimeType: 'application/pdf', buffer: pdfOf(8 * MB) });
      const listed = clerk.getByRole('list', { name: '申请材料' });
      await expect.poll(() => listed.textContent(), { timeout: 30_000 }).toContain('纸质申请扫描件.pdf');
      expect(await listed.textContent()).toContain('8.0 MB');
      await look(clerk, `uploads-case-material-${engine}`);

      // A renamed file is refused by its bytes, with the server's message; nothing is added.
      await clerk
        .getByLabel('选择文件：添加材料')
        .setInputFiles({
          name: '说明.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('<html></html>'),
        });
      await expect.poll(() => clerk.locator('.ant-alert-error').textContent()).toContain('说明.pdf');
      expect(await listed.getByRole('listitem').count()).toBe(1);
      await look(clerk, `uploads-case-refused-${engine}`);
    });

    it('adds a 12 MB attachment to a catalogue draft and sees it listed', { timeout: 120_000 }, async () => {
      const { api, base, signedIn } = consoleOf();
      const draft = await api.call('clerk.a', {
        method: 'POST',
        url: '/api/v1/publications',
        payload: {
          title: '关于老旧小区改造项目资金安排的通知',
          publishingBody: '测试市甲局',
          genre: 'notice',
          category: 'notice',
        },
      });
      const clerk = await signedIn('clerk.a');
      await clerk.goto(`${base}/console/catalogue/${draft.json().id}`);
      await expect.poll(() => clerk.getByText('没有附件').count()).toBeGreaterThan(0);
      await clerk
        .getByLabel('选择文件：上传附件')
        .setInputFiles({ name: '项目资金安排表.pdf', mimeType: 'application/pdf', buffer: pdfOf(12 * MB) });
      await expect
        .poll(() => clerk.getByRole('link', { name: '项目资金安排表.pdf' }).count(), { timeout: 30_000 })
        .toBe(1);
      expect(await clerk.getByRole('row', { name: /项目资金安排表\.pdf/ }).textContent()).toContain(
        '12.0 MB',
      );
      await look(clerk, `uploads-catalogue-attachment-${engine}`);
    });
  });
}
