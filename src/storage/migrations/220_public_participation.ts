// Public participation and the duties around disclosure (issue 14): consultations on drafts with the public's
// comments and the agency's feedback; questions asked on the portal and their answers; the supervising office's
// 政务公开工作要点 tasks with each agency's progress; the register of 人大建议、政协提案. Frozen once released;
// portable (schema builder only).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('consultations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('publications.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('major_decision', 'integer', (c) => c.notNull())
    .addColumn('shortened_reason', 'text')
    .addColumn('feedback', 'text')
    .addColumn('feedback_on', 'text')
    .addColumn('final_item_id', 'text', (c) => c.references('publications.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultations_agency')
    .on('consultations')
    .columns(['agency_id', 'closes_on'])
    .execute();
  await db.schema.createIndex('consultations_item').on('consultations').column('item_id').execute();
  await db.schema
    .createIndex('consultations_final_item')
    .on('consultations')
    .column('final_item_id')
    .execute();

  await db.schema
    .createTable('consultation_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('moderated_at', 'text')
    .addColumn('moderated_by', 'text')
    .addColumn('moderation_reason', 'text')
    .execute();
  await db.schema
    .createIndex('consultation_comments_consultation')
    .on('consultation_comments')
    .columns(['consultation_id', 'state'])
    .execute();

  await db.schema
    .createTable('public_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('asker', 'text', (c) => c.notNull())
    .addColumn('contact', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('published', 'integer', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.references('requests.id'))
    .execute();
  await db.schema
    .createIndex('public_questions_agency')
    .on('public_questions')
    .columns(['agency_id', 'state', 'due_on'])
    .execute();
  // The last question number given in each year: taken by one upsert, so two questions asked at once get two numbers.
  await db.schema
    .createTable('question_serials')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last_serial', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('work_plan_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('supervisor_agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('work_plan_tasks_agency_year')
    .on('work_plan_tasks')
    .columns(['agency_id', 'year', 'seq'])
    .execute();
  await db.schema
    .createTable('work_plan_progress')
    .addColumn('task_id', 'text', (c) => c.notNull().references('work_plan_tasks.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_plan_progress_pk', ['task_id', 'seq'])
    .execute();

  await db.schema
    .createTable('proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('replied_on', 'text')
    .addColumn('reply_item_id', 'text', (c) => c.references('publications.id'))
    .addColumn('not_published_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('proposals_agency_year')
    .on('proposals')
    .columns(['agency_id', 'year'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'proposals',
    'work_plan_progress',
    'work_plan_tasks',
    'question_serials',
    'public_questions',
    'consultation_comments',
    'consultations',
  ])
    await db.schema.dropTable(table).execute();
}
