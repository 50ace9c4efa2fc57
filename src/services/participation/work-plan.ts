// 工作要点台账 (issue 14): a supervising office hands the year's 政务公开工作要点 to the agencies under it as tasks;
// each agency records its progress with evidence (its own published catalogue items); the office's roster counts
// completion per agency; the annual report's 六（二）is drafted from the agency's task records (report-sources.ts).
import { randomUUID } from 'node:crypto';
import {
  assignTasksBody,
  progressBody,
  type AssignTasksInput,
  type ProgressInput,
  type Roster,
  type WorkPlanTask,
} from '../../contracts/work-plan.ts';
import { DomainError } from '../../core/errors/index.ts';
import { TASK_STATUS_LABELS } from '../../core/participation/work-plan.ts';
import {
  appendProgress,
  insertTask,
  nextTaskSeq,
  progressOf,
  taskById,
  tasksOf,
  type TaskRow,
} from '../../storage/participation/work-plan.ts';
import type { Actor } from '../actor.ts';
import { agenciesUnder, allAgencies } from '../agencies.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact, type Db } from '../database.ts';
import { agenciesToList, authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { requirePublishedItem } from './consultations.ts';

const by = (actor: Actor) => (actor.kind === 'staff' ? actor.displayName : '系统');

async function withProgress(db: Db, rows: readonly TaskRow[]): Promise<WorkPlanTask[]> {
  const [progress, agencies] = await Promise.all([
    progressOf(
      db,
      rows.map((r) => r.id),
    ),
    allAgencies(db),
  ]);
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  return rows.map((row) => ({
    ...row,
    agencyName: names.get(row.agencyId) ?? row.agencyId,
    statusLabel: TASK_STATUS_LABELS[row.status],
    progress: progress.get(row.id)!,
  }));
}

/**
 * Assigns each task to each agency it names, under the office `supervisorAgencyId` (the actor's own; the operator
 * names it). An agency not under the office is refused before anything is written.
 */
export async function assignTasks(
  ctx: ServiceContext,
  actor: Actor,
  input: AssignTasksInput & { supervisorAgencyId: string },
): Promise<WorkPlanTask[]> {
  const { supervisorAgencyId, ...body } = input;
  authorize(actor, 'workPlan.assign', supervisorAgencyId);
  const data = parseInput(assignTasksBody, body);
  return transact(ctx.db, async (trx) => {
    const under = new Set(await agenciesUnder(trx, supervisorAgencyId));
    const names = new Map((await allAgencies(trx)).map((a) => [a.id, a.name]));
    for (const task of data.tasks)
      for (const agencyId of task.agencyIds)
        if (!under.has(agencyId) || agencyId === supervisorAgencyId)
          throw new DomainError('participation.taskAgencyNotUnder', {
            agency: names.get(agencyId) ?? agencyId,
          });
    const at = ctx.clock.now().toISOString();
    const rows: TaskRow[] = [];
    for (const task of data.tasks)
      for (const agencyId of task.agencyIds) {
        const row: TaskRow = {
          id: randomUUID(),
          supervisorAgencyId,
          agencyId,
          year: data.year,
          seq: await nextTaskSeq(trx, agencyId, data.year),
          title: task.title,
          description: task.description,
          status: 'notStarted',
        };
        await insertTask(trx, row, at, by(actor));
        rows.push(row);
      }
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'workPlan.assigned',
      subjectType: 'workPlan',
      subjectId: `${supervisorAgencyId}/${data.year}`,
      agencyId: supervisorAgencyId,
      details: {
        year: data.year,
        tasks: rows.map((r) => ({ id: r.id, agencyId: r.agencyId, title: r.title })),
      },
    });
    return withProgress(trx, rows);
  });
}

/** The agency records what it did; evidence must be its own published items. */
export async function recordProgress(
  ctx: ServiceContext,
  actor: Actor,
  input: ProgressInput & { taskId: string },
): Promise<WorkPlanTask> {
  const { taskId, ...body } = input;
  return transact(ctx.db, async (trx) => {
    const task = await taskById(trx, taskId);
    if (!task) throw new DomainError('participation.taskNotFound');
    authorize(actor, 'workPlan.report', task.agencyId);
    const data = parseInput(progressBody, body);
    for (const itemId of data.evidence)
      if (!(await requirePublishedItem(trx, task.agencyId, itemId)))
        throw new DomainError('participation.evidenceInvalid', { id: itemId });
    const seq = ((await progressOf(trx, [task.id])).get(task.id)?.length ?? 0) + 1;
    const entry = { ...data, seq, recordedAt: ctx.clock.now().toISOString(), recordedBy: by(actor) };
    await appendProgress(trx, task.id, entry);
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'workPlan.progressRecorded',
      subjectType: 'workPlanTask',
      subjectId: task.id,
      agencyId: task.agencyId,
      details: entry,
    });
    const [shown] = await withProgress(trx, [{ ...task, status: data.status }]);
    return shown!;
  });
}

/** The tasks of a year: the actor's agency's, or for a supervisor those of every agency it oversees. */
export async function listTasks(
  ctx: ServiceContext,
  actor: Actor,
  input: { year: number; agencyId?: string },
): Promise<WorkPlanTask[]> {
  const agencyIds = agenciesToList(actor, 'workPlan.read', input.agencyId);
  return withProgress(ctx.db, await tasksOf(ctx.db, agencyIds, input.year));
}

/** 工作要点 completion per agency the supervisor oversees (agencies with tasks that year). */
export async function workPlanRoster(
  ctx: ServiceContext,
  actor: Actor,
  input: { year: number; agencyId?: string },
): Promise<Roster> {
  const tasks = await listTasks(ctx, actor, input);
  const byAgency = new Map<string, Roster['agencies'][number]>();
  for (const task of tasks) {
    const row = byAgency.get(task.agencyId) ?? {
      agencyId: task.agencyId,
      agencyName: task.agencyName,
      total: 0,
      done: 0,
      inProgress: 0,
      notStarted: 0,
    };
    row.total += 1;
    row[task.status] += 1;
    byAgency.set(task.agencyId, row);
  }
  return { year: input.year, agencies: [...byAgency.values()] };
}
