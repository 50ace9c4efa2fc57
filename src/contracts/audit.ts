// The audit trail at the API (src/server/api/audit.ts): the chain's integrity check and the viewer.
import { z } from 'zod';

export const chainVerdictSchema = z.object({
  ok: z.boolean(),
  rows: z.number().int().describe('自第一条起校验通过的记录数'),
  brokenAt: z.number().int().optional().describe('第一个断点的序号'),
  reason: z
    .enum(['hashMismatch', 'prevHashMismatch', 'missingRow', 'headMismatch', 'macMismatch', 'unanchored'])
    .optional()
    .describe('断裂原因：内容被改、链被改接、记录缺失、末尾被删、密钥校验码不符、缺少密钥校验码'),
});

const instant = z.iso.datetime({
  offset: true,
  error: '时间应为带时区的 ISO 8601 格式，如 2026-01-01T00:00:00+08:00',
});
const filterText = z.string().trim().min(1).max(100);

/** Filters of the viewer; paging goes backwards from the newest with `beforeSeq` (the last page's `nextBeforeSeq`). */
export const auditQuerySchema = z.strictObject({
  from: instant.optional().describe('起始时间（含）'),
  to: instant.optional().describe('截止时间（不含）'),
  action: filterText.optional().describe('操作，如 request.registered'),
  subjectType: filterText.optional().describe('对象类型，如 request、user、agency'),
  subjectId: filterText.optional().describe('对象标识'),
  actorUserId: filterText.optional().describe('操作人的用户标识'),
  agencyId: filterText.optional().describe('所属机关（机关管理员只能查本机关）'),
  beforeSeq: z.coerce.number().int().min(1).optional().describe('只列出序号小于此值的记录（翻页）'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQueryInput = z.input<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actor: z.string(),
  agencyId: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  details: z.unknown(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextBeforeSeq: z.number().int().nullable().describe('下一页的 beforeSeq；没有更多记录时为 null'),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
