// Opens the database named by a URL (docs/architecture.md, idea 5: one database API, two engines):
//   sqlite:./data/gongkai.db   SQLite file through better-sqlite3 (the default), sqlite::memory: for a throwaway
//   postgres://… / postgresql://…   a PostgreSQL server through pg
//   pglite:memory / pglite:./dir    PostgreSQL in-process (WASM) for tests where no server runs
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import type { Database } from './tables.ts';
import { cachingSqlite } from './sqlite-statement-cache.ts';
import { withSavepoints } from './pglite-savepoints.ts';
import { DomainError } from '../core/errors/index.ts';

export type Engine = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/gongkai.db';

export async function openDatabase(
  url: string = process.env.GONGKAI_DATABASE_URL || DEFAULT_DATABASE_URL,
): Promise<OpenDatabase> {
  const { dialect, engine } = await dialectFor(url);
  const db = new Kysely<Database>({ dialect });
  return { db, engine, close: () => db.destroy() };
}

async function dialectFor(url: string): Promise<{ dialect: Dialect; engine: Engine }> {
  if (url.startsWith('sqlite:'))
    return { dialect: sqliteDialect(url.slice('sqlite:'.length)), engine: 'sqlite' };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    // A small pool: each server process holds few connections; PostgreSQL's own limit is shared by all.
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.GONGKAI_PG_POOL_SIZE ?? 10) });
    // An idle connection the server ends (a restart, an administrator's terminate) is emitted as 'error' on the
    // pool, and an unhandled 'error' event would bring the whole process down. The pool has already dropped that
    // connection and opens a new one on the next query, so say so and go on.
    pool.on('error', (error) => {
      process.emitWarning(`PostgreSQL 空闲连接已断开，连接池将重新连接：${error.message}`, {
        code: 'GONGKAI_PG_IDLE',
      });
    });
    return { dialect: new PostgresDialect({ pool }), engine: 'postgres' };
  }
  if (url.startsWith('pglite:'))
    return { dialect: await pgliteDialect(url.slice('pglite:'.length)), engine: 'postgres' };
  throw new DomainError('platform.databaseUnavailable', {
    target: url,
    reason: '无法识别的数据库地址，应以 sqlite:、postgres:// 或 pglite: 开头',
  });
}

/**
 * mkdir -p without Node's `recursive` option, which loops forever where mkdir answers ENOENT for a directory whose
 * parent exists (under /proc): each missing directory is made once, and the first refusal is thrown.
 */
function makeDirectories(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeDirectories(parent);
  mkdirSync(dir);
}

function sqliteDialect(path: string): Dialect {
  const file = path === ':memory:' || path === '' ? ':memory:' : path;
  if (file !== ':memory:') makeDirectories(dirname(file));
  const sqlite = new SqliteDatabase(file);
  // WAL lets readers run beside the writer; synchronous=FULL fsyncs the WAL on every commit so an acknowledged
  // write survives kill -9 and power loss; foreign keys are off by default in SQLite; busy_timeout makes a second
  // process (a CLI beside the server) wait for the write lock instead of failing at once.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database: cachingSqlite(sqlite) });
}

async function pgliteDialect(location: string): Promise<Dialect> {
  // Loaded only when asked for: PGlite is a development dependency (tests on a machine without a server).
  const [{ PGlite }, { PGliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('kysely-pglite-dialect'),
  ]);
  const instance = location === 'memory' || location === '' ? new PGlite() : new PGlite(location);
  await instance.waitReady;
  // The write batcher needs savepoints, which this dialect's driver lacks (see pglite-savepoints.ts).
  return withSavepoints(new PGliteDialect(instance));
}
