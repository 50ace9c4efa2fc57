// Archive packages of closed requests (issue 13): the zip as built, its size and SM3, and until when it is kept.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface ArchiveSummary {
  archivedOn: string;
  retainUntil: string;
  size: number;
  sm3: string;
}

export interface NewArchiveRow extends ArchiveSummary {
  requestId: string;
  agencyId: string;
  package: Uint8Array;
  createdBy: string;
  createdAt: string;
}

export async function insertArchive(trx: Transaction<Database>, row: NewArchiveRow): Promise<void> {
  await trx
    .insertInto('request_archives')
    .values({
      request_id: row.requestId,
      agency_id: row.agencyId,
      archived_on: row.archivedOn,
      retain_until: row.retainUntil,
      package: Buffer.from(row.package.buffer, row.package.byteOffset, row.package.byteLength),
      size: row.size,
      sm3: row.sm3,
      created_by: row.createdBy,
      created_at: row.createdAt,
    })
    .execute();
}

export async function archiveSummary(db: Executor, requestId: string): Promise<ArchiveSummary | null> {
  const row = await db
    .selectFrom('request_archives')
    .select(['archived_on', 'retain_until', 'size', 'sm3'])
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  return row
    ? { archivedOn: row.archived_on, retainUntil: row.retain_until, size: Number(row.size), sm3: row.sm3 }
    : null;
}

export async function archivePackage(db: Executor, requestId: string): Promise<Uint8Array | undefined> {
  const row = await db
    .selectFrom('request_archives')
    .select('package')
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  return row ? new Uint8Array(row.package) : undefined;
}
