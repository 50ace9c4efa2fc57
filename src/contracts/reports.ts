// Annual reports as use cases take and give them: the formats a report is written in, the input of converting a
// document, and the input and answer of building an agency's report from the data (GET /api/v1/reports/annual).
import { z } from 'zod';
import { annualReportSchema } from '../core/report/schema.ts';
import { findingSchema } from './common.ts';

export const REPORT_FORMATS = ['text', 'html', 'md', 'json', 'docx', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const convertReportInput = z.strictObject({
  to: z.enum(REPORT_FORMATS).describe('目标格式'),
});

export const buildReportInput = z.strictObject({
  agencyId: z.string().min(1).max(64),
  year: z.number().int().min(2008).max(2100),
  /** Spec T4-4: the day that decides 尚未审结. */
  reviewStatus: z
    .enum(['reportDate', 'yearEnd'])
    .default('reportDate')
    .describe('表四“尚未审结”按生成报告之日（reportDate）或按当年 12 月 31 日（yearEnd）的状态统计'),
  format: z.enum(REPORT_FORMATS).optional().describe('同时写成该格式；不给时只返回报告及检查结果'),
});
export type BuildReportInput = z.input<typeof buildReportInput>;

export const builtReportSchema = z.object({ report: annualReportSchema, findings: z.array(findingSchema) });
