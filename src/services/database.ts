// The way the edges (server, CLI) reach the database: open it by URL and bring its schema up to date. Storage
// stays behind services (the lint rule), so this is the one door.
import { openDatabase, type Engine, type OpenDatabase } from '../storage/database.ts';
import { migrateToLatest } from '../storage/migrations/index.ts';
import { databaseOpenFailure } from './database-failures.ts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../storage/tables.ts';

export type { Engine, OpenDatabase, Database };
export type Db = Kysely<Database>;
export { openDatabase };
export { isStorageFull } from '../storage/rows.ts';

/** Applies every pending migration; returns the names applied now (empty when already up to date). */
export async function migrateDatabase(db: Db): Promise<string[]> {
  const result = await migrateToLatest(db);
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Opens the database and migrates it (returning the migrations applied now): what a server start or a one-shot
 * command needs. A failure is one Chinese line (database-failures.ts), never a driver's stack.
 */
export async function openMigratedDatabase(url?: string): Promise<OpenDatabase & { applied: string[] }> {
  let opened: OpenDatabase | undefined;
  try {
    opened = await openDatabase(url);
    return { ...opened, applied: await migrateDatabase(opened.db) };
  } catch (error) {
    await opened?.close().catch(() => undefined);
    throw databaseOpenFailure(error, url);
  }
}

/**
 * Runs `work` in a transaction: a new one, or the caller's when `db` already is one, so use cases compose (the demo
 * loader makes its whole data set in one transaction) and a failure anywhere leaves nothing behind.
 */
export function transact<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}
