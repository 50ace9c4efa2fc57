// The sender as `gongkai serve` runs it, a real process: with GONGKAI_SMTP_URL pointing at a local SMTP server, a
// 补正 notice filed through the API arrives by mail within the poll interval and the process still stops cleanly;
// a half-done mail setting stops the start with a Chinese message (and never prints the password); without SMTP the
// server says once that messages stay queued.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import { startLocalSmtp } from '../smtp.ts';
import { spawnServer, type RunningServer } from './spawn-server.ts';
import { seedAgencyWithClerk, signIn, intakeBody } from './seed.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-notify-serve-'));
const MAIL_ENV = [
  'GONGKAI_SMTP_URL',
  'GONGKAI_MAIL_FROM',
  'GONGKAI_PUBLIC_BASE_URL',
  'GONGKAI_MAIL_POLL_SECONDS',
];
let server: RunningServer | undefined;

/** spawnServer passes this process's environment on: set the mail variables for one start. */
function mailEnv(values: Record<string, string>): void {
  for (const name of MAIL_ENV) delete process.env[name];
  Object.assign(process.env, values);
}

afterEach(async () => {
  mailEnv({});
  if (server && server.child.exitCode === null) await server.kill();
  server = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('mails the applicant from the running server and stops cleanly', async () => {
  const url = `sqlite:${join(dir, 'mail.db')}`;
  await seedAgencyWithClerk(url);
  const smtp = await startLocalSmtp();
  try {
    mailEnv({
      GONGKAI_SMTP_URL: smtp.url,
      GONGKAI_MAIL_FROM: '压力测试局 <noreply@example.gov.cn>',
      GONGKAI_PUBLIC_BASE_URL: 'https://gongkai.example.gov.cn',
      GONGKAI_MAIL_POLL_SECONDS: '1',
    });
    server = await spawnServer(url);
    const cookie = await signIn(server.baseUrl);
    const body = intakeBody(1);
    const registered = await fetch(`${server.baseUrl}/api/v1/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ ...body, applicant: { ...body.applicant, email: 'zhao@example.com' } }),
    });
    expect(registered.status).toBe(201);
    const { request } = (await registered.json()) as { request: { id: string; trackingNumber: string } };
    const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
    const today = chinaDate.format(new Date());
    const dueOn = chinaDate.format(new Date(Date.now() + 14 * 24 * 60 * 60_000));
    const event = await fetch(`${server.baseUrl}/api/v1/requests/${request.id}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        event: { type: 'correctionRequested', on: today, correctionDueOn: dueOn, items: '请补充文号' },
      }),
    });
    expect(event.status, await event.text()).toBe(201);
    const [mail] = await smtp.waitFor(1, 15_000);
    expect(mail!.to).toEqual(['zhao@example.com']);
    expect(mail!.subject).toContain(`需要补正（查询号 ${request.trackingNumber}）`);
    expect(mail!.text).toContain('https://gongkai.example.gov.cn/track');
    expect(mail!.text).not.toContain('请补充文号');
    expect(await server.stop()).toBe(0);
  } finally {
    await smtp.close();
  }
});

it('refuses to start with an incomplete mail setting, in Chinese, without printing the password', async () => {
  mailEnv({ GONGKAI_SMTP_URL: 'smtp://notify:pa55word@127.0.0.1:2525' });
  const failed = await spawnServer(`sqlite:${join(dir, 'refused.db')}`).then(
    () => new Error('the server started'),
    (error: Error) => error,
  );
  expect(failed.message).toContain('退出码 2');
  expect(failed.message).toContain('邮件通知配置有误');
  expect(failed.message).toContain('还需设置 GONGKAI_MAIL_FROM');
  expect(failed.message).toContain('还需设置 GONGKAI_PUBLIC_BASE_URL');
  expect(failed.message).not.toContain('pa55word');
});

it('says at start that messages stay queued when no SMTP server is configured', async () => {
  server = await spawnServer(`sqlite:${join(dir, 'quiet.db')}`);
  expect(server.output()).toContain('未配置 GONGKAI_SMTP_URL');
  expect(await server.stop()).toBe(0);
});
