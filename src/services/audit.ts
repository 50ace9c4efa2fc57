// The audit trail as the services use it: one call records a change inside the transaction that makes it.
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
import type { Db } from './database.ts';

export interface Change {
  action: string;
  subjectType: string;
  subjectId: string;
  /** The agency the change belongs to (tenancy of the audit trail). */
  agencyId: string | null;
  details?: unknown;
}

export function recordChange(trx: Transaction<Database>, actor: Actor, change: Change): Promise<number> {
  return appendAudit(trx, {
    actorUserId: actor.userId,
    actor: actor.name,
    agencyId: change.agencyId,
    action: change.action,
    subjectType: change.subjectType,
    subjectId: change.subjectId,
    details: change.details ?? null,
  });
}

export function verifyAudit(db: Db): Promise<ChainVerdict> {
  return verifyAuditChain(db);
}

export function listAuditTrail(db: Db, query: AuditQuery): Promise<AuditRecord[]> {
  return listAudit(db, query);
}

export type { AuditQuery, AuditRecord, ChainVerdict };
