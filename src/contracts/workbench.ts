// 工作台 and 监督 (GET /api/v1/workbench, /api/v1/supervision…): what needs a person now — requests due soon, overdue
// or waiting for the decision, catalogue items waiting for review, the annual report's state and deadline — and a
// supervising office's view of each agency under it. Every list is bounded: the first items and the total.
import { z } from 'zod';
import { SUBMISSION_STATUSES } from '../core/report/deadline.ts';
import { REQUEST_STATES } from '../core/requests/state.ts';
import { PUBLICATION_STATUS_LABELS, type PublicationStatus } from '../core/publications/review-workflow.ts';
import { pageOf, pageQuery } from './common.ts';

/** How many items each list of 工作台 shows; the total says how many there are. */
export const WORKBENCH_LIST_LIMIT = 10;
/** "即将到期": due within this many working days of today (the official calendar, not Monday–Friday). */
export const DUE_SOON_WORKING_DAYS = 5;

export const caseItemSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  registrationNumber: z.string(),
  applicantName: z.string(),
  state: z.enum(REQUEST_STATES),
  stateLabel: z.string(),
  receivedOn: z.string(),
  dueOn: z.string().nullable(),
  workingDaysLeft: z.number().int().nullable().describe('距答复期限的工作日数（0 为今天到期），已超期为负'),
});
export type CaseItem = z.infer<typeof caseItemSchema>;

export const caseListSchema = z.object({ total: z.number().int(), items: z.array(caseItemSchema) });
export type CaseList = z.infer<typeof caseListSchema>;

const PUBLICATION_STATUSES = Object.keys(PUBLICATION_STATUS_LABELS) as [
  PublicationStatus,
  ...PublicationStatus[],
];

export const catalogueItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(PUBLICATION_STATUSES),
  statusLabel: z.string(),
  /** The review step now due (审核中), as the agency's workflow names it. */
  stepLabel: z.string().nullable(),
  findings: z.number().int().describe('发布前检查发现的问题数'),
  updatedAt: z.string(),
});
export type CatalogueItem = z.infer<typeof catalogueItemSchema>;

export const catalogueListSchema = z.object({ total: z.number().int(), items: z.array(catalogueItemSchema) });

export const reportStatusSchema = z.object({
  year: z.number().int(),
  /** The last day the report may be published (《条例》第四十九条). */
  deadline: z.string(),
  daysLeft: z.number().int().describe('距公布期限的天数（自然日），已过为负'),
  publishedOn: z.string().nullable().describe('首次发布日期；未发布为 null'),
  submission: z.enum(SUBMISSION_STATUSES).describe('按时发布、逾期发布、已逾期未发布或尚未到期'),
  errors: z.number().int().describe('检查器发现的错误数（含勾稽关系）'),
  warnings: z.number().int(),
  /** Table 三 and 四's balance rules (T3-*, T4-*) find no error. */
  balanced: z.boolean(),
});
export type ReportStatus = z.infer<typeof reportStatusSchema>;

export const workbenchSchema = z.object({
  today: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }),
  withinWorkingDays: z.number().int(),
  /** The last day counted as 即将到期 (today + N working days). */
  dueSoonUntil: z.string(),
  /** Null when the role does not read requests. */
  requests: z
    .object({
      dueSoon: caseListSchema,
      overdue: caseListSchema,
      /** 待签发: requests whose next step is the decision; only for those who may sign it. */
      toDecide: caseListSchema.nullable(),
    })
    .nullable(),
  catalogue: z
    .object({
      draftsWithFindings: catalogueListSchema,
      /** Items at a review step the person's role may take. */
      awaitingMyReview: catalogueListSchema,
    })
    .nullable(),
  report: reportStatusSchema.nullable(),
  /** The public's open questions (政民互动) past their answer day and due soon; null when the role does not read them. */
  questions: z
    .object({
      overdue: z.number().int(),
      dueSoon: z.number().int(),
      /** The working days counted as 即将到期 for questions. */
      withinWorkingDays: z.number().int(),
    })
    .nullable(),
});
export type Workbench = z.infer<typeof workbenchSchema>;

export const agencyOverviewSchema = z.object({
  id: z.string(),
  name: z.string(),
  open: z.number().int().describe('未办结的申请'),
  dueSoon: z.number().int(),
  overdue: z.number().int(),
  catalogueBacklog: z.number().int().describe('审核中、报请确定中和已签发待发布的公开信息'),
  report: reportStatusSchema,
});
export type AgencyOverview = z.infer<typeof agencyOverviewSchema>;

export const supervisionSchema = z.object({
  today: z.string(),
  withinWorkingDays: z.number().int(),
  agencies: z.array(agencyOverviewSchema),
});
export type Supervision = z.infer<typeof supervisionSchema>;

export const overdueQuery = z.strictObject({ ...pageQuery });
export type OverdueQuery = z.output<typeof overdueQuery>;
export const overduePage = pageOf(caseItemSchema);
export type OverduePage = z.infer<typeof overduePage>;
