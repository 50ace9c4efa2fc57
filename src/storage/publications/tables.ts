// Kysely table types of the catalogue (主动公开). Owned by the publications work; merged into Database.
// Same conventions as the platform tables: text ids, 'YYYY-MM-DD' dates, ISO instants, 0/1 booleans, JSON text.
// The full-text index (publication_search) differs by engine — an FTS5 table on SQLite, a tsvector table with a
// GIN index on PostgreSQL — and is reached through raw SQL in search.ts only, so it has no type here.

export interface PublicationTable {
  id: string;
  agency_id: string;
  /** Integer key of the item in publication_search (FTS5 needs an integer rowid); unique per database. */
  search_key: number;
  /** 索引号: given at publication, never changed afterwards. */
  index_number: string | null;
  title: string;
  document_number: string | null;
  written_on: string | null;
  formed_on: string | null;
  deadline_due_on: string | null;
  deadline_basis: string | null;
  publishing_body: string;
  topic: string | null;
  genre: string;
  category: string;
  art20_item: number | null;
  summary: string | null;
  /** Sanitised HTML. */
  body: string;
  /** JSON array of 主题词. */
  keywords: string;
  interprets_id: string | null;
  validity_status: string | null;
  effective_on: string | null;
  amended_on: string | null;
  repealed_on: string | null;
  successor_id: string | null;
  status: string;
  step_index: number | null;
  review_round: number;
  referred_to: string | null;
  /** JSON array of the screening findings of the last submission: they travel with the item to each reviewer. */
  screening_findings: string;
  screened_at: string | null;
  published_on: string | null;
  demo: number;
  created_at: string;
  updated_at: string;
}

/** Where and when an item went out (发布渠道). */
export interface PublicationChannelTable {
  publication_id: string;
  channel: string;
  /** The account or site, e.g. 微信公众号“临沂市人民防空办公室”. */
  account: string | null;
  released_on: string;
  url: string | null;
  recorded_at: string;
}

/** The review history of an item; each row is also in the audit log. */
export interface PublicationReviewTable {
  publication_id: string;
  seq: number;
  action: string;
  step: string | null;
  step_label: string | null;
  role: string;
  actor_user_id: string | null;
  actor: string;
  round: number;
  comment: string | null;
  referred_to: string | null;
  from_status: string;
  to_status: string;
  at: string;
}

export interface PublicationAttachmentTable {
  id: string;
  publication_id: string;
  file_name: string;
  type: string;
  mime: string;
  size: number;
  /** SHA-256 (hex) of the content. */
  sha256: string;
  content: Uint8Array;
  created_at: string;
}

/** Counter of 索引号 serial numbers per agency and year. */
export interface PublicationSerialTable {
  agency_id: string;
  year: number;
  last_serial: number;
}

/** Table 二 figures that come from other systems (第二十条第(五)(六)(八)项), with their source. */
export interface PublicationFigureTable {
  agency_id: string;
  year: number;
  row: string;
  value: number;
  source: string;
  entered_by: string;
  entered_at: string;
}

/** Per-agency settings of the catalogue (index pattern, review steps, guide details) as JSON text. */
export interface PublicationSettingsTable {
  agency_id: string;
  settings: string;
  updated_at: string;
}

export interface PublicationTables {
  publications: PublicationTable;
  publication_channels: PublicationChannelTable;
  publication_reviews: PublicationReviewTable;
  publication_attachments: PublicationAttachmentTable;
  publication_serials: PublicationSerialTable;
  publication_figures: PublicationFigureTable;
  publication_settings: PublicationSettingsTable;
}
