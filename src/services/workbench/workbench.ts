// 工作台 (GET /api/v1/workbench): what needs the signed-in person now, in their own agency — requests due within N
// working days, overdue ones and (for those who sign decisions) those whose next step is the decision; catalogue
// drafts the screening found something in and items at a review step their role takes; the annual report's state
// and deadline; the public's questions overdue or due soon. Each part is shown only to a role that may read it (the
// rule book), each list bounded.
import type { Role } from '../../core/accounts/roles.ts';
import { DomainError } from '../../core/errors/index.ts';
import { PUBLICATION_STATUS_LABELS, type ReviewWorkflow } from '../../core/publications/review-workflow.ts';
import {
  DUE_SOON_WORKING_DAYS,
  WORKBENCH_LIST_LIMIT,
  type CatalogueItem,
  type Workbench,
} from '../../contracts/workbench.ts';
import { caseList, catalogueList, type CatalogueRow } from '../../storage/workbench.ts';
import type { Actor, StaffActor } from '../actor.ts';
import { getAgency } from '../agencies.ts';
import type { ServiceContext } from '../context.ts';
import { authorize, permissionsOf } from '../policy/authorize.ts';
import type { Action } from '../policy/rules.ts';
import { questionDeadlines } from '../participation/questions.ts';
import { catalogueSettings } from '../publications/settings.ts';
import { caseItem, dueSoonFilter, dueWindow, overdueFilter } from './cases.ts';
import { reportStatus } from './report-status.ts';

/** 待签发: handled, nothing pending (补正, 征求意见, 缴费 would show as their own states), not yet decided. */
const READY_FOR_DECISION = ['inProgress'] as const;

export async function workbench(ctx: ServiceContext, actor: Actor): Promise<Workbench> {
  const staff = staffOnly(actor);
  authorize(staff, 'workbench.read', staff.agencyId);
  const may = (action: Action) => permissionsOf(staff.role).includes(action);
  const agency = await getAgency(ctx.db, staff.agencyId);
  const calendar = await ctx.calendar.current();
  const today = ctx.clock.today();
  const window = dueWindow(calendar, today, DUE_SOON_WORKING_DAYS);
  const own = [agency.id];
  const cases = async (filter: Parameters<typeof caseList>[1]) => {
    const { total, rows } = await caseList(ctx.db, filter, WORKBENCH_LIST_LIMIT);
    return { total, items: rows.map((row) => caseItem(calendar, today, row)) };
  };

  // The parts side by side: on PostgreSQL each query takes its own pooled connection.
  const [dueSoon, overdue, toDecide, catalogue, report, questions] = await Promise.all([
    may('requests.read') ? cases(dueSoonFilter(own, window)) : null,
    may('requests.read') ? cases(overdueFilter(own, window)) : null,
    may('requests.decide') ? cases({ agencyIds: own, states: READY_FOR_DECISION }) : null,
    may('catalogue.read') ? catalogueParts(ctx, agency.id, staff.role) : null,
    may('reports.build') ? reportStatus(ctx, staff, agency, today) : null,
    may('participation.read') ? questionDeadlines(ctx, own) : null,
  ]);
  const requests = dueSoon && overdue ? { dueSoon, overdue, toDecide } : null;
  return {
    today,
    agency: { id: agency.id, name: agency.name },
    withinWorkingDays: DUE_SOON_WORKING_DAYS,
    dueSoonUntil: window.dueSoonUntil,
    requests,
    catalogue,
    report,
    questions: questions && {
      ...questions,
      withinWorkingDays: ctx.settings.participation.dueSoonWorkingDays,
    },
  };
}

export function staffOnly(actor: Actor): StaffActor {
  // 工作台 is a signed-in person's view of their own agency: the operator's command line and the public have none.
  if (actor.kind !== 'staff') throw new DomainError('auth.unauthenticated');
  return actor;
}

async function catalogueParts(ctx: ServiceContext, agencyId: string, role: Role) {
  const { workflow } = await catalogueSettings(ctx.db, agencyId);
  const myStepIndexes = workflow.steps.flatMap((step, index) => (step.roles.includes(role) ? [index] : []));
  const [drafts, review] = await Promise.all([
    catalogueList(ctx.db, { agencyId, statuses: ['draft'], withFindings: true }, WORKBENCH_LIST_LIMIT),
    catalogueList(
      ctx.db,
      { agencyId, statuses: ['inReview', 'referred'], stepIndexes: myStepIndexes },
      WORKBENCH_LIST_LIMIT,
    ),
  ]);
  const items = (rows: CatalogueRow[]) => rows.map((row) => catalogueItem(row, workflow));
  return {
    draftsWithFindings: { total: drafts.total, items: items(drafts.rows) },
    awaitingMyReview: { total: review.total, items: items(review.rows) },
  };
}

function catalogueItem(row: CatalogueRow, workflow: ReviewWorkflow): CatalogueItem {
  return {
    id: row.id,
    title: row.title,
    status: row.status as CatalogueItem['status'],
    statusLabel: PUBLICATION_STATUS_LABELS[row.status as CatalogueItem['status']],
    stepLabel: row.stepIndex === null ? null : (workflow.steps[row.stepIndex]?.label ?? null),
    findings: (JSON.parse(row.screeningFindings) as unknown[]).length,
    updatedAt: row.updatedAt,
  };
}
