// 监督 (GET /api/v1/supervision, …/agencies/:id/overdue): a supervising office's view of each agency under it —
// open requests, those due soon and overdue, the catalogue's review backlog, the annual report's state — and the
// overdue requests of one agency, page by page. Counts are grouped in SQL over indexes, one query per measure for
// every agency at once.
import {
  DUE_SOON_WORKING_DAYS,
  overdueQuery,
  type OverdueQuery,
  type OverduePage,
  type Supervision,
} from '../../contracts/workbench.ts';
import {
  caseCountsByAgency,
  caseList,
  catalogueCountsByAgency,
  openCountsByAgency,
} from '../../storage/workbench.ts';
import type { Actor } from '../actor.ts';
import { allAgencies, getAgency } from '../agencies.ts';
import type { ServiceContext } from '../context.ts';
import { agenciesToList, authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { caseItem, dueSoonFilter, dueWindow, overdueFilter } from './cases.ts';
import { reportStatus } from './report-status.ts';
import { staffOnly } from './workbench.ts';

/** Submitted and not yet published: waiting at a review step, referred for a determination, or signed off. */
const CATALOGUE_BACKLOG = ['inReview', 'referred', 'approved'];

export async function supervisionOverview(ctx: ServiceContext, actor: Actor): Promise<Supervision> {
  const staff = staffOnly(actor);
  // Every agency in reach is authorized; the office's own agency is the supervisor, not one supervised.
  const ids = agenciesToList(staff, 'supervision.read', undefined).filter((id) => id !== staff.agencyId);
  const calendar = await ctx.calendar.current();
  const today = ctx.clock.today();
  const window = dueWindow(calendar, today, DUE_SOON_WORKING_DAYS);
  const supervised = (await allAgencies(ctx.db))
    .filter((agency) => ids.includes(agency.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  // Every count and every report side by side: on PostgreSQL each query takes its own pooled connection.
  const [open, dueSoon, overdue, backlog, reports] = await Promise.all([
    openCountsByAgency(ctx.db, ids),
    caseCountsByAgency(ctx.db, dueSoonFilter(ids, window)),
    caseCountsByAgency(ctx.db, overdueFilter(ids, window)),
    catalogueCountsByAgency(ctx.db, ids, CATALOGUE_BACKLOG),
    Promise.all(supervised.map((agency) => reportStatus(ctx, staff, agency, today))),
  ]);
  const rows = supervised.map((agency, index) => ({
    id: agency.id,
    name: agency.name,
    open: open.get(agency.id) ?? 0,
    dueSoon: dueSoon.get(agency.id) ?? 0,
    overdue: overdue.get(agency.id) ?? 0,
    catalogueBacklog: backlog.get(agency.id) ?? 0,
    report: reports[index]!,
  }));
  return { today, withinWorkingDays: DUE_SOON_WORKING_DAYS, agencies: rows };
}

/** One supervised agency's overdue requests, most overdue first. */
export async function supervisedOverdue(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string } & Partial<OverdueQuery>,
): Promise<OverduePage> {
  const agency = await getAgency(ctx.db, input.agencyId);
  authorize(actor, 'supervision.read', agency.id);
  const { page, pageSize } = parseInput(overdueQuery, { page: input.page, pageSize: input.pageSize });
  const calendar = await ctx.calendar.current();
  const today = ctx.clock.today();
  const window = dueWindow(calendar, today, DUE_SOON_WORKING_DAYS);
  const { total, rows } = await caseList(
    ctx.db,
    overdueFilter([agency.id], window),
    pageSize,
    (page - 1) * pageSize,
  );
  return { items: rows.map((row) => caseItem(calendar, today, row)), total, page, pageSize };
}
