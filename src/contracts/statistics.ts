// The annual report built from the stored data (src/server/api/statistics.ts).
import { z } from 'zod';
import { annualReportSchema } from '../core/report/schema.ts';
import { findingSchema } from './common.ts';

export const annualReportQuery = z.strictObject({
  agencyId: z.string().min(1).max(64).optional().describe('机关；不填为本机关'),
  year: z.coerce.number().int().min(2008).max(2100),
});

export const builtReportResponse = z.object({
  report: annualReportSchema,
  findings: z.array(findingSchema).describe('年度报告检查结果'),
});
