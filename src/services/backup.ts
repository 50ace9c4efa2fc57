// Backup and restore use cases for the CLI. They run as the operator, who already holds the database; the restore
// ends by verifying the audit chain of what it put in place, so a damaged or tampered copy is noticed at once.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupDatabaseTo, restoreDatabaseFrom, type BackupCounts } from '../storage/backup/index.ts';
import { SYSTEM_ACTOR } from './actor.ts';
import { verifyAudit, type ChainVerdict } from './audit.ts';
import { openServiceContext } from './bootstrap.ts';

export interface BackupWritten extends BackupCounts {
  file: string;
  bytes: number;
}

export async function backupDatabase(url: string | undefined, file: string): Promise<BackupWritten> {
  const counts = await backupDatabaseTo(url, file);
  return { ...counts, file: resolve(file), bytes: statSync(file).size };
}

export async function restoreDatabase(
  url: string | undefined,
  file: string,
  force: boolean,
): Promise<BackupCounts & { verdict: ChainVerdict }> {
  const counts = await restoreDatabaseFrom(url, file, force);
  const opened = await openServiceContext(url);
  try {
    return { ...counts, verdict: await verifyAudit(opened.ctx, SYSTEM_ACTOR) };
  } finally {
    await opened.close();
  }
}
