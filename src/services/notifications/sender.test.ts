// The sender against a local SMTP server (test/smtp.ts; never a real one): it delivers what the outbox holds with
// the 查询号 and the /track link and nothing of the request's content; a server that is down costs an attempt and a
// backoff, and the message goes out once it is back; after the last attempt the row is 'failed'; and two senders
// draining one database at once never send a row twice.
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { TEST_NOW, testContext } from '../../../test/context.ts';
import {
  answer,
  APPLICANT_EMAIL,
  fileOnline,
  makePortalAgency,
  PUBLIC_BASE_URL,
  requestCorrection,
  SECRETS,
} from '../../../test/notifications.ts';
import { startLocalSmtp, type LocalSmtp } from '../../../test/smtp.ts';
import { openDatabase } from '../../storage/database.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { steppingClock } from '../clock.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../database.ts';
import { smtpMailer, type Mailer } from './mailer.ts';
import { drainOutbox, type SenderOptions } from './sender.ts';
import { recordDelivery } from '../documents/delivery.ts';
import { generateDocuments } from '../documents/generate.ts';

const FROM = '临沂市政务公开 <noreply@gongkai.example.gov.cn>';

function rowOf(db: Db, requestId: string) {
  return db
    .selectFrom('notification_outbox')
    .selectAll()
    .where('request_id', '=', requestId)
    .executeTakeFirstOrThrow();
}

