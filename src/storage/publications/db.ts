// The handle every catalogue storage function takes: the database, or the caller's transaction, so an item, its
// history and its audit row commit together.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../tables.ts';

export type Db = Kysely<Database> | Transaction<Database>;
