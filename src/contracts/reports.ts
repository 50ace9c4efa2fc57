// Annual reports as use cases take and give them: the formats a report is written in, the input of converting a
// document, and the input and answer of building an agency's report from the data (GET /api/v1/reports/annual).
import { z } from 'zod';
import { annualReportSchema } from '../core/report/schema.ts';
import { findingSchema } from './common.ts';

export const REPORT_FORMATS = ['text', 'html', 'md', 'json', 'docx', 'xlsx', 'pdf'] as const;
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

// Published reports (services/reports/publish.ts, reached through the review workflow): every version after the first
// is a correction and says what it corrects.
/** The years a report may be published for (the platform's data start in 2008, when the Regulation took effect). */
export const reportYear = z.number().int().min(2008).max(2100);

export const correctionNote = z
  .string()
  .trim()
  .min(1, '更正说明不能为空')
  .max(2000, '更正说明不能超过 2000 字')
  .refine((note) => !note.includes('\u0000'), '更正说明含有不允许的字符')
  .optional()
  .describe('更正说明：发布后再次提交（更正）时必填，说明更正了什么');

export const reportPublicationSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  year: z.number().int(),
  version: z.number().int().describe('版本：首次发布为 1，每次更正加 1'),
  publishedOn: z.string().describe('发布日期'),
  publishedAt: z.string(),
  publishedBy: z.string(),
  correctionNote: z.string().nullable().describe('更正说明'),
});
export type ReportPublication = z.infer<typeof reportPublicationSchema>;

export const listPublicationsQuery = z.strictObject({
  agencyId: z.string().min(1).max(64).optional(),
  year: z.coerce.number().pipe(reportYear).optional(),
});

export const reportPublicationListSchema = z.object({ items: z.array(reportPublicationSchema) });
