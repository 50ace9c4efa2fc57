// SQLite backup and restore through SQLite's online backup API (better-sqlite3's db.backup): it copies the pages as
// one reader sees them, WAL content included, so a server writing meanwhile neither blocks nor tears the copy.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { DomainError } from '../../core/errors/index.ts';
import { writeAtomically } from './atomic-file.ts';
import type { BackupCounts } from './counts.ts';

/**
 * Pages per backup step after the first. The backup restarts whenever another connection writes between two steps;
 * copying the rest in one step (one read transaction) means a busy server cannot keep it restarting.
 */
const ALL_REMAINING_PAGES = 2 ** 30;

export async function backupSqlite(sourcePath: string, file: string): Promise<BackupCounts> {
  if (!existsSync(sourcePath)) throw new DomainError('backup.notGongkaiDatabase', { target: sourcePath });
  const source = new SqliteDatabase(sourcePath, { readonly: true });
  try {
    if (tableCount(source) === 0) throw new DomainError('backup.notGongkaiDatabase', { target: sourcePath });
    source.pragma('busy_timeout = 5000');
    await writeAtomically(file, async (temp) => {
      await source.backup(temp, { progress: () => ALL_REMAINING_PAGES });
      singleFile(temp);
    });
  } finally {
    source.close();
  }
  return countSqlite(file);
}

export async function restoreSqlite(file: string, targetPath: string, force: boolean): Promise<BackupCounts> {
  requireSqliteBackup(file);
  if (!force) refuseUnlessFree(targetPath);
  mkdirSync(dirname(targetPath), { recursive: true });
  await writeAtomically(targetPath, async (temp) => copyFileSync(file, temp));
  // A leftover WAL of the replaced database would be replayed onto the restored one at the next open.
  for (const suffix of ['-wal', '-shm']) rmSync(targetPath + suffix, { force: true });
  return countSqlite(targetPath);
}

/** The copy keeps the source's WAL mode; a rollback journal instead makes it one self-contained file. */
function singleFile(path: string): void {
  const copy = new SqliteDatabase(path);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

function requireSqliteBackup(file: string): void {
  if (!existsSync(file)) throw new DomainError('backup.fileMissing', { file });
  const header = readFileSync(file).subarray(0, 16).toString('latin1');
  if (header !== 'SQLite format 3\0') throw new DomainError('backup.wrongFormat', { file, engine: 'SQLite' });
}

/** Only a database nobody has open (no WAL beside it) and that holds no tables may be replaced without --force. */
function refuseUnlessFree(targetPath: string): void {
  if (!existsSync(targetPath)) return;
  const wal = `${targetPath}-wal`;
  if (existsSync(wal)) throw new DomainError('backup.targetInUse', { target: targetPath, wal });
  if (statSync(targetPath).size === 0) return;
  const target = new SqliteDatabase(targetPath, { readonly: true });
  try {
    if (tableCount(target) > 0) throw new DomainError('backup.targetNotEmpty', { target: targetPath });
  } finally {
    target.close();
  }
}

function tableCount(db: SqliteDatabase.Database): number {
  return (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number })
    .n;
}

function countSqlite(path: string): BackupCounts {
  const db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { requests: count('requests'), auditRows: count('audit_log') };
  } finally {
    db.close();
  }
}
