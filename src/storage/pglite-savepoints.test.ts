import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { withSavepoints } from './pglite-savepoints.ts';

interface Scratch {
  notes: { id: number; body: string };
}

describe('PGlite savepoints', () => {
  let pglite: PGlite;
  let db: Kysely<Scratch>;

  beforeAll(async () => {
    pglite = new PGlite();
    await pglite.waitReady;
    db = new Kysely<Scratch>({ dialect: withSavepoints(new PGliteDialect(pglite)) });
    await sql`create table notes (id integer primary key, body text not null)`.execute(db);
  });

  afterAll(async () => {
    await db.destroy();
  });

  async function bodies(): Promise<string[]> {
    const rows = await db.selectFrom('notes').select('body').orderBy('id').execute();
    return rows.map((row) => row.body);
  }

  it('the bare PGlite dialect has none (why the wrapper exists; drop it when this fails)', async () => {
    const bare = new Kysely<Scratch>({ dialect: new PGliteDialect(pglite) });
    const trx = await bare.startTransaction().execute();
    await expect(trx.savepoint('s').execute()).rejects.toThrow(/savepoint.*not supported/);
    await trx.rollback().execute();
  });

  it('rolling back to a savepoint undoes only what was written after it, and the transaction goes on', async () => {
    await db.deleteFrom('notes').execute();
    const trx = await db.startTransaction().execute();
    await trx.insertInto('notes').values({ id: 1, body: 'kept' }).execute();
    const sp = await trx.savepoint('unit').execute();
    await sp.insertInto('notes').values({ id: 2, body: 'undone' }).execute();
    const back = await sp.rollbackToSavepoint('unit').execute();
    const released = await back.releaseSavepoint('unit').execute();
    await released.insertInto('notes').values({ id: 3, body: 'after' }).execute();
    await released.commit().execute();
    expect(await bodies()).toEqual(['kept', 'after']);
  });

  it('a statement that fails inside a savepoint no longer aborts the whole transaction once rolled back to', async () => {
    // The write batcher's case: one unit hits a constraint, the units beside it in the batch still commit.
    await db.deleteFrom('notes').execute();
    const trx = await db.startTransaction().execute();
    await trx.insertInto('notes').values({ id: 1, body: 'first unit' }).execute();
    const sp = await trx.savepoint('unit').execute();
    await expect(sp.insertInto('notes').values({ id: 1, body: 'duplicate' }).execute()).rejects.toThrow(
      /duplicate key/,
    );
    const back = await sp.rollbackToSavepoint('unit').execute();
    const released = await back.releaseSavepoint('unit').execute();
    await released.insertInto('notes').values({ id: 2, body: 'third unit' }).execute();
    await released.commit().execute();
    expect(await bodies()).toEqual(['first unit', 'third unit']);
  });

  it('releasing a savepoint keeps its writes, and a name that is not a plain word is quoted', async () => {
    await db.deleteFrom('notes').execute();
    const name = 'unit "1"; drop table notes';
    const trx = await db.startTransaction().execute();
    const sp = await trx.savepoint(name).execute();
    await sp.insertInto('notes').values({ id: 1, body: 'released' }).execute();
    const released = await sp.releaseSavepoint(name).execute();
    await released.commit().execute();
    expect(await bodies()).toEqual(['released']);
  });
});
