// Kysely table types of the platform (agencies, accounts, audit trail, requests, review cases). Column names are
// snake_case in both engines; repositories map rows to the domain's camelCase types. Portable storage choices:
// ids are text (UUIDs made by the application), dates are text 'YYYY-MM-DD', instants are text ISO 8601 UTC,
// booleans are integers 0/1 (better-sqlite3 cannot bind JS booleans), structured payloads are JSON text.
import type { PublicationTables } from './publications/tables.ts';

export interface AgencyTable {
  id: string;
  /** The supervising office above this agency (null for a top-level office). */
  parent_id: string | null;
  name: string;
  /** 统一社会信用代码 (18 characters) or 组织机构代码 (9); unique when present. */
  code: string | null;
  address: string | null;
  phone: string | null;
  postcode: string | null;
  /** 'department' (a government department) or 'government' (a people's government). */
  level: string;
  /** 0/1: may the agency make 规章 (《立法法》; rule T2-2). */
  can_make_regulations: number;
  /** Prefix of registration numbers, e.g. "临国动依申请". */
  registration_prefix: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  agency_id: string;
  username: string;
  display_name: string;
  role: string;
  /** scrypt$N$r$p$salt$hash (base64). */
  password_hash: string;
  failed_attempts: number;
  locked_until: string | null;
  /** 0/1 */
  disabled: number;
  created_at: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  /** SHA-256 (hex) of the bearer secret: a stolen database yields no usable session. */
  token_hash: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface AuditLogTable {
  /** Position in the one global chain, 1, 2, 3 … */
  seq: number;
  at: string;
  actor_user_id: string | null;
  /** Who acted, readable even after the user is gone (username, "system", "public"). */
  actor: string;
  agency_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  /** JSON text: what changed. */
  details: string;
  prev_hash: string;
  /** SM3 (hex) over prev_hash and this row's content. */
  hash: string;
}

/** One row (id = 1): the chain's last seq and hash; updating it serialises appends on both engines. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

/** Counter of registration serial numbers per agency and year. */
export interface RequestSerialTable {
  agency_id: string;
  year: number;
  last_serial: number;
}

/** Projection of a request's timeline for queries; the events in request_events are the truth. */
export interface RequestTable {
  id: string;
  agency_id: string;
  registration_number: string;
  registration_year: number;
  serial: number;
  /** Public tracking number, given to the applicant with a query code. */
  tracking_number: string;
  /** SHA-256 (hex) of the query code. */
  query_code_hash: string;
  applicant_kind: string;
  applicant_name: string;
  applicant_id_document: string | null;
  applicant_contact: string;
  information_sought: string;
  form_wanted: string;
  channel: string;
  /** 收到申请之日 (《条例》第三十一条): the day the clock's receipt counts from. */
  received_on: string;
  state: string;
  /** Current reply deadline; null once closed or when it cannot be computed. */
  due_on: string | null;
  outcome: string | null;
  decided_on: string | null;
  /** The day the request stopped being open (decided or withdrawn); null while open. */
  closed_on: string | null;
  /** Number of events; the next event's seq. */
  event_count: number;
  demo: number;
  created_at: string;
  updated_at: string;
}

export interface RequestEventTable {
  request_id: string;
  seq: number;
  type: string;
  /** The event's date (YYYY-MM-DD), the event's `on`. */
  occurred_on: string;
  /** JSON text: the whole event as validated by requestEventSchema. */
  payload: string;
  recorded_at: string;
  recorded_by: string;
}

/** The table-三 rollup (migration 110): requests counted per agency, kind, receipt year, closing year and outcome. */
export interface RequestStatisticsTable {
  agency_id: string;
  received_year: number;
  /** 0 while the request is open. */
  closed_year: number;
  applicant_kind: string;
  /** '' while the request is open. */
  outcome: string;
  count: number;
}

/** 行政复议 / 行政诉讼 cases (table 四). */
export interface ReviewCaseTable {
  id: string;
  agency_id: string;
  request_id: string | null;
  /** 'review' | 'litigationDirect' | 'litigationAfterReview' */
  kind: string;
  case_number: string | null;
  filed_on: string;
  /** 'upheld' | 'corrected' | 'otherResult' | 'pending' */
  result: string;
  closed_on: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

/** An imported calendar year (migration 120): the notice's schedule, replacing the shipped year of that number. */
export interface CalendarYearTable {
  year: number;
  /** JSON text: the YearSchedule as checked by core/calendar/schedule.ts. */
  schedule: string;
  /** The notice title (and document number) or the imported file. */
  source: string;
  imported_by: string;
  imported_at: string;
}

/** One row (id 1): bumped with every import, so a process sees with one read that its calendar is stale. */
export interface CalendarHeadTable {
  id: number;
  revision: number;
}

export interface PlatformTables {
  agencies: AgencyTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  request_serials: RequestSerialTable;
  requests: RequestTable;
  request_events: RequestEventTable;
  request_statistics: RequestStatisticsTable;
  review_cases: ReviewCaseTable;
  calendar_years: CalendarYearTable;
  calendar_head: CalendarHeadTable;
}

export interface Database extends PlatformTables, PublicationTables {}
