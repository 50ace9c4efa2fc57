// The audit trail as the services use it: one call records a change inside the transaction that makes it, and
// the chain's integrity check is a use case of its own (administrators, the operator).
import type { Transaction } from 'kysely';
import {
  appendAudit,
  listAudit,
  verifyAuditChain,
  type AuditQuery,
  type AuditRecord,
  type ChainVerdict,
} from '../storage/audit.ts';
import type { Database } from '../storage/tables.ts';
import type { Actor } from './actor.ts';
import type { ServiceContext } from './context.ts';
import type { Db } from './database.ts';
import { authorize } from './policy/authorize.ts';

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
  return appendAudit(trx, {
    at: change.at,
    actorUserId: actor.userId,
    actor: actor.name,
    agencyId: change.agencyId,
    action: change.action,
    subjectType: change.subjectType,
    subjectId: change.subjectId,
    details: change.details ?? null,
  });
}

/** Walks the installation's one hash chain and names the first broken link. */
export async function verifyAudit(ctx: ServiceContext, actor: Actor): Promise<ChainVerdict> {
  // The chain is the installation's, not an agency's: an administrator checks it from their own agency.
  authorize(actor, 'audit.verify', actor.agencyId ?? undefined);
  return verifyAuditChain(ctx.db);
}

/** The trail of a subject or an agency, newest first: for tests and housekeeping, not behind any door. */
export function listAuditTrail(db: Db, query: AuditQuery): Promise<AuditRecord[]> {
  return listAudit(db, query);
}

export type { AuditQuery, AuditRecord, ChainVerdict };