forEachEngine((_engine, getDb, getTest) => {
  let smtp: LocalSmtp;
  let mailer: Mailer;
  beforeAll(async () => {
    smtp = await startLocalSmtp();
    mailer = smtpMailer(smtp.url, FROM);
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
  });
  const sender = (overrides: Partial<SenderOptions> = {}): SenderOptions => ({
    mailer,
    publicBaseUrl: PUBLIC_BASE_URL,
    claimer: randomUUID(),
    retryBaseMs: 60_000,
    ...overrides,
  });
  // Each test drains everything due; earlier tests' rows are sent by then, so counts are per test.
  const drain = (ctx: ServiceContext, overrides: Partial<SenderOptions> = {}) =>
    drainOutbox(ctx, SYSTEM_ACTOR, sender(overrides));

  describe('notification sender', () => {
    it('sends the 补正 notice: what happened, agency, 查询号, date and /track link — and nothing of the request', async () => {
      const ctx = testContext(getDb());
      const agency = await makePortalAgency(ctx);
      const { request, queryCode } = await fileOnline(ctx, agency.id);
      await requestCorrection(ctx, request.id);
      const before = smtp.messages.length;
      expect(await drain(ctx)).toEqual({ sent: 1, retrying: 0, failed: 0 });
      const mail = (await smtp.waitFor(before + 1)).at(-1)!;

      expect(mail.to).toEqual([APPLICANT_EMAIL]);
      expect(mail.from).toBe('noreply@gongkai.example.gov.cn');
      expect(mail.user).toBe('notify');
      expect(mail.subject).toBe(
        `【${agency.name}】您的政府信息公开申请需要补正（查询号 ${request.trackingNumber}）`,
      );
      // Encoded words in the header, a Message-ID of this row, a Date, UTF-8 parts in text and HTML.
      expect(mail.headers.get('subject')).toMatch(/^=\?UTF-8\?[BQ]\?/i);
      expect(mail.headers.get('message-id')).toMatch(/^<[0-9a-f-]{36}@gongkai\.example\.gov\.cn>$/);
      expect(new Date(mail.headers.get('date')!).toISOString()).toBe(new Date(TEST_NOW).toISOString());
      expect(mail.raw).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
      expect(mail.raw).toMatch(/Content-Type: text\/html; charset=utf-8/i);
      const link = `${PUBLIC_BASE_URL}/${agency.code}/track`;
      for (const body of [mail.text, mail.html]) {
        expect(body).toContain(request.trackingNumber);
        expect(body).toContain(agency.name);
        expect(body).toContain('2026年12月4日');
        expect(body).toContain('需要补正');
        expect(body).toContain(link);
      }
      expect(mail.html).toContain(`<a href="${link}">`);
      const everything = `${mail.subject}\n${mail.text}\n${mail.html}`;
      for (const secret of [...Object.values(SECRETS), queryCode, request.registrationNumber])
        expect(everything).not.toContain(secret);

      const row = await rowOf(getDb(), request.id);
      expect(row).toMatchObject({
        state: 'sent',
        sent_at: new Date(TEST_NOW).toISOString(),
        last_error: null,
      });
      expect(Number(row.attempts)).toBe(1);
      expect(mail.headers.get('message-id')).toBe(`<${row.id}@gongkai.example.gov.cn>`);
    });

    it('sends 已答复 with the platform /track for an agency without a code, without the reasons', async () => {
      const ctx = testContext(getDb());
      const agency = await makePortalAgency(ctx, null);
      const { request, queryCode } = await fileOnline(ctx, agency.id);
      await answer(ctx, request.id);
      const before = smtp.messages.length;
      expect(await drain(ctx)).toEqual({ sent: 1, retrying: 0, failed: 0 });
      const mail = (await smtp.waitFor(before + 1)).at(-1)!;
      expect(mail.subject).toContain('已答复');
      expect(mail.text).toContain('已答复');
      expect(mail.text).toContain(`${PUBLIC_BASE_URL}/track\n`);
      for (const secret of [SECRETS.reasons, SECRETS.sought, SECRETS.name, queryCode])
        expect(`${mail.subject}${mail.text}${mail.html}`).not.toContain(secret);
    });

    it('sends 有新的办理文书 when a clerk delivers a paper by e-mail (issue 13), naming neither the paper’s text nor the request', async () => {
      const ctx = testContext(getDb());
      const agency = await makePortalAgency(ctx);
      const { request } = await fileOnline(ctx, agency.id);
      const { documents } = await generateDocuments(ctx, SYSTEM_ACTOR, { requestId: request.id });
      await recordDelivery(ctx, SYSTEM_ACTOR, {
        documentId: documents[0]!.id,
        method: 'email',
        sentOn: '2026-12-04',
      });
      const before = smtp.messages.length;
      expect(await drain(ctx)).toEqual({ sent: 1, retrying: 0, failed: 0 });
      const mail = (await smtp.waitFor(before + 1)).at(-1)!;
      expect(mail.to).toEqual([APPLICANT_EMAIL]);
      expect(mail.subject).toBe(
        `【${agency.name}】您的政府信息公开申请有新的办理文书（查询号 ${request.trackingNumber}）`,
      );
      expect(mail.text).toContain('2026年12月4日，该机关就您的申请向您发出了书面文书');
      expect(mail.text).toContain(`${PUBLIC_BASE_URL}/${agency.code}/track`);
      for (const secret of [SECRETS.sought, SECRETS.name])
        expect(`${mail.subject}${mail.text}`).not.toContain(secret);
    });

    it('retries with backoff while the SMTP server is down and delivers once it is back', async () => {
      const clock = steppingClock(TEST_NOW);
      const ctx = testContext(getDb(), clock);
      const agency = await makePortalAgency(ctx);
      const { request } = await fileOnline(ctx, agency.id);
      await requestCorrection(ctx, request.id);
      const down = await startLocalSmtp();
      const port = down.port;
      await down.close();
      const toDown = smtpMailer(`smtp://127.0.0.1:${port}`, FROM);
      try {
        expect(await drain(ctx, { mailer: toDown })).toEqual({ sent: 0, retrying: 1, failed: 0 });
        let row = await rowOf(getDb(), request.id);
        expect(row).toMatchObject({ state: 'pending', claimed_by: null, sent_at: null });
        expect(Number(row.attempts)).toBe(1);
        expect(row.last_error).toMatch(/ECONNREFUSED|ECONNECTION/);
        expect(row.next_attempt_at).toBe(new Date(Date.parse(TEST_NOW) + 60_000).toISOString());

        // Not due yet: nothing is tried.
        clock.advance(59_000);
        expect(await drain(ctx, { mailer: toDown })).toEqual({ sent: 0, retrying: 0, failed: 0 });
        // Due, still down: the second failure waits twice as long.
        clock.advance(1_000);
        expect(await drain(ctx, { mailer: toDown })).toEqual({ sent: 0, retrying: 1, failed: 0 });
        row = await rowOf(getDb(), request.id);
        expect(Number(row.attempts)).toBe(2);
        expect(row.next_attempt_at).toBe(new Date(clock.now().getTime() + 120_000).toISOString());

        const back = await startLocalSmtp(port);
        try {
          clock.advance(120_000);
          expect(await drain(ctx, { mailer: toDown })).toEqual({ sent: 1, retrying: 0, failed: 0 });
          const [mail] = await back.waitFor(1);
          expect(mail!.text).toContain(request.trackingNumber);
          row = await rowOf(getDb(), request.id);
          expect(row).toMatchObject({ state: 'sent', last_error: null });
          expect(Number(row.attempts)).toBe(3);
        } finally {
          await back.close();
        }
      } finally {
        toDown.close();
      }
    });

    it('gives up after the last attempt: the row shows failed with the last error, and is not tried again', async () => {
      const clock = steppingClock(TEST_NOW);
      const ctx = testContext(getDb(), clock);
      const agency = await makePortalAgency(ctx);
      const { request } = await fileOnline(ctx, agency.id);
      await requestCorrection(ctx, request.id);
      const refusing: Mailer = {
        send: async () => {
          throw Object.assign(new Error('550 5.1.1 mailbox unavailable'), { code: 'EENVELOPE' });
        },
        close: () => {},
      };
      expect(await drain(ctx, { mailer: refusing, maxAttempts: 2 })).toEqual({
        sent: 0,
        retrying: 1,
        failed: 0,
      });
      clock.advance(60_000);
      expect(await drain(ctx, { mailer: refusing, maxAttempts: 2 })).toEqual({
        sent: 0,
        retrying: 0,
        failed: 1,
      });
      const row = await rowOf(getDb(), request.id);
      expect(row).toMatchObject({ state: 'failed', last_error: 'EENVELOPE: 550 5.1.1 mailbox unavailable' });
      clock.advance(24 * 60 * 60_000);
      expect(await drain(ctx, { maxAttempts: 2 })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    });

    it('two senders draining at once send every row exactly once', async () => {
      const ctx = testContext(getDb());
      const agency = await makePortalAgency(ctx);
      const ids: string[] = [];
      for (let i = 0; i < 24; i++) {
        const { request } = await fileOnline(ctx, agency.id);
        await requestCorrection(ctx, request.id);
        ids.push(request.id);
      }
      // A second server: its own connection pool to the same PostgreSQL (PGlite and SQLite: the one database).
      const url = getTest().url;
      const second = url.startsWith('postgres') ? await openDatabase(url) : null;
      if (second) await sql`select 1`.execute(second.db); // connected before the race starts
      // Each send takes a while, so the two drains overlap for certain.
      const slow: Mailer = { send: (mail) => delay(10).then(() => mailer.send(mail)), close: () => {} };
      const before = smtp.messages.length;
      try {
        const results = await Promise.all([
          drain(ctx, { batchSize: 3, mailer: slow }),
          drain(testContext(second?.db ?? getDb()), { batchSize: 3, mailer: slow }),
        ]);
        expect(results[0]!.sent + results[1]!.sent).toBe(24);
        expect(Math.min(results[0]!.sent, results[1]!.sent)).toBeGreaterThan(0);
      } finally {
        await second?.close();
      }
      const received = (await smtp.waitFor(before + 24)).slice(before);
      expect(received).toHaveLength(24);
      expect(new Set(received.map((m) => m.headers.get('message-id'))).size).toBe(24);
      const rows = await getDb()
        .selectFrom('notification_outbox')
        .select(['state', 'attempts'])
        .where('request_id', 'in', ids)
        .execute();
      expect(rows.every((row) => row.state === 'sent' && Number(row.attempts) === 1)).toBe(true);
    });
  });
});
