// Savepoints for PGlite. The PGlite dialect (kysely-pglite-dialect) gives Kysely a driver without the optional
// savepoint methods, so `trx.savepoint()` throws "not supported by this driver" — and the write batcher runs every
// unit of work in a savepoint (src/services/write-batcher.ts). PGlite is a real PostgreSQL, so it understands
// SAVEPOINT / ROLLBACK TO SAVEPOINT / RELEASE SAVEPOINT; this wrapper sends them, exactly as Kysely's own
// PostgresDriver does, and hands every other call to the wrapped driver unchanged.
import {
  IdentifierNode,
  RawNode,
  createQueryId,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryCompiler,
  type TransactionSettings,
} from 'kysely';

type SavepointCommand = 'savepoint' | 'rollback to' | 'release';

/** The given dialect, with a driver that also supports savepoints. */
export function withSavepoints(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new SavepointDriver(dialect.createDriver()),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}

class SavepointDriver implements Driver {
  readonly #inner: Driver;

  constructor(inner: Driver) {
    this.#inner = inner;
  }

  init(): Promise<void> {
    return this.#inner.init();
  }

  acquireConnection(): Promise<DatabaseConnection> {
    return this.#inner.acquireConnection();
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#inner.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.rollbackTransaction(connection);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.#inner.releaseConnection(connection);
  }

  destroy(): Promise<void> {
    return this.#inner.destroy();
  }

  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return send(connection, 'savepoint', name, compile);
  }

  rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return send(connection, 'rollback to', name, compile);
  }

  releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return send(connection, 'release', name, compile);
  }
}

async function send(
  connection: DatabaseConnection,
  command: SavepointCommand,
  name: string,
  compile: QueryCompiler['compileQuery'],
): Promise<void> {
  // The name goes through the compiler as an identifier, so it is quoted rather than pasted into the SQL.
  const node = RawNode.createWithChildren([
    RawNode.createWithSql(`${command} `),
    IdentifierNode.create(name),
  ]);
  await connection.executeQuery(compile(node, createQueryId()));
}
