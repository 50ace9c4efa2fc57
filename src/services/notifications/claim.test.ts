// Claiming due outbox rows (storage/notifications.ts) on both engines: never more than asked for, never a row whose
// lease still runs, a row again once its lease ran out (its sender died mid-send), and a sender whose lease was
// taken over cannot mark the row.
import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { testContext } from '../../../test/context.ts';
import { fileOnline, makePortalAgency, requestCorrection } from '../../../test/notifications.ts';
import { claimDueRows, markSent } from '../../storage/notifications.ts';

const at = (minutes: number) => new Date(Date.parse('2026-12-04T02:00:00Z') + minutes * 60_000).toISOString();

forEachEngine((_engine, getDb) => {
  describe('outbox claims', () => {
    it('claims at most the limit, skips leased rows, and takes a row back when its lease ran out', async () => {
      const ctx = testContext(getDb());
      const agency = await makePortalAgency(ctx);
      for (let i = 0; i < 5; i++) {
        const { request } = await fileOnline(ctx, agency.id);
        await requestCorrection(ctx, request.id);
      }
      // Rows of earlier tests in this file are claimed too; count only ours.
      const ours = <Row extends { agency_id: string }>(rows: Row[]) =>
        rows.filter((row) => row.agency_id === agency.id);
      const claim = (claimer: string, minutes: number, limit = 100) =>
        claimDueRows(getDb(), { now: at(minutes), leaseUntil: at(minutes + 5), claimer, limit });

      const first = await claim('a', 0, 3);
      expect(first).toHaveLength(3);
      expect(first.every((row) => row.claimed_by === 'a' && row.claimed_until === at(5))).toBe(true);
      const second = ours(await claim('b', 1));
      expect(second).toHaveLength(2);
      expect(second.map((row) => row.id)).not.toContain(first[0]!.id);
      expect(await claim('c', 4)).toHaveLength(0);

      // Sender a died holding three rows: after its lease they are due again, for someone else.
      const retaken = ours(await claim('c', 5.5));
      expect(retaken.map((row) => row.id).sort()).toEqual(first.map((row) => row.id).sort());
      // a wakes up and tries to mark one sent: it no longer holds the lease, so nothing changes.
      await markSent(getDb(), first[0]!.id, 'a', at(6));
      const row = await getDb()
        .selectFrom('notification_outbox')
        .select(['state', 'claimed_by'])
        .where('id', '=', first[0]!.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ state: 'pending', claimed_by: 'c' });
      await markSent(getDb(), first[0]!.id, 'c', at(6));
      const sent = await getDb()
        .selectFrom('notification_outbox')
        .select(['state', 'claimed_by', 'sent_at'])
        .where('id', '=', first[0]!.id)
        .executeTakeFirstOrThrow();
      expect(sent).toEqual({ state: 'sent', claimed_by: null, sent_at: at(6) });
    });
  });
});
