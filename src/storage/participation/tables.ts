// The tables of public participation (migration 220, issue 14). Dates are ISO days (China date); times ISO
// instants; findings and lists JSON text.

export interface ConsultationTable {
  id: string;
  agency_id: string;
  /** The draft put out for comment: a published catalogue item of the agency. */
  item_id: string;
  title: string;
  description: string;
  opens_on: string;
  closes_on: string;
  /** 1 for a 重大行政决策 (《重大行政决策程序暂行条例》第十四条: at least 30 days unless the reason is stated). */
  major_decision: number;
  shortened_reason: string | null;
  /** The 意见采纳情况 as JSON (contracts/participation.ts), once published. */
  feedback: string | null;
  feedback_on: string | null;
  /** The policy finally adopted, linked back to its consultation. */
  final_item_id: string | null;
  created_at: string;
  created_by: string;
}

export interface ConsultationCommentTable {
  id: string;
  consultation_id: string;
  submitted_at: string;
  /** The name the person chose to show, if any. */
  author: string | null;
  body: string;
  findings: string;
  /** pending, approved or rejected. */
  state: string;
  moderated_at: string | null;
  moderated_by: string | null;
  moderation_reason: string | null;
}

export interface PublicQuestionTable {
  id: string;
  agency_id: string;
  /** The number the asker is given, e.g. 问2026-000012. */
  number: string;
  asked_at: string;
  received_on: string;
  due_on: string;
  asker: string;
  contact: string | null;
  title: string;
  body: string;
  findings: string;
  /** open, answered or converted. */
  state: string;
  answer: string | null;
  answered_on: string | null;
  answered_by: string | null;
  /** 1 when the question and its answer are shown on the portal. */
  published: number;
  /** The disclosure request it was turned into. */
  request_id: string | null;
}

export interface WorkPlanTaskTable {
  id: string;
  supervisor_agency_id: string;
  agency_id: string;
  year: number;
  seq: number;
  title: string;
  description: string;
  /** notStarted, inProgress or done: the latest progress entry's. */
  status: string;
  created_at: string;
  created_by: string;
}

export interface WorkPlanProgressTable {
  task_id: string;
  seq: number;
  reported_on: string;
  note: string;
  /** The ids of the catalogue items that show the work, as JSON. */
  evidence: string;
  status: string;
  recorded_at: string;
  recorded_by: string;
}

export interface ProposalTable {
  id: string;
  agency_id: string;
  year: number;
  /** npcSuggestion (人大代表建议) or cppccProposal (政协委员提案). */
  kind: string;
  number: string;
  title: string;
  received_on: string;
  replied_on: string | null;
  reply_item_id: string | null;
  not_published_reason: string | null;
  created_at: string;
  created_by: string;
}

export interface QuestionSerialTable {
  year: number;
  last_serial: number;
}

export interface ParticipationTables {
  consultations: ConsultationTable;
  consultation_comments: ConsultationCommentTable;
  public_questions: PublicQuestionTable;
  question_serials: QuestionSerialTable;
  work_plan_tasks: WorkPlanTaskTable;
  work_plan_progress: WorkPlanProgressTable;
  proposals: ProposalTable;
}

/** Their description for the schema drift check (storage/tables.ts). */
export const PARTICIPATION_SCHEMA = {
  consultations: {
    id: 'text',
    agency_id: 'text',
    item_id: 'text',
    title: 'text',
    description: 'text',
    opens_on: 'text',
    closes_on: 'text',
    major_decision: 'integer',
    shortened_reason: 'text?',
    feedback: 'text?',
    feedback_on: 'text?',
    final_item_id: 'text?',
    created_at: 'text',
    created_by: 'text',
  },
  consultation_comments: {
    id: 'text',
    consultation_id: 'text',
    submitted_at: 'text',
    author: 'text?',
    body: 'text',
    findings: 'text',
    state: 'text',
    moderated_at: 'text?',
    moderated_by: 'text?',
    moderation_reason: 'text?',
  },
  public_questions: {
    id: 'text',
    agency_id: 'text',
    number: 'text',
    asked_at: 'text',
    received_on: 'text',
    due_on: 'text',
    asker: 'text',
    contact: 'text?',
    title: 'text',
    body: 'text',
    findings: 'text',
    state: 'text',
    answer: 'text?',
    answered_on: 'text?',
    answered_by: 'text?',
    published: 'integer',
    request_id: 'text?',
  },
  question_serials: { year: 'integer', last_serial: 'integer' },
  work_plan_tasks: {
    id: 'text',
    supervisor_agency_id: 'text',
    agency_id: 'text',
    year: 'integer',
    seq: 'integer',
    title: 'text',
    description: 'text',
    status: 'text',
    created_at: 'text',
    created_by: 'text',
  },
  work_plan_progress: {
    task_id: 'text',
    seq: 'integer',
    reported_on: 'text',
    note: 'text',
    evidence: 'text',
    status: 'text',
    recorded_at: 'text',
    recorded_by: 'text',
  },
  proposals: {
    id: 'text',
    agency_id: 'text',
    year: 'integer',
    kind: 'text',
    number: 'text',
    title: 'text',
    received_on: 'text',
    replied_on: 'text?',
    reply_item_id: 'text?',
    not_published_reason: 'text?',
    created_at: 'text',
    created_by: 'text',
  },
} as const;
