import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { staffAs } from '../../test/actors.ts';
import { forEachEngine } from '../../test/db.ts';
import { statementCounter } from '../../test/statement-counter.ts';
import { makeAgency } from '../../test/db/factories.ts';
import { DomainError } from '../core/errors/index.ts';
import { testContext } from '../../test/context.ts';
import { SYSTEM_ACTOR } from './actor.ts';
import { verifyAuditChain } from '../storage/audit.ts';
import { auditKey } from './audit-key.ts';
import type { Db } from './database.ts';
import {
  registerRequest,
  registrationNumber,
  type Acknowledgement,
  type RegistrationInput,
} from './requests/intake.ts';
import { WriteBatcher, WriteBatcherClosedError } from './write-batcher.ts';

function registration(agencyId: string, n: number): RegistrationInput {
  return {
    agencyId,
    channel: 'inPerson',
    arrivedOn: '2026-11-02',
    applicant: {
      kind: 'naturalPerson',
      name: `批量申请人${n}`,
      contact: `1380000${String(n).padStart(4, '0')}`,
    },
    informationSought: `第 ${n} 件：人防工程审批信息`,
    formWanted: '纸质文本',
  };
}

async function requestRows(db: Db, agencyId: string) {
  return db
    .selectFrom('requests')
    .select(['serial', 'registration_number'])
    .where('agency_id', '=', agencyId)
    .orderBy('serial')
    .execute();
}

async function auditCount(db: Db, agencyId: string): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agency_id', '=', agencyId)
    .where('action', '=', 'request.registered')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The serial within the registration number (…第007号 → 7). */
function serialOf(ack: Acknowledgement): number {
  return Number(/第(\d+)号$/.exec(ack.request.registrationNumber)![1]);
}

/** Settles every promise; fulfilled values and rejection reasons side by side, in order. */
function settle(promises: Promise<unknown>[]) {
  return Promise.allSettled(promises);
}

