// The engine harness: every storage test runs on BOTH engines (docs/architecture.md, idea 5).
//
//   import { forEachEngine } from '../../test/db.ts';
//   forEachEngine((engine, getDb) => {
//     it('stores an agency', async () => { const db = getDb(); … });
//   });
//
// forEachEngine opens one describe block per engine, each with its own migrated database for the whole test file:
// - sqlite: a fresh file in a temporary directory (removed afterwards);
// - postgres: when GONGKAI_TEST_PG_URL is set (CI: postgres://postgres@127.0.0.1:5432/postgres), a fresh database
//   `gk_<random>` is created on that server for this file and dropped afterwards, so test files run in parallel
//   without seeing each other; otherwise PGlite (real PostgreSQL in-process), so a laptop without a server still
//   exercises the PostgreSQL dialect.
// Tests in one file share the database: make the data each test needs (own agency, own user names) rather than
// assuming an empty one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Kysely } from 'kysely';
import { openDatabase, type Engine, type OpenDatabase } from '../src/storage/database.ts';
import { migrateToLatest } from '../src/storage/migrations/index.ts';
import type { Database } from '../src/storage/tables.ts';

export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

/** A migrated, empty database of the given engine, with a dispose() that removes it. */
export interface TestDatabase extends OpenDatabase {
  /** The URL it was opened with (for tests that go through the CLI or a second connection). */
  url: string;
  dispose(): Promise<void>;
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  const created = engine === 'sqlite' ? sqliteTarget() : await postgresTarget();
  const opened = await openDatabase(created.url);
  await migrateToLatest(opened.db);
  return {
    ...opened,
    url: created.url,
    dispose: async () => {
      await opened.close();
      await created.remove();
    },
  };
}

/**
 * Another handle on the test's database, as a second server process holds one. In-memory PGlite (no PostgreSQL
 * server given) cannot be opened twice: there the test's own handle stands in, closed by its owner — one connection,
 * so calls meant to race run one after another and the test still checks the outcome.
 */
export async function openSecondHandle(test: TestDatabase): Promise<OpenDatabase> {
  if (!test.url.startsWith('pglite:')) return openDatabase(test.url);
  return { db: test.db, engine: test.engine, close: async () => {} };
}

export function forEachEngine(
  body: (engine: Engine, getDb: () => Kysely<Database>, getTest: () => TestDatabase) => void,
): void {
  for (const engine of ENGINES) {
    describe(engine, () => {
      let test: TestDatabase | undefined;
      beforeAll(async () => {
        test = await createTestDatabase(engine);
      });
      afterAll(async () => {
        await test?.dispose();
      });
      const getTest = () => {
        if (!test) throw new Error('测试数据库尚未就绪（只能在测试或钩子中使用）');
        return test;
      };
      body(engine, () => getTest().db, getTest);
    });
  }
}

interface Target {
  url: string;
  remove(): Promise<void>;
}

function sqliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-test-'));
  return {
    url: `sqlite:${join(dir, 'test.db')}`,
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresTarget(): Promise<Target> {
  const serverUrl = process.env.GONGKAI_TEST_PG_URL;
  if (!serverUrl) return { url: 'pglite:memory', remove: async () => {} };
  const name = `gk_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    remove: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
