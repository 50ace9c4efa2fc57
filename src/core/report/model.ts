// The annual report as one typed value (docs/architecture.md, idea 3): readers produce it, writers consume it, the
// builder computes it from the database and the checker judges it. A blank cell is null, distinct from 0.
import type { ApplicationRowKey } from '../taxonomy/applications-table.ts';
import type { ProactiveRowKey } from '../taxonomy/proactive-table.ts';
import type { ReviewGroup } from '../taxonomy/review-table.ts';
import type { SectionKey } from '../taxonomy/sections.ts';

export type Cell = number | null;

/** '2021': 国办公开办函〔2021〕30号 format; '2019': the trial format of 国办公开办函〔2019〕60号 (docs/statute.md §2.6). */
export const REPORT_FORMATS = ['2021', '2019'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Table 二: regulation/normativeDocument → [issued, repealed, inForce]; the others → one value. */
export type ProactiveTable = Record<ProactiveRowKey, Cell[]>;
/** Table 三: each row → 7 values in APPLICANT_COLUMNS order (自然人 … 其他, 总计). */
export type ApplicationsTable = Record<ApplicationRowKey, Cell[]>;
/** Table 四: each group → [upheld, corrected, otherResult, pending, total]. */
export type ReviewLitigationTable = Record<ReviewGroup, Cell[]>;

export interface ReportTables {
  proactive: ProactiveTable | null;
  applications: ApplicationsTable | null;
  reviewLitigation: ReviewLitigationTable | null;
}

export interface ReportSection {
  key: SectionKey;
  /** The heading exactly as written in the document (e.g. "五、存在的主要问题和改进计划"). */
  heading: string;
  /** The section's prose, paragraphs separated by "\n"; table cells are not part of it. */
  text: string;
}

export interface AnnualReport {
  agency: string | null;
  year: number | null;
  format: ReportFormat;
  /** ISO date (YYYY-MM-DD) the report was published, when known. */
  publishedOn: string | null;
  /** The document title when it has one (the seed has none: agency and year come from its preface). */
  title: string | null;
  /** Text before section 一 (statistics period, contacts). */
  preface: string;
  /** Sections in document order. A missing section is absent. */
  sections: ReportSection[];
  tables: ReportTables;
  /** What was lost mapping an older format into this model (2019 format, docs/statute.md §2.6), in Chinese. */
  mappingLosses: string[];
}