forEachEngine((_engine, getDb) => {
  it('units that arrive while a transaction is in flight commit together, in arrival order', async () => {
    const db = getDb();
    const agency = await makeAgency(db);
    const batcher = new WriteBatcher(db);
    const acks = await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        batcher.run((trx) => registerRequest(testContext(trx), SYSTEM_ACTOR, registration(agency.id, n))),
      ),
    );
    // The batch is taken once BEGIN has returned: all twelve arrived meanwhile and share one transaction, without a
    // savepoint each (none failed, so the batch was not run again unit by unit).
    expect(batcher.stats).toEqual({ batches: 1, units: 12, rerun: 0 });
    // The twelve audit rows were chained in one transaction that read the head once and wrote it (with its MAC)
    // once, before COMMIT.
    expect(await verifyAuditChain(db, auditKey().key)).toMatchObject({ ok: true });
    expect(acks.map(serialOf)).toEqual(Array.from({ length: 12 }, (_, n) => n + 1));
    expect(acks.map((a) => a.request.applicant.name)).toEqual(
      Array.from({ length: 12 }, (_, n) => `批量申请人${n}`),
    );
    const rows = await requestRows(db, agency.id);
    expect(rows.map((r) => [Number(r.serial), r.registration_number])).toEqual(
      acks.map((a) => [serialOf(a), a.request.registrationNumber]),
    );
    await batcher.close();
  });

  it('a batch of intakes costs ten statements however many it holds (PostgreSQL pays each in a round trip)', async () => {
    const agency = await makeAgency(getDb());
    const statements = statementCounter();
    const ctx = testContext(getDb().withPlugin(statements.plugin));
    const intakes = (from: number, count: number) =>
      Promise.all(
        Array.from({ length: count }, (_, n) =>
          registerRequest(ctx, SYSTEM_ACTOR, registration(agency.id, from + n)),
        ),
      );
    // As in a running server, the calendar has been read once outside a transaction.
    await ctx.calendar.current();
    statements.count = 0;
    await intakes(0, 20);
    const first = statements.count;
    statements.count = 0;
    await intakes(20, 100);
    // Each burst joined the context's group commit as one batch, of 20 and of 100 intakes. Each batch: the calendar
    // revision, the agencies, the serial counter, the applicants' earlier requests (none here, so not their count
    // per day), the requests, the statistics, the receipt events, the audit head's lock, the audit rows, the head's
    // write.
    expect(ctx.writes.stats).toEqual({ batches: 2, units: 120, rerun: 0 });
    expect([first, statements.count]).toEqual([10, 10]);
    await ctx.writes.close();
  });

  it('a refused item of a grouped batch is refused alone, and the rest are stored as one by one', async () => {
    const agency = await makeAgency(getDb());
    const ctx = testContext(getDb());
    const results = await settle([
      registerRequest(ctx, SYSTEM_ACTOR, registration(agency.id, 1)),
      registerRequest(ctx, SYSTEM_ACTOR, registration(agency.id, 2)),
      registerRequest(ctx, SYSTEM_ACTOR, registration('00000000-0000-4000-8000-000000000000', 3)),
      registerRequest(ctx, SYSTEM_ACTOR, registration(agency.id, 4)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'platform.agencyNotFound' });
    expect((await requestRows(getDb(), agency.id)).map((r) => Number(r.serial))).toEqual([1, 2, 3]);
    expect(await verifyAuditChain(getDb(), auditKey().key)).toMatchObject({ ok: true });
    await ctx.writes.close();
  });

  it('plain units between grouped items split the group and every caller gets its own result, in order', async () => {
    const db = getDb();
    const batcher = new WriteBatcher(db);
    const seen: (readonly number[])[] = [];
    const double = async (_trx: unknown, items: readonly number[]) => {
      seen.push(items);
      return items.map((n) => n * 2);
    };
    const results = await Promise.all([
      batcher.runGrouped(double, 1),
      batcher.runGrouped(double, 2),
      batcher.run(async () => 'plain'),
      batcher.runGrouped(double, 3),
      batcher.runGrouped(double, 4),
      batcher.runGrouped(double, 5),
    ]);
    expect(results).toEqual([2, 4, 'plain', 6, 8, 10]);
    expect(seen).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(batcher.stats).toEqual({ batches: 1, units: 6, rerun: 0 });
    await batcher.close();
  });

  it('a failing unit rolls back alone — its serial and audit row too — and only its caller sees the error', async () => {
    const db = getDb();
    const agency = await makeAgency(db);
    const other = await makeAgency(db);
    const batcher = new WriteBatcher(db);
    const before = await auditCount(db, agency.id);
    const results = await settle([
      batcher.run((trx) => registerRequest(testContext(trx), SYSTEM_ACTOR, registration(agency.id, 1))),
      batcher.run((trx) => registerRequest(testContext(trx), SYSTEM_ACTOR, registration(agency.id, 2))),
      // Fails after its serial, request row, event and audit row are written: the savepoint must undo them all.
      batcher.run(async (trx) => {
        await registerRequest(testContext(trx), SYSTEM_ACTOR, registration(agency.id, 3));
        throw new DomainError('platform.agencyNotFound', { agency: 'x' });
      }),
      // A domain refusal inside the intake itself (a clerk of another agency).
      batcher.run((trx) =>
        registerRequest(testContext(trx), staffAs('clerk', other.id), registration(agency.id, 4)),
      ),
      // A database error: on PostgreSQL it aborts the transaction until the savepoint is rolled back.
      batcher.run((trx) => sql`select * from no_such_table`.execute(trx)),
      batcher.run((trx) => registerRequest(testContext(trx), SYSTEM_ACTOR, registration(agency.id, 5))),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'platform.agencyNotFound' });
    expect((results[3] as PromiseRejectedResult).reason).toMatchObject({ code: 'auth.otherAgency' });
    const rows = await requestRows(db, agency.id);
    // Serial 3 was taken by the failed unit and given back: the numbers stay gapless.
    expect(rows.map((r) => Number(r.serial))).toEqual([1, 2, 3]);
    const last = results[5] as PromiseFulfilledResult<Acknowledgement>;
    expect(last.value.request.applicant.name).toBe('批量申请人5');
    expect(await auditCount(db, agency.id)).toBe(before + 3);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    // The optimistic run met the failures, was rolled back whole and run again with a savepoint per unit.
    expect(batcher.stats).toEqual({ batches: 1, units: 3, rerun: 1 });
    await batcher.close();
  });

  describe('when the commit itself fails', () => {
    it('rejects every unit of the batch and leaves nothing behind', async () => {
      const db = getDb();
      // A deferred foreign key is checked at COMMIT on both engines: a real commit failure, not a simulated one.
      await sql`create table if not exists batch_probe (id integer primary key, parent integer references batch_probe(id) deferrable initially deferred)`.execute(
        db,
      );
      const agency = await makeAgency(db);
      const batcher = new WriteBatcher(db);
      const auditBefore = await verifyAuditChain(db);
      const batch = [
        batcher.run((trx) => registerRequest(testContext(trx), SYSTEM_ACTOR, registration(agency.id, 1))),
        batcher.run((trx) => sql`insert into batch_probe (id, parent) values (1, 999)`.execute(trx)),
        batcher.run((trx) => registerRequest(testContext(trx), SYSTEM_ACTOR, registration(agency.id, 2))),
      ];
      const results = await settle(batch);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(await requestRows(db, agency.id)).toEqual([]);
      expect(
        await db
          .selectFrom('batch_probe' as never)
          .selectAll()
          .execute(),
      ).toEqual([]);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: auditBefore.rows });
      // The batcher goes on after a failed batch, and the serial the failed batch took is free again.
      const next = await batcher.run((trx) =>
        registerRequest(testContext(trx), SYSTEM_ACTOR, registration(agency.id, 3)),
      );
      expect(next.request.registrationNumber).toBe(registrationNumber(agency, 2026, 1));
      await batcher.close();
    });
  });

  it('close() waits for queued units and refuses new ones', async () => {
    const db = getDb();
    const agency = await makeAgency(db);
    const batcher = new WriteBatcher(db, 2);
    const queued = Array.from({ length: 5 }, (_, n) =>
      batcher.run((trx) => registerRequest(testContext(trx), SYSTEM_ACTOR, registration(agency.id, n))),
    );
    await batcher.close();
    // Bounded batches: 2, 2, then 1.
    expect(batcher.stats).toEqual({ batches: 3, units: 5, rerun: 0 });
    expect((await Promise.all(queued)).map(serialOf)).toEqual([1, 2, 3, 4, 5]);
    await expect(batcher.run(async () => 1)).rejects.toBeInstanceOf(WriteBatcherClosedError);
  });
});
