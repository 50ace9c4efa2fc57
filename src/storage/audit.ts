// The audit trail: append-only and hash-chained with SM3 (GB/T 32905, in Node's crypto) so a silent edit, a
// deleted row or a cut-off tail is detectable. Each row's hash covers its own content and the previous row's hash.
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AuditLogTable, Database } from './tables.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  /** When the change happened: the caller's clock (ctx.clock), so a test's audit trail is reproducible. */
  at: Date;
  actorUserId: string | null;
  actor: string;
  agencyId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details: unknown;
}

export interface AuditRecord extends Omit<AuditEntry, 'details' | 'at'> {
  seq: number;
  at: string;
  details: unknown;
  hash: string;
}

/** The hash of a row: SM3 over a canonical JSON array of every column but the hash itself. */
export function auditRowHash(row: Omit<AuditLogTable, 'hash'>): string {
  const content = JSON.stringify([
    row.seq,
    row.at,
    row.actor_user_id,
    row.actor,
    row.agency_id,
    row.action,
    row.subject_type,
    row.subject_id,
    row.details,
    row.prev_hash,
  ]);
  return createHash('sm3').update(content, 'utf8').digest('hex');
}

/**
 * Appends one row inside the caller's transaction, so the change and its audit row commit or vanish together.
 * Bumping the single head row takes its row lock (PostgreSQL) or runs under the write lock (SQLite): appends are
 * serialised and the chain never forks.
 */
export async function appendAudit(trx: Transaction<Database>, entry: AuditEntry): Promise<number> {
  const head = await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const row = {
    seq: Number(head.seq),
    at: entry.at.toISOString(),
    actor_user_id: entry.actorUserId,
    actor: entry.actor,
    agency_id: entry.agencyId,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId,
    details: JSON.stringify(entry.details ?? null),
    prev_hash: head.hash,
  };
  const hash = auditRowHash(row);
  await trx
    .insertInto('audit_log')
    .values({ ...row, hash })
    .execute();
  await trx.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
  return row.seq;
}

export type ChainVerdict =
  | { ok: true; rows: number }
  | {
      ok: false;
      rows: number;
      brokenAt: number;
      reason: 'hashMismatch' | 'prevHashMismatch' | 'missingRow' | 'headMismatch';
    };

const BATCH = 5000;

/** Walks the whole chain in order and names the first broken link. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainVerdict> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    for (const raw of rows) {
      const row = { ...raw, seq: Number(raw.seq) };
      const rowsSoFar = expectedSeq - 1;
      if (row.seq !== expectedSeq)
        return { ok: false, rows: rowsSoFar, brokenAt: expectedSeq, reason: 'missingRow' };
      if (row.prev_hash !== prevHash)
        return { ok: false, rows: rowsSoFar, brokenAt: row.seq, reason: 'prevHashMismatch' };
      const { hash, ...content } = row;
      if (auditRowHash(content) !== hash)
        return { ok: false, rows: rowsSoFar, brokenAt: row.seq, reason: 'hashMismatch' };
      prevHash = hash;
      expectedSeq++;
    }
    if (rows.length < BATCH) break;
  }
  const rows = expectedSeq - 1;
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  // The head remembers the last row: a deleted tail leaves it pointing past the end of the chain.
  if (Number(head.seq) !== rows || head.hash !== prevHash)
    return { ok: false, rows, brokenAt: rows + 1, reason: 'headMismatch' };
  return { ok: true, rows };
}

export interface AuditQuery {
  agencyId?: string;
  subjectType?: string;
  subjectId?: string;
  /** Rows with seq below this (paging backwards from the newest). */
  beforeSeq?: number;
  limit: number;
}

/** Newest first. */
export async function listAudit(db: Kysely<Database>, query: AuditQuery): Promise<AuditRecord[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(query.limit);
  if (query.agencyId) q = q.where('agency_id', '=', query.agencyId);
  if (query.subjectType) q = q.where('subject_type', '=', query.subjectType);
  if (query.subjectId) q = q.where('subject_id', '=', query.subjectId);
  if (query.beforeSeq !== undefined) q = q.where('seq', '<', query.beforeSeq);
  const rows = await q.execute();
  return rows.map((row) => ({
    seq: Number(row.seq),
    at: row.at,
    actorUserId: row.actor_user_id,
    actor: row.actor,
    agencyId: row.agency_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: JSON.parse(row.details) as unknown,
    hash: row.hash,
  }));
}
