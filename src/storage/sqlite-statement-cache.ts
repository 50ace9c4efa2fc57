// Kysely's SQLite driver prepares every statement again on each query, which halves throughput on hot paths
// (docs/stack.md). This wrapper keeps prepared statements by SQL text; a statement is reusable once a query returns.
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const MAX_CACHED_STATEMENTS = 500;

/**
 * SQLite ends a transaction by itself on some errors (SQLITE_FULL: the disk is full); Kysely then sends ROLLBACK,
 * which would fail with "no transaction is active" and hide the error that matters. Nothing is left to undo then.
 */
const NOTHING_TO_ROLL_BACK: SqliteStatement = {
  reader: false,
  all: () => [],
  run: () => ({ changes: 0, lastInsertRowid: 0 }),
  iterate: () => [][Symbol.iterator](),
};

export function cachingSqlite(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      if (!sqlite.inTransaction && /^\s*rollback\s*$/i.test(sql)) return NOTHING_TO_ROLL_BACK;
      const cached = statements.get(sql);
      if (cached) return cached;
      const statement = sqlite.prepare(sql) as unknown as SqliteStatement;
      // Statements that change the schema are rare and must not outlive it; the rest are cached, oldest evicted.
      if (/^\s*(create|drop|alter)\b/i.test(sql)) return statement;
      if (statements.size >= MAX_CACHED_STATEMENTS) statements.delete(statements.keys().next().value!);
      statements.set(sql, statement);
      return statement;
    },
  };
}
