// Readiness and the figures the metrics endpoint shows (server/operations), read through the one door to storage.
import { auditHeadAt, countOpenRequests, countOverdueRequests, pingDatabase } from '../storage/operations.ts';
import { pendingMigrations } from '../storage/migrations/index.ts';
import type { ServiceContext } from './context.ts';
import { RUNNING_STATES } from './requests/queries.ts';

/** `cause`: the database's own error, for the log — not for an unauthenticated caller (it may name hosts). */
export type Readiness = { ready: true } | { ready: false; reason: string; cause?: unknown };

/** Ready: the database answers, and every migration this code knows has been applied to it. */
export async function readiness(ctx: ServiceContext): Promise<Readiness> {
  let pending: string[];
  try {
    await pingDatabase(ctx.db);
    pending = await pendingMigrations(ctx.db);
  } catch (error) {
    return { ready: false, reason: '数据库无法访问', cause: error };
  }
  if (pending.length > 0)
    return { ready: false, reason: `数据库结构未更新，尚未执行的迁移：${pending.join('、')}` };
  return { ready: true };
}

export interface OperationalFigures {
  openRequests: number;
  overdueRequests: number;
  /** Seconds since the newest audit row was written; null when the audit log is empty. */
  auditHeadAgeSeconds: number | null;
}

/** Read on every scrape: three indexed queries. Overdue counts as 工作台's 已超期 (running, due before today). */
export async function operationalFigures(ctx: ServiceContext): Promise<OperationalFigures> {
  const [openRequests, overdueRequests, headAt] = await Promise.all([
    countOpenRequests(ctx.db),
    countOverdueRequests(ctx.db, RUNNING_STATES, ctx.clock.today()),
    auditHeadAt(ctx.db),
  ]);
  const auditHeadAgeSeconds =
    headAt === null ? null : Math.max(0, (ctx.clock.now().getTime() - Date.parse(headAt)) / 1000);
  return { openRequests, overdueRequests, auditHeadAgeSeconds };
}
