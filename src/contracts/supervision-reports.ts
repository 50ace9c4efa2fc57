// A supervising office's annual-report pages (issue 11): the roster of who published and how, the import of reports
// of agencies not on the platform, and the roll-up of tables 三 and 四 over the agencies under the office.
import { z } from 'zod';
import { AGENCY_LEVELS } from '../core/agencies.ts';
import { SUBMISSION_STATUSES } from '../core/report/deadline.ts';
import { reportYear } from './reports.ts';

export const supervisionReportsQuery = z.strictObject({
  /** The supervising office; default the actor's agency. */
  agencyId: z.string().min(1).max(64).optional(),
  year: z.coerce.number().pipe(reportYear),
});
export type SupervisionReportsQuery = z.input<typeof supervisionReportsQuery>;

export const copyHitSchema = z.object({
  section: z.string().describe('雷同段落所在部分'),
  paragraph: z.number().int().describe('该部分第几段'),
  sourceAgency: z.string(),
  sourceYear: z.number().int(),
  sourceVersion: z.number().int().nullable().describe('来源报告的版本；导入件为 null'),
  sourceSection: z.string(),
  sourceParagraph: z.number().int(),
  similarity: z.number().describe('字符片段 Jaccard 相似度（0–1）'),
  quote: z.string().describe('来源段落原文'),
});
export type CopyHitView = z.infer<typeof copyHitSchema>;

export const rosterRowSchema = z.object({
  kind: z.enum(['platform', 'imported']),
  agencyId: z.string().nullable(),
  name: z.string(),
  level: z.enum(AGENCY_LEVELS).nullable().describe('导入件按名称推断；推断不出为 null'),
  deadline: z.string().nullable().describe('《条例》第四十九条的发布期限'),
  status: z.enum(SUBMISSION_STATUSES).nullable().describe('导入件未写明发布日期时为 null'),
  statusLabel: z.string(),
  publishedOn: z.string().nullable().describe('首次发布日期'),
  versions: z.number().int().describe('版本数（1 + 更正次数）；未发布为 0'),
  errors: z.number().int(),
  warnings: z.number().int(),
  rules: z.array(z.object({ rule: z.string(), count: z.number().int() })).describe('错误和警告按规则计数'),
  copies: z.array(copyHitSchema),
  link: z.string().nullable().describe('报告页面：门户 /{代码}/reports/{年度}，无代码时为控制台'),
});
export type RosterRow = z.infer<typeof rosterRowSchema>;

export const rosterSchema = z.object({
  office: z.object({ id: z.string(), name: z.string() }),
  year: z.number().int(),
  today: z.string(),
  rows: z.array(rosterRowSchema),
});
export type Roster = z.infer<typeof rosterSchema>;

export const rollupRowSchema = z.object({
  name: z.string(),
  kind: z.enum(['platform', 'imported']),
  /** Table 三's 总计 column, per row key. */
  applications: z.record(z.string(), z.number().nullable()),
  /** Table 四, per group: [upheld, corrected, otherResult, pending, total]. */
  reviewLitigation: z.record(z.string(), z.array(z.number().nullable())),
});
export type RollupRow = z.infer<typeof rollupRowSchema>;

export const rollupSchema = z.object({
  office: z.object({ id: z.string(), name: z.string() }),
  year: z.number().int(),
  rows: z.array(rollupRowSchema),
  total: rollupRowSchema,
  missing: z.array(z.string()).describe('未发布或表格缺失、未计入汇总的机关'),
});
export type Rollup = z.infer<typeof rollupSchema>;

export const importResultSchema = z.object({
  accepted: z.array(
    z.object({
      sourceName: z.string(),
      agencyName: z.string(),
      year: z.number().int(),
      replaced: z.boolean(),
    }),
  ),
  refused: z.array(z.object({ sourceName: z.string(), code: z.string(), reason: z.string() })),
});
export type ImportResult = z.infer<typeof importResultSchema>;
