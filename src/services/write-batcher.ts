// Group commit. A durable commit (SQLite synchronous=FULL fsyncs the WAL; PostgreSQL flushes its WAL) costs a
// few milliseconds and commits are serialised, so N writers each committing alone wait N commits. The batcher
// queues the units of work that arrive while a transaction is in flight and runs the next batch of them in ONE
// transaction: one commit for the batch. No timer: a batch is whatever queued during the previous one, so a lone
// writer still commits at once.
//
// Work that can store many items at once (intake) is queued as items of a group work (runGrouped): consecutive
// items of one batch are handed to it together, so a batch of intakes costs a fixed number of statements — on
// PostgreSQL each statement is a round trip, which with one intake at a time was most of the batch's time.
//
// A unit that fails (a refused input, a domain error, a constraint) must be rolled back alone — its serial number,
// its audit row, everything it wrote — and reject only its caller. The batch first runs optimistically, every unit
// straight in the transaction: almost every batch has no failure, and a savepoint per unit costs two round trips on
// PostgreSQL and, past 64 in one transaction, PostgreSQL's subtransaction cache (every later snapshot then reads
// pg_subtrans), which made batches slower than single commits (bench/README.md). When a unit fails, the whole
// transaction is rolled back and the batch is run again carefully, each unit inside its own savepoint. Units are
// database work only, so running one again after a rollback is safe. A unit is resolved only after the batch's
// COMMIT returned: if the commit fails, every unit of the batch is rejected, so nothing is acknowledged that is not
// durable.
import type { ControlledTransaction, Transaction } from 'kysely';
import { deferAuditHead, writeDeferredAuditHead } from '../storage/audit.ts';
import type { Database, Db } from './database.ts';

export type UnitOfWork<T> = (trx: Transaction<Database>) => Promise<T>;

/**
 * Work that stores many items with a fixed number of statements (intake: storeIntakes), returning one result per
 * item in order. Consecutive items of the same work in a batch are passed to it together; each is equivalent to a
 * unit of one item, which is how the items are run again when the batch is.
 */
export type GroupWork<I, T> = (trx: Transaction<Database>, items: readonly I[]) => Promise<T[]>;

interface Pending {
  work: UnitOfWork<unknown>;
  group?: { work: GroupWork<unknown, unknown>; item: unknown };
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** A batch bigger than this waits for the next transaction: it bounds one transaction's lock time and memory. */
export const DEFAULT_MAX_BATCH = 256;

/** Thrown to a unit submitted after close(): the server is stopping and takes no new writes. */
export class WriteBatcherClosedError extends Error {
  constructor() {
    super('write batcher closed');
    this.name = 'WriteBatcherClosedError';
  }
}

export class WriteBatcher {
  readonly #db: Db;
  readonly #maxBatch: number;
  readonly #queue: Pending[] = [];
  #draining: Promise<void> | null = null;
  #closed = false;
  /**
   * Batches committed so far and units they held (what the benchmark reports as the batching achieved), and how many
   * batches had to be run again unit by unit because one of their units failed.
   */
  readonly stats = { batches: 0, units: 0, rerun: 0 };

  constructor(db: Db, maxBatch = DEFAULT_MAX_BATCH) {
    if (!Number.isInteger(maxBatch) || maxBatch < 1)
      throw new RangeError('maxBatch must be a positive integer');
    this.#db = db;
    this.#maxBatch = maxBatch;
  }

  /** Runs `work` in the next batch's transaction; settles after that transaction committed (or not). */
  run<T>(work: UnitOfWork<T>): Promise<T> {
    return this.#enqueue(work);
  }

  /** Stores `item` with `work` in the next batch's transaction, together with the batch's other items of `work`. */
  runGrouped<I, T>(work: GroupWork<I, T>, item: I): Promise<T> {
    const alone: UnitOfWork<T> = async (trx) => (await work(trx, [item]))[0]!;
    return this.#enqueue(alone, { work: work as GroupWork<unknown, unknown>, item });
  }

