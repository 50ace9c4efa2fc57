// The audit trail as the services use it: one call records a change inside the transaction that makes it; the
// chain's integrity check, its re-anchoring and the viewer are use cases of their own.
//
// Who sees what. The operator (the system actor) sees every row. An administrator of a top-level agency (one with
// no supervising office above it — the agency `gongkai init` creates) administers the installation for its
// hierarchy: it reads the rows of its agency and every agency under it plus the installation's own rows (no
// agency: calendar imports, the operator's work), and may run the chain's check, which counts every row. An
// administrator of any other agency reads its own agency's rows only and may not run the check.
import type { Transaction } from 'kysely';
import { DomainError } from '../core/errors/index.ts';
import { auditQuerySchema, type AuditPage, type AuditQueryInput } from '../contracts/audit.ts';
import { agencyById, agencySubtreeIds } from '../storage/agencies.ts';
import {
  anchorAuditChain,
  appendAudits,
  listAudit,
  lockAuditHead,
  unanchoredAfterAnchored,
  verifyAuditChain,
  type AuditQuery,
  type AuditRecord,
  type ChainVerdict,
} from '../storage/audit.ts';
import type { Database } from '../storage/tables.ts';
import type { Actor } from './actor.ts';
import { auditKey } from './audit-key.ts';
import type { ServiceContext } from './context.ts';
import { transact, type Db } from './database.ts';
import { authorize } from './policy/authorize.ts';
import { RULES } from './policy/rules.ts';
import { parseInput } from './validation.ts';

export interface Change {
  /** When the change happened: `ctx.clock.now()` of the use case making it. */
  at: Date;
  action: string;
  subjectType: string;
  subjectId: string;
  /** The agency the change belongs to (tenancy of the audit trail). */
  agencyId: string | null;
  details?: unknown;
}

export async function recordChange(
  trx: Transaction<Database>,
  actor: Actor,
  change: Change,
): Promise<number> {
  const [seq] = await recordChanges(trx, [{ actor, change }]);
  return seq!;
}

/** Records several changes, in order, with one statement (a batch of intakes). */
export function recordChanges(
  trx: Transaction<Database>,
  changes: readonly { actor: Actor; change: Change }[],
): Promise<number[]> {
  return appendAudits(
    trx,
    changes.map(({ actor, change }) => ({
      at: change.at,
      actorUserId: actor.userId,
      actor: actor.name,
      agencyId: change.agencyId,
      action: change.action,
      subjectType: change.subjectType,
      subjectId: change.subjectId,
      details: change.details ?? null,
    })),
    auditKey().key,
  );
}

type Scope = { all: true } | { all: false; agencyIds: readonly string[]; unassigned: boolean };

/**
 * The rows the actor may read, by the rules above. An agency asked for outside them is refused before the role is
 * looked at (auth.otherAgency, as everywhere: a role never widens tenancy); an actor that is no administrator is then
 * refused by the policy.
 */
async function auditScope(db: Db, actor: Actor, requestedAgencyId?: string): Promise<Scope> {
  if (actor.kind !== 'staff') {
    authorize(actor, 'audit.read');
    return { all: true };
  }
  const agency = await agencyById(db, actor.agencyId);
  const scope: Scope =
    agency?.parentId === null
      ? { all: false, agencyIds: await agencySubtreeIds(db, actor.agencyId), unassigned: true }
      : { all: false, agencyIds: [actor.agencyId], unassigned: false };
  if (requestedAgencyId !== undefined && !scope.agencyIds.includes(requestedAgencyId))
    throw new DomainError('auth.otherAgency');
  authorize(actor, 'audit.read', actor.agencyId);
  return scope;
}

/** Walks the installation's one hash chain, with each row's MAC under the audit key, and names the first break. */
export async function verifyAudit(ctx: ServiceContext, actor: Actor): Promise<ChainVerdict> {
  authorize(actor, 'audit.verify', actor.agencyId ?? undefined);
  // The verdict counts every agency's rows: an agency's own administrator is not told the installation's total.
  const scope = await auditScope(ctx.db, actor);
  if (!scope.all && !scope.unassigned)
    throw new DomainError('auth.forbidden', {
      action: `${RULES['audit.verify'].label}（限顶级机关的系统管理员）`,
    });
  return verifyAuditChain(ctx.db, auditKey().key);
}

export type AnchorOutcome = { ok: true; anchored: number } | { ok: false; verdict: ChainVerdict };

/**
 * Gives the rows written before the chain was anchored (migration 190) their MAC under the configured key — after
 * checking the plain chain and that the rows without a MAC all precede the anchored ones, so a broken chain or
 * MACs blanked after the upgrade are reported and not blessed. The operator's, once after the upgrade
 * (docs/operations.md). Appends wait meanwhile (the head is locked), so a running server may stay up.
 */
export async function anchorAudit(ctx: ServiceContext, actor: Actor): Promise<AnchorOutcome> {
  authorize(actor, 'audit.anchor');
  const key = auditKey().key;
  return transact(ctx.db, async (trx) => {
    await lockAuditHead(trx);
    const verdict = await verifyAuditChain(trx);
    if (!verdict.ok) return { ok: false, verdict };
    const gap = await unanchoredAfterAnchored(trx);
    if (gap !== null)
      return { ok: false, verdict: { ok: false, rows: gap - 1, brokenAt: gap, reason: 'unanchored' } };
    return { ok: true, anchored: await anchorAuditChain(trx, key, 'unanchored') };
  });
}

/**
 * Key rotation: the whole chain is verified under the current key, then every row and the head are MACed under
 * `newKey`, in one transaction — so a trail tampered with before the rotation is reported, never re-signed. The
 * operator then points GONGKAI_AUDIT_KEY_FILE at the new key (docs/operations.md).
 */
export async function rekeyAudit(ctx: ServiceContext, actor: Actor, newKey: Buffer): Promise<AnchorOutcome> {
  authorize(actor, 'audit.anchor');
  const key = auditKey().key;
  return transact(ctx.db, async (trx) => {
    await lockAuditHead(trx);
    const verdict = await verifyAuditChain(trx, key);
    if (!verdict.ok) return { ok: false, verdict };
    return { ok: true, anchored: await anchorAuditChain(trx, newKey, 'all') };
  });
}

/** The audit viewer: one page, newest first. An agency's administrator is held to its own agency's rows. */
export async function listAuditEntries(
  ctx: ServiceContext,
  actor: Actor,
  input: AuditQueryInput,
): Promise<AuditPage> {
  const { limit, from, to, ...filters } = parseInput(auditQuerySchema, input);
  const scope = await auditScope(ctx.db, actor, filters.agencyId);
  // Rows keep `at` as UTC ISO text: a bound given with another offset is moved to UTC so text order is time order.
  const rows = await listAudit(ctx.db, {
    ...filters,
    ...(scope.all ? {} : { scope }),
    from: from && new Date(from).toISOString(),
    to: to && new Date(to).toISOString(),
    limit: limit + 1,
  });
  const items = rows.slice(0, limit).map(({ hash: _hash, ...entry }) => entry);
  return { items, nextBeforeSeq: rows.length > limit ? items[items.length - 1]!.seq : null };
}

/** The trail of a subject or an agency, newest first: for tests and housekeeping, not behind any door. */
export function listAuditTrail(db: Db, query: AuditQuery): Promise<AuditRecord[]> {
  return listAudit(db, query);
}

export type { AuditQuery, AuditRecord, ChainVerdict };
