// What every route module receives: the database its services use and the validated server settings.
import type { ServiceContext } from '../services/context.ts';
import type { Db } from '../services/database.ts';
import type { WriteBatcher } from '../services/write-batcher.ts';
import type { ServerConfig } from './config.ts';

export interface RouteContext {
  /** What the use cases are called with. */
  ctx: ServiceContext;
  db: Db;
  /** Group commit for the high-volume writes (intake): one per server, drained when the server closes. */
  writes: WriteBatcher;
  config: ServerConfig;
}
