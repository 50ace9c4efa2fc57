// Backup and restore of the database a URL names, whichever engine it is.
import { resolve } from 'node:path';
import { DomainError } from '../../core/errors/index.ts';
import { DEFAULT_DATABASE_URL } from '../database.ts';
import type { BackupCounts } from './counts.ts';
import { backupPostgres, restorePostgres } from './postgres.ts';
import { backupSqlite, restoreSqlite } from './sqlite.ts';

export type { BackupCounts };

export function backupDatabaseTo(url: string | undefined, file: string): Promise<BackupCounts> {
  const target = engineOf(url);
  return target.engine === 'sqlite'
    ? backupSqlite(target.path, resolve(file))
    : backupPostgres(target.url, resolve(file));
}

export function restoreDatabaseFrom(
  url: string | undefined,
  file: string,
  force: boolean,
): Promise<BackupCounts> {
  const target = engineOf(url);
  return target.engine === 'sqlite'
    ? restoreSqlite(resolve(file), target.path, force)
    : restorePostgres(resolve(file), target.url, force);
}

function engineOf(
  url: string = process.env.GONGKAI_DATABASE_URL || DEFAULT_DATABASE_URL,
): { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string } {
  const path = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : undefined;
  if (path && path !== ':memory:') return { engine: 'sqlite', path: resolve(path) };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { engine: 'postgres', url };
  throw new DomainError('backup.unsupportedEngine', { url });
}
