// The way the edges (server, CLI) reach the database: open it by URL and bring its schema up to date. Storage
// stays behind services (the lint rule), so this is the one door.
import { openDatabase, type Engine, type OpenDatabase } from '../storage/database.ts';
import { migrateToLatest } from '../storage/migrations/index.ts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../storage/tables.ts';

export type { Engine, OpenDatabase, Database };
export type Db = Kysely<Database>;
export { openDatabase };

/** Applies every pending migration; returns the names applied now (empty when already up to date). */
export async function migrateDatabase(db: Db): Promise<string[]> {
  const result = await migrateToLatest(db);
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Opens the database and migrates it: what a server start or a one-shot command needs. */
export async function openMigratedDatabase(url?: string): Promise<OpenDatabase> {
  const opened = await openDatabase(url);
  try {
    await migrateDatabase(opened.db);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

/**
 * Runs `work` in a transaction: a new one, or the caller's when `db` already is one, so use cases compose (the demo
 * loader makes its whole data set in one transaction) and a failure anywhere leaves nothing behind.
 */
export function transact<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}