  #enqueue<T>(work: UnitOfWork<T>, group?: Pending['group']): Promise<T> {
    if (this.#closed) return Promise.reject(new WriteBatcherClosedError());
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, group, resolve: resolve as (value: unknown) => void, reject });
      this.#draining ??= this.#drain();
    });
  }

  /** Refuses new units and waits until every queued one has been committed or rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#draining;
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) await this.#runBatch();
    this.#draining = null;
  }

  async #runBatch(): Promise<void> {
    let trx: ControlledTransaction<Database>;
    try {
      trx = await this.#db.startTransaction().execute();
    } catch (error) {
      // No transaction, no work done: reject what would have been this batch.
      for (const unit of this.#queue.splice(0, this.#maxBatch)) unit.reject(error);
      return;
    }
    // Taken after BEGIN, so the units that arrived while it was sent join this batch.
    const batch = this.#queue.splice(0, this.#maxBatch);
    const values = await this.#runOptimistically(trx, batch);
    if (values) {
      this.#settle(batch, values);
      return;
    }
    this.stats.rerun++;
    try {
      trx = await this.#db.startTransaction().execute();
    } catch (error) {
      for (const unit of batch) unit.reject(error);
      return;
    }
    await this.#runCarefully(trx, batch);
  }

  /**
   * Every unit straight in `trx`, consecutive items of one group work together, and COMMIT; null (rolled back) when
   * any unit or the commit failed. The units' audit rows are chained one after another and the chain's head is
   * written once, before COMMIT.
   */
  async #runOptimistically(trx: ControlledTransaction<Database>, batch: Pending[]) {
    const values: unknown[] = [];
    try {
      deferAuditHead(trx);
      for (let i = 0; i < batch.length;) {
        const group = batch[i]!.group;
        if (!group) {
          values.push(await batch[i++]!.work(trx));
          continue;
        }
        let end = i + 1;
        while (end < batch.length && batch[end]!.group?.work === group.work) end++;
        values.push(
          ...(await group.work(
            trx,
            batch.slice(i, end).map((unit) => unit.group!.item),
          )),
        );
        i = end;
      }
      await writeDeferredAuditHead(trx);
      await trx.commit().execute();
      return values;
    } catch {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      return null;
    }
  }

  /** Each unit in its own savepoint: a failing one rolls back alone and rejects its caller with its error. */
  async #runCarefully(trx: ControlledTransaction<Database>, batch: Pending[]): Promise<void> {
    const done: { unit: Pending; value: unknown }[] = [];
    try {
      for (const unit of batch) {
        const savepoint = await trx.savepoint('unit').execute();
        try {
          done.push({ unit, value: await unit.work(savepoint) });
          await savepoint.releaseSavepoint('unit').execute();
        } catch (error) {
          try {
            await savepoint.rollbackToSavepoint('unit').execute();
            await savepoint.releaseSavepoint('unit').execute();
          } catch {
            // The transaction is gone with its savepoints (SQLite ends it on SQLITE_FULL): the whole batch fails, and
            // with the error that says why, not the savepoint's.
            throw error;
          }
          unit.reject(error);
        }
      }
      await trx.commit().execute();
    } catch (error) {
      // The transaction itself failed (the commit, or a savepoint command on a broken connection): nothing in it
      // is durable, so no unit may be acknowledged — the ones that succeeded and the ones not yet run alike (a unit
      // already rejected with its own error keeps it: a promise settles once).
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      for (const unit of batch) unit.reject(error);
      return;
    }
    this.#settle(
      done.map((d) => d.unit),
      done.map((d) => d.value),
    );
  }

  #settle(units: Pending[], values: unknown[]): void {
    this.stats.batches++;
    this.stats.units += units.length;
    units.forEach((unit, i) => unit.resolve(values[i]));
  }
}
