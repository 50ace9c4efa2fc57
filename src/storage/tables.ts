// Kysely table types of the platform (agencies, accounts, audit trail, requests, review cases). Column names are
// snake_case in both engines; repositories map rows to the domain's camelCase types. Portable storage choices:
// ids are text (UUIDs made by the application), dates are text 'YYYY-MM-DD', instants are text ISO 8601 UTC,
// booleans are integers 0/1 (better-sqlite3 cannot bind JS booleans), structured payloads are JSON text.
import type { PublicationTables } from './publications/tables.ts';
import { PARTICIPATION_SCHEMA, type ParticipationTables } from './participation/tables.ts';

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
  /** 0/1: the password was set by an administrator; the user must choose their own before anything else. */
  must_change_password: number;
  /** When the current password was set (the optional expiry counts from it). */
  password_changed_at: string | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  /** SHA-256 (hex) of the bearer secret: a stolen database yields no usable session. */
  token_hash: string;
  created_at: string;
  expires_at: string;
  /** The last request made with it (the idle timeout counts from it); written at most once a minute. */
  last_seen_at: string | null;
}

/** Hashes of a user's earlier passwords, so that the last few cannot be set again. */
export interface PasswordHistoryTable {
  user_id: string;
  sequence: number;
  password_hash: string;
  replaced_at: string;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
  /** Null only for rows older than migration 181 that it has not reached (none after it ran). */
  expires_at: string | null;
  /** JSON array of the areas it may write (core/accounts/token-scopes.ts); [] reads only. */
  write_areas: string | null;
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
  /** HMAC-SM3 (hex) of seq and hash under the installation's audit key (kept outside the database); null on rows
   * written before migration 190 until `gongkai audit anchor`. */
  mac: string | null;
}

/** One row (id = 1): the chain's last seq and hash; updating it serialises appends on both engines. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
  /** HMAC-SM3 of the head's seq and hash: a cut-off tail cannot be re-headed without the key. */
  mac: string | null;
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
  /** Where the applicant asked to be told of corrections and the reply (optional). */
  applicant_email: string | null;
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
  /** SHA-256 (hex) of the applicant's key (core/requests/applicant-key.ts); null for requests before migration 201. */
  applicant_key: string | null;
  /** JSON list of the 第三十五条 flags computed at intake (core/requests/art35.ts); '[]' when none. */
  art35_flags: string;
  created_at: string;
  updated_at: string;
}

