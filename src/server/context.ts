// What every route module receives: the database its services use and the validated server settings.
import type { Db } from '../services/database.ts';
import type { ServerConfig } from './config.ts';

export interface RouteContext {
  db: Db;
  config: ServerConfig;
}
