// The outbox is written with the event that causes it: a 补正 notice or a sent reply of a request whose applicant
// gave an e-mail address leaves one pending row; the same event rolled back leaves none; other events and
// applicants without an address leave none either.
import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { testContext } from '../../../test/context.ts';
import {
  answer,
  APPLICANT_EMAIL,
  fileOnline,
  makePortalAgency,
  requestCorrection,
} from '../../../test/notifications.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { withDb } from '../context.ts';
import { transact } from '../database.ts';
import { appendEvent } from '../requests/append-event.ts';
import type { Db } from '../database.ts';

function outboxOf(db: Db, requestId: string) {
  return db.selectFrom('notification_outbox').selectAll().where('request_id', '=', requestId).execute();
}

forEachEngine((_engine, getDb) => {
  const ctx = () => testContext(getDb());

  describe('notification outbox', () => {
    it('queues one pending message with the 补正 notice, naming the event, the address and the day', async () => {
      const agency = await makePortalAgency(ctx());
      const { request } = await fileOnline(ctx(), agency.id);
      await requestCorrection(ctx(), request.id);
      const rows = await outboxOf(getDb(), request.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        kind: 'correctionRequested',
        recipient: APPLICANT_EMAIL,
        agency_id: agency.id,
        event_on: '2026-12-04',
        state: 'pending',
        last_error: null,
        sent_at: null,
      });
      expect(Number(rows[0]!.event_seq)).toBe(1);
      expect(Number(rows[0]!.attempts)).toBe(0);
    });

    it('announces the reply when it is sent, not when it is decided, and not again when delivered', async () => {
      const agency = await makePortalAgency(ctx());
      const { request } = await fileOnline(ctx(), agency.id);
      await appendEvent(ctx(), SYSTEM_ACTOR, {
        requestId: request.id,
        event: {
          type: 'decided',
          on: '2026-12-04',
          outcome: 'unavailable.notHeld',
          reasons: '',
          articles: '',
        },
      });
      expect(await outboxOf(getDb(), request.id)).toHaveLength(0);
      await appendEvent(ctx(), SYSTEM_ACTOR, {
        requestId: request.id,
        event: { type: 'replySent', on: '2026-12-04' },
      });
      await appendEvent(ctx(), SYSTEM_ACTOR, {
        requestId: request.id,
        event: { type: 'delivered', on: '2026-12-04' },
      });
      const rows = await outboxOf(getDb(), request.id);
      expect(rows.map((row) => [row.kind, Number(row.event_seq)])).toEqual([['replied', 2]]);
    });

    it('leaves no message when the event is rolled back: the row lives and dies with the event', async () => {
      const agency = await makePortalAgency(ctx());
      const { request } = await fileOnline(ctx(), agency.id);
      await expect(
        transact(getDb(), async (trx) => {
          await requestCorrection(withDb(ctx(), trx), request.id);
          expect(await outboxOf(trx, request.id)).toHaveLength(1);
          throw new Error('the transaction fails after the event was appended');
        }),
      ).rejects.toThrow('the transaction fails');
      expect(await outboxOf(getDb(), request.id)).toHaveLength(0);
      const events = await getDb()
        .selectFrom('request_events')
        .select('type')
        .where('request_id', '=', request.id)
        .execute();
      expect(events.map((e) => e.type)).toEqual(['received']);
    });

    it('leaves no message when the event is refused (a 补正 notice after the reply)', async () => {
      const agency = await makePortalAgency(ctx());
      const { request } = await fileOnline(ctx(), agency.id);
      await answer(ctx(), request.id);
      await expect(requestCorrection(ctx(), request.id)).rejects.toThrow();
      expect((await outboxOf(getDb(), request.id)).map((row) => row.kind)).toEqual(['replied']);
    });

    it('queues nothing for an applicant who gave no e-mail address', async () => {
      const agency = await makePortalAgency(ctx());
      const { request } = await fileOnline(ctx(), agency.id, null);
      await requestCorrection(ctx(), request.id);
      const other = await fileOnline(ctx(), agency.id, null);
      await answer(ctx(), other.request.id);
      expect(await outboxOf(getDb(), request.id)).toHaveLength(0);
      expect(await outboxOf(getDb(), other.request.id)).toHaveLength(0);
    });
  });
});