/** A file the applicant attached to an online request (migration 160): checked by its bytes, kept with them. */
export interface RequestAttachmentTable {
  id: string;
  request_id: string;
  /** 1, 2, 3 … in the order the files were sent. */
  seq: number;
  /** The name the applicant's file had (checked: no path, control or bidi characters). */
  file_name: string;
  /** core/publications/attachments.ts AttachmentType, detected from the bytes. */
  type: string;
  mime: string;
  size: number;
  /** SHA-256 (hex) of the bytes. */
  sha256: string;
  content: Uint8Array;
  created_at: string;
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

/** A write done under an Idempotency-Key: who (scope), the key, what was asked (fingerprint) and the answer. */
export interface IdempotencyKeyTable {
  scope: string;
  key: string;
  fingerprint: string;
  response: string;
  created_at: string;
}

/**
 * One rate-limit window of one limited route and client (migration 202): shared by every server process.
 * `window_ends_at` is milliseconds since the epoch (bigint: PostgreSQL's driver returns it as a string).
 */
export interface RateLimitWindowTable {
  scope: string;
  client_key: string;
  window_ends_at: number;
  hits: number;
}

/** Documents of a request (migration 210): numbered once per agency and year, with the delivery record. */
export interface RequestDocumentTable {
  id: string;
  request_id: string;
  agency_id: string;
  /** core/documents/kinds.ts DocumentKind. */
  kind: string;
  /** The timeline event the paper comes from. */
  source_seq: number;
  year: number;
  serial: number;
  /** The 文号 as printed. */
  number: string;
  issued_on: string;
  /** JSON: the paper's own inputs (the fee notice's quantities). */
  details: string;
  /** contracts/documents.ts DeliveryMethod, once recorded. */
  delivery_method: string | null;
  /** Tracking number (post), address (e-mail), the person who signed (in person). */
  delivery_reference: string | null;
  sent_on: string | null;
  received_on: string | null;
  delivery_recorded_by: string | null;
  created_by: string;
  created_at: string;
}

export interface DocumentSerialTable {
  agency_id: string;
  year: number;
  last_serial: number;
}

/** An agency's editable parts of its papers and its archive retention (migration 210). */
export interface AgencyDocumentSettingsTable {
  agency_id: string;
  letterhead: string | null;
  contact: string | null;
  number_pattern: string;
  /** JSON { [kind]: free paragraph }. */
  free_texts: string;
  retention_years: number;
  updated_by: string;
  updated_at: string;
}

/** The archive package of a closed request (migration 210): a zip with its SM3 manifest. */
export interface RequestArchiveTable {
  request_id: string;
  agency_id: string;
  archived_on: string;
  retain_until: string;
  package: Uint8Array;
  size: number;
  sm3: string;
  created_by: string;
  created_at: string;
}

/** An agency's sensitive-term lexicon (migration 150): JSON [{term, category}]. */
export interface ScreeningLexiconTable {
  agency_id: string;
  entries: string;
  updated_by: string;
  updated_at: string;
}

/** An e-mail owed to an applicant (migration 161): the outbox the sender drains (services/notifications). */
export interface NotificationOutboxTable {
  id: string;
  request_id: string;
  agency_id: string;
  /** The seq of the timeline event that caused it (unique per request). */
  event_seq: number;
  /** 'correctionRequested' | 'replied' */
  kind: string;
  recipient: string;
  /** The event's date (YYYY-MM-DD), named in the message. */
  event_on: string;
  /** 'pending' | 'sent' | 'failed' (gave up after the last attempt) */
  state: string;
  attempts: number;
  next_attempt_at: string;
  /** A sender's lease: while it runs, no other sender takes the row. */
  claimed_until: string | null;
  claimed_by: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

/** A published annual report (migration 162): the report value frozen as JSON, one row per version. */
export interface AnnualReportPublicationTable {
  id: string;
  agency_id: string;
  year: number;
  /** 1 for the first publication; each correction adds one. */
  version: number;
  /** The AnnualReport value the writers take, as JSON. */
  report: string;
  /** The publication date shown to readers (YYYY-MM-DD, China). */
  published_on: string;
  published_at: string;
  /** Who published it: the person's display name (the audit trail keeps the username). */
  published_by: string;
  published_by_user_id: string | null;
  /** 更正说明: what a later version corrects; null for version 1. */
  correction_note: string | null;
}

/** Staff's prose of an annual report (migration 170): one row per agency, year and section (SectionKey). */
export interface AnnualReportNarrativeTable {
  agency_id: string;
  year: number;
  section: string;
  /** The text as staff left it; section 一 may hold figure placeholders the builder fills in. */
  text: string;
  updated_at: string;
  /** Display name of whoever saved it last (the audit trail keeps every change). */
  updated_by: string;
  updated_by_user_id: string | null;
}

/** A report of an agency not on the platform, imported by a supervising office (migration 172). */
export interface ImportedAnnualReportTable {
  id: string;
  supervisor_agency_id: string;
  /** The agency's name as read from the document. */
  agency_name: string;
  year: number;
  /** The uploaded file's name. */
  source_name: string;
  /** pdf, docx, html, txt or md. */
  format: string;
  /** The AnnualReport value read, as JSON. */
  report: string;
  /** Reader and checker findings, as JSON. */
  findings: string;
  imported_at: string;
  imported_by: string;
  imported_by_user_id: string | null;
}

/** The checker's findings on a frozen publication, computed once (migration 172). */
export interface AnnualReportFindingsTable {
  publication_id: string;
  findings: string;
}

/** The annual report's review (migration 171): one row per agency, year and cycle (cycle N publishes version N). */
export interface AnnualReportReviewTable {
  id: string;
  agency_id: string;
  year: number;
  cycle: number;
  /** draft (returned), inReview, awaitingSignOff, published. */
  state: string;
  /** The AnnualReport value frozen at the last submission, as JSON. */
  report: string;
  /** The checker's findings on that report, as JSON. */
  findings: string;
  /** 更正说明 of a cycle after the first publication. */
  correction_note: string | null;
  /** Why the submitter sent it on despite an N-1 contradiction. */
  override_reason: string | null;
  submitted_at: string;
  /** Display names here; the audit trail keeps the usernames. */
  submitted_by: string;
  submitted_by_user_id: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  reviewed_by_user_id: string | null;
  /** The reviewer's comment (required when returning). */
  review_comment: string | null;
  signed_at: string | null;
  signed_by: string | null;
  signed_by_user_id: string | null;
  /** Why the leader signed despite an N-1 contradiction. */
  sign_off_override_reason: string | null;
  publication_id: string | null;
  catalogue_item_id: string | null;
}

/** One step of a review cycle (migration 171). */
export interface AnnualReportReviewStepTable {
  review_id: string;
  seq: number;
  /** submitted, returned, approved, signedOff. */
  action: string;
  at: string;
  actor: string;
  actor_user_id: string | null;
  comment: string | null;
}

export interface PlatformTables {
  agencies: AgencyTable;
  users: UserTable;
  sessions: SessionTable;
  password_history: PasswordHistoryTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  request_serials: RequestSerialTable;
  requests: RequestTable;
  request_events: RequestEventTable;
  request_attachments: RequestAttachmentTable;
  request_statistics: RequestStatisticsTable;
  review_cases: ReviewCaseTable;
  calendar_years: CalendarYearTable;
  calendar_head: CalendarHeadTable;
  idempotency_keys: IdempotencyKeyTable;
  rate_limit_windows: RateLimitWindowTable;
  request_documents: RequestDocumentTable;
  document_serials: DocumentSerialTable;
  agency_document_settings: AgencyDocumentSettingsTable;
  request_archives: RequestArchiveTable;
  screening_lexicons: ScreeningLexiconTable;
  notification_outbox: NotificationOutboxTable;
  annual_report_publications: AnnualReportPublicationTable;
  annual_report_narratives: AnnualReportNarrativeTable;
  imported_annual_reports: ImportedAnnualReportTable;
  annual_report_findings: AnnualReportFindingsTable;
  annual_report_reviews: AnnualReportReviewTable;
  annual_report_review_steps: AnnualReportReviewStepTable;
}

export interface Database extends PlatformTables, PublicationTables, ParticipationTables {}

// The same tables as data, for the schema drift check (test/db/schema-drift.test.ts): TypeScript erases the
// interfaces above, so the test compares the migrated database with this description instead, and the compiler
// keeps the description equal to the interfaces — `satisfies SchemaOf<Database>` fails on a table or column missing
// from it or not in a type, and on a storage family or nullability that disagrees with the column's type.
// A column is written as its storage family — 'text', 'integer', 'real' or 'blob' (kinds both engines share) —
// followed by '?' when it may be null.

type StorageFamily = 'text' | 'integer' | 'real' | 'blob';
type Spec<Family extends StorageFamily, Value> = null extends Value ? `${Family}?` : Family;

/** What the description of a column of TypeScript type `Value` may say. */
export type ColumnSpec<Value> = [Value] extends [Uint8Array | null]
  ? Spec<'blob', Value>
  : [Value] extends [string | null]
    ? Spec<'text', Value>
    : [Value] extends [number | null]
      ? Spec<'integer' | 'real', Value>
      : never;

/** A description with exactly the tables of `Tables`, each with exactly its columns. */
export type SchemaOf<Tables> = {
  [Table in keyof Tables]: { [Column in keyof Tables[Table]]-?: ColumnSpec<Tables[Table][Column]> };
};

export type SchemaDescription = Record<string, Record<string, `${StorageFamily}${'' | '?'}`>>;

export const SCHEMA = {
  agencies: {
    id: 'text',
    parent_id: 'text?',
    name: 'text',
    code: 'text?',
    address: 'text?',
    phone: 'text?',
    postcode: 'text?',
    level: 'text',
    can_make_regulations: 'integer',
    registration_prefix: 'text',
    created_at: 'text',
  },
  users: {
    id: 'text',
    agency_id: 'text',
    username: 'text',
    display_name: 'text',
    role: 'text',
    password_hash: 'text',
    failed_attempts: 'integer',
    locked_until: 'text?',
    disabled: 'integer',
    created_at: 'text',
    must_change_password: 'integer',
    password_changed_at: 'text?',
  },
  sessions: {
    id: 'text',
    user_id: 'text',
    token_hash: 'text',
    created_at: 'text',
    expires_at: 'text',
    last_seen_at: 'text?',
  },
  password_history: { user_id: 'text', sequence: 'integer', password_hash: 'text', replaced_at: 'text' },
  api_tokens: {
    id: 'text',
    user_id: 'text',
    name: 'text',
    token_hash: 'text',
    created_at: 'text',
    revoked_at: 'text?',
    expires_at: 'text?',
    write_areas: 'text?',
  },
  audit_log: {
    seq: 'integer',
    at: 'text',
    actor_user_id: 'text?',
    actor: 'text',
    agency_id: 'text?',
    action: 'text',
    subject_type: 'text',
    subject_id: 'text',
    details: 'text',
    prev_hash: 'text',
    hash: 'text',
    mac: 'text?',
  },
  audit_head: { id: 'integer', seq: 'integer', hash: 'text', mac: 'text?' },
  request_serials: { agency_id: 'text', year: 'integer', last_serial: 'integer' },
  requests: {
    id: 'text',
    agency_id: 'text',
    registration_number: 'text',
    registration_year: 'integer',
    serial: 'integer',
    tracking_number: 'text',
    query_code_hash: 'text',
    applicant_kind: 'text',
    applicant_name: 'text',
    applicant_id_document: 'text?',
    applicant_contact: 'text',
    applicant_email: 'text?',
    information_sought: 'text',
    form_wanted: 'text',
    channel: 'text',
    received_on: 'text',
    state: 'text',
    due_on: 'text?',
    outcome: 'text?',
    decided_on: 'text?',
    closed_on: 'text?',
    event_count: 'integer',
    demo: 'integer',
    created_at: 'text',
    updated_at: 'text',
    applicant_key: 'text?',
    art35_flags: 'text',
  },
  request_events: {
    request_id: 'text',
    seq: 'integer',
    type: 'text',
    occurred_on: 'text',
    payload: 'text',
    recorded_at: 'text',
    recorded_by: 'text',
  },
  request_attachments: {
    id: 'text',
    request_id: 'text',
    seq: 'integer',
    file_name: 'text',
    type: 'text',
    mime: 'text',
    size: 'integer',
    sha256: 'text',
    content: 'blob',
    created_at: 'text',
  },
  request_statistics: {
    agency_id: 'text',
    received_year: 'integer',
    closed_year: 'integer',
    applicant_kind: 'text',
    outcome: 'text',
    count: 'integer',
  },
  review_cases: {
    id: 'text',
    agency_id: 'text',
    request_id: 'text?',
    kind: 'text',
    case_number: 'text?',
    filed_on: 'text',
    result: 'text',
    closed_on: 'text?',
    notes: 'text',
    created_at: 'text',
    updated_at: 'text',
  },
  // The catalogue's tables (types in publications/tables.ts); publication_search has no type (see there).
  publications: {
    id: 'text',
    agency_id: 'text',
    search_key: 'integer',
    index_number: 'text?',
    title: 'text',
    document_number: 'text?',
    written_on: 'text?',
    formed_on: 'text?',
    deadline_due_on: 'text?',
    deadline_basis: 'text?',
    publishing_body: 'text',
    topic: 'text?',
    genre: 'text',
    category: 'text',
    art20_item: 'integer?',
    summary: 'text?',
    body: 'text',
    keywords: 'text',
    interprets_id: 'text?',
    validity_status: 'text?',
    effective_on: 'text?',
    amended_on: 'text?',
    repealed_on: 'text?',
    successor_id: 'text?',
    status: 'text',
    step_index: 'integer?',
    review_round: 'integer',
    referred_to: 'text?',
    screening_findings: 'text',
    screened_at: 'text?',
    published_on: 'text?',
    demo: 'integer',
    created_at: 'text',
    updated_at: 'text',
  },
  publication_channels: {
    publication_id: 'text',
    channel: 'text',
    account: 'text?',
    released_on: 'text',
    url: 'text?',
    recorded_at: 'text',
  },
  publication_reviews: {
    publication_id: 'text',
    seq: 'integer',
    action: 'text',
    step: 'text?',
    step_label: 'text?',
    role: 'text',
    actor_user_id: 'text?',
    actor: 'text',
    round: 'integer',
    comment: 'text?',
    referred_to: 'text?',
    from_status: 'text',
    to_status: 'text',
    at: 'text',
  },
  publication_attachments: {
    id: 'text',
    publication_id: 'text',
    file_name: 'text',
    type: 'text',
    mime: 'text',
    size: 'integer',
    sha256: 'text',
    content: 'blob',
    created_at: 'text',
  },
  publication_serials: { agency_id: 'text', year: 'integer', last_serial: 'integer' },
  publication_figures: {
    agency_id: 'text',
    year: 'integer',
    row: 'text',
    value: 'real',
    source: 'text',
    entered_by: 'text',
    entered_at: 'text',
  },
  publication_settings: { agency_id: 'text', settings: 'text', updated_at: 'text' },
  calendar_years: {
    year: 'integer',
    schedule: 'text',
    source: 'text',
    imported_by: 'text',
    imported_at: 'text',
  },
  calendar_head: { id: 'integer', revision: 'integer' },
  idempotency_keys: { scope: 'text', key: 'text', fingerprint: 'text', response: 'text', created_at: 'text' },
  rate_limit_windows: { scope: 'text', client_key: 'text', window_ends_at: 'integer', hits: 'integer' },
  request_documents: {
    id: 'text',
    request_id: 'text',
    agency_id: 'text',
    kind: 'text',
    source_seq: 'integer',
    year: 'integer',
    serial: 'integer',
    number: 'text',
    issued_on: 'text',
    details: 'text',
    delivery_method: 'text?',
    delivery_reference: 'text?',
    sent_on: 'text?',
    received_on: 'text?',
    delivery_recorded_by: 'text?',
    created_by: 'text',
    created_at: 'text',
  },
  document_serials: { agency_id: 'text', year: 'integer', last_serial: 'integer' },
  agency_document_settings: {
    agency_id: 'text',
    letterhead: 'text?',
    contact: 'text?',
    number_pattern: 'text',
    free_texts: 'text',
    retention_years: 'integer',
    updated_by: 'text',
    updated_at: 'text',
  },
  request_archives: {
    request_id: 'text',
    agency_id: 'text',
    archived_on: 'text',
    retain_until: 'text',
    package: 'blob',
    size: 'integer',
    sm3: 'text',
    created_by: 'text',
    created_at: 'text',
  },
  screening_lexicons: { agency_id: 'text', entries: 'text', updated_by: 'text', updated_at: 'text' },
  notification_outbox: {
    id: 'text',
    request_id: 'text',
    agency_id: 'text',
    event_seq: 'integer',
    kind: 'text',
    recipient: 'text',
    event_on: 'text',
    state: 'text',
    attempts: 'integer',
    next_attempt_at: 'text',
    claimed_until: 'text?',
    claimed_by: 'text?',
    last_error: 'text?',
    sent_at: 'text?',
    created_at: 'text',
  },
  annual_report_publications: {
    id: 'text',
    agency_id: 'text',
    year: 'integer',
    version: 'integer',
    report: 'text',
    published_on: 'text',
    published_at: 'text',
    published_by: 'text',
    published_by_user_id: 'text?',
    correction_note: 'text?',
  },
  annual_report_narratives: {
    agency_id: 'text',
    year: 'integer',
    section: 'text',
    text: 'text',
    updated_at: 'text',
    updated_by: 'text',
    updated_by_user_id: 'text?',
  },
  imported_annual_reports: {
    id: 'text',
    supervisor_agency_id: 'text',
    agency_name: 'text',
    year: 'integer',
    source_name: 'text',
    format: 'text',
    report: 'text',
    findings: 'text',
    imported_at: 'text',
    imported_by: 'text',
    imported_by_user_id: 'text?',
  },
  annual_report_findings: {
    publication_id: 'text',
    findings: 'text',
  },
  annual_report_reviews: {
    id: 'text',
    agency_id: 'text',
    year: 'integer',
    cycle: 'integer',
    state: 'text',
    report: 'text',
    findings: 'text',
    correction_note: 'text?',
    override_reason: 'text?',
    submitted_at: 'text',
    submitted_by: 'text',
    submitted_by_user_id: 'text?',
    reviewed_at: 'text?',
    reviewed_by: 'text?',
    reviewed_by_user_id: 'text?',
    review_comment: 'text?',
    signed_at: 'text?',
    signed_by: 'text?',
    signed_by_user_id: 'text?',
    sign_off_override_reason: 'text?',
    publication_id: 'text?',
    catalogue_item_id: 'text?',
  },
  annual_report_review_steps: {
    review_id: 'text',
    seq: 'integer',
    action: 'text',
    at: 'text',
    actor: 'text',
    actor_user_id: 'text?',
    comment: 'text?',
  },
  ...PARTICIPATION_SCHEMA,
} satisfies SchemaOf<Database> & SchemaDescription;
