// GET /api/v1/requests/:id/notifications on both engines: a 补正 notice of a request whose applicant gave an
// e-mail address shows as a pending message to a masked address, then as sent once the sender drained the outbox
// to a local SMTP server; readable by the agency and its supervisor only; malformed ids refused without a 500.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/services/clock.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import { smtpMailer } from '../../src/services/notifications/mailer.ts';
import { drainOutbox } from '../../src/services/notifications/sender.ts';
import { TEST_NOW } from '../context.ts';
import { ENGINES } from '../db.ts';
import { PUBLIC_BASE_URL } from '../notifications.ts';
import { startLocalSmtp, type LocalSmtp } from '../smtp.ts';
import { startApi, type ApiFixture } from './fixture.ts';
import { intakeBody } from './seed.ts';

for (const engine of ENGINES) {
  describe(`request notifications API (${engine})`, () => {
    let api: ApiFixture;
    let smtp: LocalSmtp;
    beforeAll(async () => {
      api = await startApi(engine, {}, fixedClock(TEST_NOW));
      smtp = await startLocalSmtp();
    });
    afterAll(async () => {
      await smtp.close();
      await api.close();
    });

    const register = async (n: number, email: string | null) => {
      const body = intakeBody(n);
      const response = await api.call('clerk.a', {
        method: 'POST',
        url: '/api/v1/requests',
        payload: { ...body, applicant: { ...body.applicant, email } },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().request as { id: string; trackingNumber: string };
    };
    const requestCorrection = async (id: string) => {
      const response = await api.call('clerk.a', {
        method: 'POST',
        url: `/api/v1/requests/${id}/events`,
        payload: {
          event: {
            type: 'correctionRequested',
            on: '2026-12-04',
            correctionDueOn: '2026-12-18',
            items: '请补充文号',
          },
        },
      });
      expect(response.statusCode, response.body).toBe(201);
    };
    const notifications = (user: string | null, id: string) =>
      api.call(user, { method: 'GET', url: `/api/v1/requests/${id}/notifications` });

    it('shows the queued message to a masked address, then sent once the sender ran', async () => {
      const request = await register(1, 'wang.xiaoming@example.com');
      await requestCorrection(request.id);
      const queued = await notifications('clerk.a', request.id);
      expect(queued.statusCode, queued.body).toBe(200);
      expect(queued.json().items).toEqual([
        {
          kind: 'correctionRequested',
          kindLabel: '需要补正',
          eventSeq: 1,
          to: 'w***@example.com',
          state: 'pending',
          stateLabel: '待发送',
          attempts: 0,
          nextAttemptAt: new Date(TEST_NOW).toISOString(),
          sentAt: null,
          lastError: null,
          createdAt: new Date(TEST_NOW).toISOString(),
        },
      ]);
      expect(queued.body).not.toContain('wang.xiaoming');

      const mailer = smtpMailer(smtp.url, 'noreply@example.gov.cn');
      try {
        await drainOutbox(api.ctx, SYSTEM_ACTOR, {
          mailer,
          publicBaseUrl: PUBLIC_BASE_URL,
          claimer: randomUUID(),
        });
      } finally {
        mailer.close();
      }
      const [mail] = await smtp.waitFor(1);
      expect(mail!.to).toEqual(['wang.xiaoming@example.com']);
      expect(mail!.text).toContain(request.trackingNumber);
      expect(mail!.text).toContain(`${PUBLIC_BASE_URL}/track`);

      const sent = await notifications('supervisor.s', request.id);
      expect(sent.statusCode).toBe(200);
      expect(sent.json().items[0]).toMatchObject({
        state: 'sent',
        stateLabel: '已发送',
        attempts: 1,
        nextAttemptAt: null,
        sentAt: new Date(TEST_NOW).toISOString(),
      });
    });

    it('lists nothing for an applicant without an e-mail address', async () => {
      const request = await register(2, null);
      await requestCorrection(request.id);
      const response = await notifications('clerk.a', request.id);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ items: [] });
    });

    it('is refused to another agency and to the public, 404 for an unknown request, 400 for a malformed id', async () => {
      const request = await register(3, 'li@example.com');
      expect((await notifications('clerk.c', request.id)).statusCode).toBe(403);
      expect((await notifications(null, request.id)).statusCode).toBe(401);
      const unknown = await notifications('clerk.a', randomUUID());
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.code).toBe('platform.requestNotFound');
      for (const bad of ['abc', '%00', `${request.id}%00`, 'x'.repeat(5000), "1'%20OR%20'1'='1"]) {
        const response = await notifications('clerk.a', bad);
        expect(response.statusCode, bad).toBe(400);
        expect(response.json().error.message, bad).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  });
}
