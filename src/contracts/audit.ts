// The audit trail's integrity check (src/server/api/audit.ts).
import { z } from 'zod';

export const chainVerdictSchema = z.object({
  ok: z.boolean(),
  rows: z.number().int().describe('自第一条起校验通过的记录数'),
  brokenAt: z.number().int().optional().describe('第一个断点的序号'),
  reason: z
    .enum(['hashMismatch', 'prevHashMismatch', 'missingRow', 'headMismatch'])
    .optional()
    .describe('断裂原因：内容被改、链被改接、记录缺失、末尾被删'),
});
