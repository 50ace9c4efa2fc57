// 工作要点 tasks with their progress, and the register of 人大建议、政协提案 (migration 220).
import type { Selectable } from 'kysely';
import type { Proposal, WorkPlanProgress, WorkPlanTask } from '../../contracts/work-plan.ts';
import type { TaskStatus } from '../../core/participation/work-plan.ts';
import type { Db } from '../publications/db.ts';
import type { ProposalTable, WorkPlanTaskTable } from './tables.ts';

function toTask(
  row: Selectable<WorkPlanTaskTable>,
): Omit<WorkPlanTask, 'progress' | 'statusLabel' | 'agencyName'> {
  return {
    id: row.id,
    supervisorAgencyId: row.supervisor_agency_id,
    agencyId: row.agency_id,
    year: row.year,
    seq: row.seq,
    title: row.title,
    description: row.description,
    status: row.status as TaskStatus,
  };
}
export type TaskRow = ReturnType<typeof toTask>;

export async function insertTask(db: Db, task: TaskRow, at: string, by: string): Promise<void> {
  await db
    .insertInto('work_plan_tasks')
    .values({
      id: task.id,
      supervisor_agency_id: task.supervisorAgencyId,
      agency_id: task.agencyId,
      year: task.year,
      seq: task.seq,
      title: task.title,
      description: task.description,
      status: task.status,
      created_at: at,
      created_by: by,
    })
    .execute();
}

export async function taskById(db: Db, id: string): Promise<TaskRow | undefined> {
  const row = await db.selectFrom('work_plan_tasks').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toTask(row);
}

/** The tasks of the agencies in a year, in the order the supervisor listed them. */
export async function tasksOf(db: Db, agencyIds: readonly string[], year: number): Promise<TaskRow[]> {
  if (agencyIds.length === 0) return [];
  const rows = await db
    .selectFrom('work_plan_tasks')
    .selectAll()
    .where('agency_id', 'in', agencyIds)
    .where('year', '=', year)
    .orderBy('agency_id')
    .orderBy('seq')
    .execute();
  return rows.map(toTask);
}

export async function nextTaskSeq(db: Db, agencyId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('work_plan_tasks')
    .select((eb) => eb.fn.max('seq').as('last'))
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function appendProgress(db: Db, taskId: string, p: WorkPlanProgress): Promise<void> {
  await db
    .insertInto('work_plan_progress')
    .values({
      task_id: taskId,
      seq: p.seq,
      reported_on: p.reportedOn,
      note: p.note,
      evidence: JSON.stringify(p.evidence),
      status: p.status,
      recorded_at: p.recordedAt,
      recorded_by: p.recordedBy,
    })
    .execute();
  await db.updateTable('work_plan_tasks').set({ status: p.status }).where('id', '=', taskId).execute();
}

/** Each task's progress entries, oldest first. */
export async function progressOf(
  db: Db,
  taskIds: readonly string[],
): Promise<Map<string, WorkPlanProgress[]>> {
  const byTask = new Map<string, WorkPlanProgress[]>(taskIds.map((id) => [id, []]));
  if (taskIds.length === 0) return byTask;
  const rows = await db
    .selectFrom('work_plan_progress')
    .selectAll()
    .where('task_id', 'in', taskIds)
    .orderBy('task_id')
    .orderBy('seq')
    .execute();
  for (const row of rows)
    byTask.get(row.task_id)!.push({
      seq: row.seq,
      reportedOn: row.reported_on,
      note: row.note,
      evidence: JSON.parse(row.evidence) as string[],
      status: row.status as TaskStatus,
      recordedAt: row.recorded_at,
      recordedBy: row.recorded_by,
    });
  return byTask;
}

function toProposal(row: Selectable<ProposalTable>): Proposal {
  return {
    id: row.id,
    agencyId: row.agency_id,
    year: row.year,
    kind: row.kind as Proposal['kind'],
    number: row.number,
    title: row.title,
    receivedOn: row.received_on,
    repliedOn: row.replied_on,
    replyItemId: row.reply_item_id,
    notPublishedReason: row.not_published_reason,
  };
}

export async function insertProposal(db: Db, p: Proposal, at: string, by: string): Promise<void> {
  await db
    .insertInto('proposals')
    .values({
      id: p.id,
      agency_id: p.agencyId,
      year: p.year,
      kind: p.kind,
      number: p.number,
      title: p.title,
      received_on: p.receivedOn,
      replied_on: p.repliedOn,
      reply_item_id: p.replyItemId,
      not_published_reason: p.notPublishedReason,
      created_at: at,
      created_by: by,
    })
    .execute();
}

export async function proposalsOf(db: Db, agencyId: string, year: number): Promise<Proposal[]> {
  const rows = await db
    .selectFrom('proposals')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .orderBy('kind')
    .orderBy('number')
    .execute();
  return rows.map(toProposal);
}
