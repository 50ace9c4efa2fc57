// The audit trail: append-only and hash-chained with SM3 (GB/T 32905, in Node's crypto) so a silent edit, a
// deleted row or a cut-off tail is detectable. Each row's hash covers its own content and the previous row's hash.
// The chain alone can be recomputed by anyone who can write to the database, so each row and the head also carry
// an HMAC-SM3 of (seq, hash) under a key kept outside the database (services/audit-key.ts): rewriting the chain
// after a deletion leaves MACs that no longer match.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
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

/** The hash of a row: SM3 over a canonical JSON array of every column but the hash and the MAC. */
export function auditRowHash(row: Omit<AuditLogTable, 'hash' | 'mac'>): string {
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

/** The MAC of a row or of the head: distinct labels, so a row's MAC cannot be replayed as a head's. */
export function auditMac(key: Buffer, kind: 'row' | 'head', seq: number, hash: string): string {
  return createHmac('sm3', key).update(`${kind}|${seq}|${hash}`, 'utf8').digest('hex');
}

function macMatches(
  key: Buffer,
  kind: 'row' | 'head',
  seq: number,
  hash: string,
  mac: string | null,
): boolean {
  if (mac === null) return false;
  const expected = Buffer.from(auditMac(key, kind, seq, hash), 'hex');
  const actual = Buffer.from(mac, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

interface Head {
  seq: number;
  hash: string;
}

/**
 * The head as a transaction last wrote it. A transaction that has written the head holds its lock (PostgreSQL's row
 * lock, SQLite's write lock) until it ends, so no one else can move it meanwhile: its next append need not read it
 * again — a batch of intakes (services/write-batcher.ts) reads it once. A transaction that ends is dropped with its
 * entry; a unit in a savepoint has a transaction object of its own, so a rolled-back savepoint leaves nothing here.
 */
const headsWritten = new WeakMap<Transaction<Database>, Head>();

/**
 * Transactions that write the head once, at their end, rather than after every append, and the head they owe (with
 * its MAC). The write batcher's transaction is one: its units append one after another and it writes the head
 * (writeDeferredAuditHead) just before COMMIT — one statement per batch instead of one per intake. Meanwhile the
 * row in the database still shows the head as it was before the batch: nothing inside such a transaction may read
 * it (intakes only append).
 */
const headsOwed = new WeakMap<Transaction<Database>, { seq: number; hash: string; mac: string } | null>();

/** From now on `trx` writes the audit head only when writeDeferredAuditHead is called, before it commits. */
export function deferAuditHead(trx: Transaction<Database>): void {
  headsOwed.set(trx, null);
}

/** Writes the head a deferring transaction owes, if it appended anything. */
export async function writeDeferredAuditHead(trx: Transaction<Database>): Promise<void> {
  const owed = headsOwed.get(trx);
  if (owed) await writeHead(trx, owed);
  headsOwed.set(trx, null);
}

/** Reads the head and takes its lock for the rest of the transaction (an update that changes nothing). */
async function lockedHead(trx: Transaction<Database>): Promise<Head> {
  const head = await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

async function writeHead(trx: Transaction<Database>, head: { seq: number; hash: string; mac: string }) {
  await trx.updateTable('audit_head').set(head).where('id', '=', 1).execute();
}

/**
 * Appends rows, in order and chained one to the next, with one statement inside the caller's transaction, so the
 * changes and their audit rows commit or vanish together (a batch of intakes writes all its rows at once). Writing
 * the single head row takes its lock: appends are serialised and the chain never forks.
 */
export async function appendAudits(
  trx: Transaction<Database>,
  entries: readonly AuditEntry[],
  key: Buffer,
): Promise<number[]> {
  if (entries.length === 0) return [];
  let head = headsWritten.get(trx) ?? (await lockedHead(trx));
  const rows = entries.map((entry) => {
    const row = {
      seq: head.seq + 1,
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
    head = { seq: row.seq, hash };
    return { ...row, hash, mac: auditMac(key, 'row', row.seq, hash) };
  });
  await trx.insertInto('audit_log').values(rows).execute();
  const newHead = { ...head, mac: auditMac(key, 'head', head.seq, head.hash) };
  if (headsOwed.has(trx)) headsOwed.set(trx, newHead);
  else await writeHead(trx, newHead);
  headsWritten.set(trx, head);
  return rows.map((row) => row.seq);
}

export type ChainVerdict =
  | { ok: true; rows: number }
  | {
      ok: false;
      rows: number;
      brokenAt: number;
      reason: ChainBreak;
    };

export type ChainBreak =
  'hashMismatch' | 'prevHashMismatch' | 'missingRow' | 'headMismatch' | 'macMismatch' | 'unanchored';

const BATCH = 5000;

/**
 * Walks the whole chain in order and names the first broken link. With `key`, each row's and the head's MAC is
 * checked too (a row without one is 'unanchored'); without it, only the plain chain (the re-anchoring command's
 * check before it MACs old rows).
 */
export async function verifyAuditChain(db: Kysely<Database>, key?: Buffer): Promise<ChainVerdict> {
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
      const { mac, ...hashed } = content;
      if (auditRowHash(hashed) !== hash)
        return { ok: false, rows: rowsSoFar, brokenAt: row.seq, reason: 'hashMismatch' };
      if (key && mac === null) return { ok: false, rows: rowsSoFar, brokenAt: row.seq, reason: 'unanchored' };
      if (key && !macMatches(key, 'row', row.seq, hash, mac))
        return { ok: false, rows: rowsSoFar, brokenAt: row.seq, reason: 'macMismatch' };
      prevHash = hash;
      expectedSeq++;
    }
    if (rows.length < BATCH) break;
  }
  const rows = expectedSeq - 1;
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash', 'mac'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  // The head remembers the last row: a deleted tail leaves it pointing past the end of the chain, and re-pointing
  // it needs the key. An empty chain's head (seq 0) has no MAC to check.
  if (Number(head.seq) !== rows || head.hash !== prevHash)
    return { ok: false, rows, brokenAt: rows + 1, reason: 'headMismatch' };
  if (key && rows > 0 && !macMatches(key, 'head', rows, head.hash, head.mac))
    return { ok: false, rows, brokenAt: rows + 1, reason: 'headMismatch' };
  return { ok: true, rows };
}

/**
 * Takes the head's row lock (PostgreSQL; SQLite's write lock) for the rest of the transaction, without changing it:
 * appends from running servers wait, so a re-signing sees a chain that stands still and signs the head it read.
 */
export async function lockAuditHead(trx: Transaction<Database>): Promise<void> {
  await lockedHead(trx);
}

/**
 * The first row without a MAC that comes after a row with one, if any. Rows from before the anchor are a prefix of
 * the chain; a gap after an anchored row is MACs blanked since, not history to anchor.
 */
export async function unanchoredAfterAnchored(db: Kysely<Database>): Promise<number | null> {
  const firstAnchored = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.min('seq').as('seq'))
    .where('mac', 'is not', null)
    .executeTakeFirst();
  if (firstAnchored?.seq == null) return null;
  const gap = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.min('seq').as('seq'))
    .where('mac', 'is', null)
    .where('seq', '>', firstAnchored.seq)
    .executeTakeFirst();
  return gap?.seq == null ? null : Number(gap.seq);
}

/**
 * MACs rows and the head under `key`: those without a MAC (written before the chain was anchored), or every row (a
 * key rotation). The caller has verified the chain first. Returns how many rows it MACed; in batches, so a long
 * trail is never held in memory at once.
 */
export async function anchorAuditChain(
  trx: Transaction<Database>,
  key: Buffer,
  which: 'unanchored' | 'all',
): Promise<number> {
  let done = 0;
  let after = 0;
  for (;;) {
    let q = trx.selectFrom('audit_log').select(['seq', 'hash']).where('seq', '>', after);
    if (which === 'unanchored') q = q.where('mac', 'is', null);
    const rows = await q.orderBy('seq').limit(BATCH).execute();
    for (const row of rows)
      await trx
        .updateTable('audit_log')
        .set({ mac: auditMac(key, 'row', Number(row.seq), row.hash) })
        .where('seq', '=', row.seq)
        .execute();
    done += rows.length;
    if (rows.length < BATCH) break;
    after = Number(rows[rows.length - 1]!.seq);
  }
  const head = await trx
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('audit_head')
    .set({ mac: auditMac(key, 'head', Number(head.seq), head.hash) })
    .where('id', '=', 1)
    .execute();
  return done;
}

export interface AuditQuery {
  agencyId?: string;
  /** Only rows of these agencies — and, with `unassigned`, the installation's own rows (no agency). */
  scope?: { agencyIds: readonly string[]; unassigned: boolean };
  subjectType?: string;
  subjectId?: string;
  action?: string;
  actorUserId?: string;
  /** ISO instants, inclusive from, exclusive to (`at` is stored as ISO text in UTC, so text order is time order). */
  from?: string;
  to?: string;
  /** Rows with seq below this (paging backwards from the newest). */
  beforeSeq?: number;
  limit: number;
}

/** Newest first. */
export async function listAudit(db: Kysely<Database>, query: AuditQuery): Promise<AuditRecord[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(query.limit);
  if (query.agencyId) q = q.where('agency_id', '=', query.agencyId);
  const scope = query.scope;
  if (scope)
    q = q.where((eb) =>
      eb.or([
        ...(scope.agencyIds.length ? [eb('agency_id', 'in', scope.agencyIds)] : []),
        ...(scope.unassigned ? [eb('agency_id', 'is', null)] : []),
      ]),
    );
  if (query.subjectType) q = q.where('subject_type', '=', query.subjectType);
  if (query.subjectId) q = q.where('subject_id', '=', query.subjectId);
  if (query.action) q = q.where('action', '=', query.action);
  if (query.actorUserId) q = q.where('actor_user_id', '=', query.actorUserId);
  if (query.from) q = q.where('at', '>=', query.from);
  if (query.to) q = q.where('at', '<', query.to);
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
