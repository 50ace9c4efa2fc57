// PostgreSQL backup and restore through the server's own tools, pg_dump -Fc and pg_restore, found on PATH. The
// connection goes to them in the PG* environment variables, so the password never shows in a process listing.
import { existsSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { DomainError } from '../../core/errors/index.ts';
import { writeAtomically } from './atomic-file.ts';
import type { BackupCounts } from './counts.ts';

/**
 * Dumps inside a snapshot this connection exports (pg_dump --snapshot), and counts in the same snapshot, so the
 * figures printed are exactly what the file holds while the server keeps writing.
 */
export async function backupPostgres(url: string, file: string): Promise<BackupCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]!.id;
    if (!(await hasTables(client)))
      throw new DomainError('backup.notGongkaiDatabase', { target: describeTarget(client) });
    const counts = await countPostgres(client);
    await writeAtomically(file, (temp) =>
      runTool('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${temp}`], url),
    );
    await client.query('COMMIT');
    return counts;
  } finally {
    await client.end();
  }
}

/** Restores into an empty database, or with `force` drops what the dump holds first; one transaction either way. */
export async function restorePostgres(file: string, url: string, force: boolean): Promise<BackupCounts> {
  if (!existsSync(file)) throw new DomainError('backup.fileMissing', { file });
  if (readFileSync(file).subarray(0, 5).toString('latin1') !== 'PGDMP')
    throw new DomainError('backup.wrongFormat', { file, engine: 'PostgreSQL' });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (!force && (await hasTables(client)))
      throw new DomainError('backup.targetNotEmpty', { target: describeTarget(client) });
    const clean = force ? ['--clean', '--if-exists'] : [];
    await runTool(
      'pg_restore',
      [
        ...clean,
        '--no-owner',
        '--single-transaction',
        '--exit-on-error',
        `--dbname=${client.database}`,
        file,
      ],
      url,
    );
    return await countPostgres(client);
  } finally {
    await client.end();
  }
}

function describeTarget(client: pg.Client): string {
  return `${client.database ?? ''}@${client.host}`;
}

async function hasTables(client: pg.Client): Promise<boolean> {
  const result = await client.query(
    'SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() LIMIT 1',
  );
  return result.rowCount !== 0;
}

async function countPostgres(client: pg.Client): Promise<BackupCounts> {
  const result = await client.query<{ requests: string; audit: string }>(
    'SELECT (SELECT count(*) FROM requests) AS requests, (SELECT count(*) FROM audit_log) AS audit',
  );
  const row = result.rows[0]!;
  return { requests: Number(row.requests), auditRows: Number(row.audit) };
}

/** libpq's environment variables for a postgres:// URL. */
export function connectionEnv(url: string): Record<string, string> {
  const parsed = new URL(url);
  const env: Record<string, string> = {};
  const set = (name: string, value: string | null | undefined) => {
    if (value) env[name] = value;
  };
  set('PGHOST', parsed.hostname.replace(/^\[(.*)\]$/, '$1'));
  set('PGPORT', parsed.port);
  set('PGUSER', decodeURIComponent(parsed.username));
  set('PGPASSWORD', decodeURIComponent(parsed.password));
  set('PGDATABASE', decodeURIComponent(parsed.pathname.slice(1)));
  set('PGSSLMODE', parsed.searchParams.get('sslmode'));
  return env;
}

function runTool(tool: string, args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, {
      env: { ...process.env, ...connectionEnv(url) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new DomainError('backup.toolMissing', { tool }) : error),
    );
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new DomainError('backup.toolFailed', { tool, code: String(code), detail: stderr.trim() }));
    });
  });
}
