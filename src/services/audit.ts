// The audit trail as the services use it: one call records a change inside the transaction that makes it; the
// chain's integrity check, its re-anchoring and the viewer are use cases of their own.
//
// Who sees what: the chain is the installation's, so its check (which counts every row) and the whole trail belong
// to the installation's administrators — an administrator of an agency at the top of the hierarchy (no parent),
// and the operator. An administrator of an agency under another sees only the rows of their own agency.
import type { Transaction } from 'kysely';
import { DomainError } from '../core/errors/index.ts';
import { auditQuerySchema, type AuditPage, type AuditQueryInput } from '../contracts/audit.ts';
import { agencyById } from '../storage/agencies.ts';
import {
  anchorAuditChain,
  appendAudit,
  listAudit,
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

export function recordChange(trx: Transaction<Database>, actor: Actor, change: Change): Promise<number> {
  return appendAudit(
    trx,
    {
      at: change.at,
      actorUserId: actor.userId,
      actor: actor.name,
      agencyId: change.agencyId,
      action: change.action,
      subjectType: change.subjectType,
      subjectId: change.subjectId,
      details: change.details ?? null,
    },
    auditKey().key,
  );
}

/** Whether the actor administers the whole installation: the operator, or an administrator of a top agency. */
async function administersInstallation(db: Db, actor: Actor): Promise<boolean> {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'staff' || actor.role !== 'admin') return false;
  const agency = await agencyById(db, actor.agencyId);
  return agency !== undefined && agency.parentId === null;
}

/** Walks the installation's one hash chain, with each row's MAC under the audit key, and names the first break. */
export async function verifyAudit(ctx: ServiceContext, actor: Actor): Promise<ChainVerdict> {
  authorize(actor, 'audit.verify', actor.agencyId ?? undefined);
  // The verdict counts every agency's rows: an agency's own administrator is not told the installation's total.
  if (!(await administersInstallation(ctx.db, actor)))
    throw new DomainError('auth.forbidden', { action: `${RULES['audit.verify'].label}（限全系统管理员）` });
  return verifyAuditChain(ctx.db, auditKey().key);
}

export type AnchorOutcome = { ok: true; anchored: number } | { ok: false; verdict: ChainVerdict };

/**
 * Gives the rows written before the chain was anchored (migration 190) their MAC under the configured key — after
 * checking the plain chain and that the rows without a MAC all precede the anchored ones, so a broken chain or
 * MACs blanked after the upgrade are reported and not blessed. The operator's, once after the
 * upgrade (docs/operations.md).
 */
export async function anchorAudit(ctx: ServiceContext, actor: Actor): Promise<AnchorOutcome> {
  authorize(actor, 'audit.anchor');
  const key = auditKey().key;
  return transact(ctx.db, async (trx) => {
    const verdict = await verifyAuditChain(trx);
    if (!verdict.ok) return { ok: false, verdict };
    const gap = await unanchoredAfterAnchored(trx);
    if (gap !== null)
      return { ok: false, verdict: { ok: false, rows: gap - 1, brokenAt: gap, reason: 'unanchored' } };
    return { ok: true, anchored: await anchorAuditChain(trx, key) };
  });
}

/** The audit viewer: one page, newest first. An agency's administrator is held to its own agency's rows. */
export async function listAuditEntries(
  ctx: ServiceContext,
  actor: Actor,
  input: AuditQueryInput,
): Promise<AuditPage> {
  const { limit, from, to, ...filters } = parseInput(auditQuerySchema, input);
  let agencyId = filters.agencyId;
  if (await administersInstallation(ctx.db, actor))
    authorize(actor, 'audit.read', actor.agencyId ?? undefined);
  else {
    agencyId ??= actor.agencyId ?? undefined;
    authorize(actor, 'audit.read', agencyId);
  }
  // Rows keep `at` as UTC ISO text: a bound given with another offset is moved to UTC so text order is time order.
  const rows = await listAudit(ctx.db, {
    ...filters,
    agencyId,
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
