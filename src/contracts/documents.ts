// The papers of a request as the API takes and shows them (issue 13): the list with each paper's number, date and
// delivery record; recording a delivery; issuing the fee notice (its quantities) or the notice to an overruled third
// party; the agency's template settings; the archive package.
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../core/documents/kinds.ts';
import { feeInputSchema } from '../core/fees/fee.ts';
import { isoDate } from '../core/requests/events.ts';

/** post: 邮寄（挂号或快递，须填单号）; email: 电子邮件（经发件箱送出）; online: 在 /track 查看; inPerson: 当面签收. */
export const DELIVERY_METHODS = ['post', 'email', 'online', 'inPerson'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  post: '邮寄',
  email: '电子邮件',
  online: '网上查询（/track）',
  inPerson: '当面送达',
};

export const deliverySchema = z.object({
  method: z.enum(DELIVERY_METHODS),
  methodLabel: z.string(),
  /** Tracking number, address, or who signed for it. */
  reference: z.string().nullable(),
  sentOn: isoDate,
  receivedOn: isoDate.nullable(),
  recordedBy: z.string(),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const requestDocumentSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  kindLabel: z.string(),
  title: z.string(),
  /** The article the paper rests on. */
  article: z.string(),
  sourceSeq: z.number().int(),
  number: z.string(),
  issuedOn: isoDate,
  delivery: deliverySchema.nullable(),
});
export type RequestDocument = z.infer<typeof requestDocumentSchema>;

export const documentListSchema = z.object({
  documents: z.array(requestDocumentSchema),
  /** Papers the timeline allows on the clerk's word (the notice to a third party whose objection was overruled). */
  offered: z.array(
    z.object({ kind: z.enum(DOCUMENT_KINDS), kindLabel: z.string(), sourceSeq: z.number().int() }),
  ),
  archive: z
    .object({ archivedOn: isoDate, retainUntil: isoDate, size: z.number().int(), sm3: z.string() })
    .nullable(),
});
export type DocumentList = z.infer<typeof documentListSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);

export const recordDeliveryBody = z.strictObject({
  method: z.enum(DELIVERY_METHODS).describe('送达方式'),
  reference: text(200).optional().describe('邮寄的运单号；当面送达的签收人'),
  sentOn: isoDate.describe('送出日期'),
  receivedOn: isoDate.optional().describe('申请人（或收件人）收到的日期；当面送达为签收日期'),
});
export type RecordDeliveryBody = z.infer<typeof recordDeliveryBody>;

export const issueDocumentBody = z.strictObject({
  kind: z.enum(['feeNotice', 'thirdPartyDisclosureNotice']).describe('文书种类'),
  sourceSeq: z.number().int().min(0).describe('所依据的办理记录序号'),
  fee: feeInputSchema.optional().describe('收费通知书的计费依据（件数或页数）'),
});
export type IssueDocumentBody = z.infer<typeof issueDocumentBody>;

export const documentSettingsBody = z.strictObject({
  letterhead: text(100).nullable().describe('发文机关标志；空则用机关名称'),
  contact: text(500).nullable().describe('联系方式段；空则用机关地址、邮编和电话'),
  numberPattern: text(100).describe('文号格式，须含 {year} 与 {serial} 或 {serial3}，可含 {code}'),
  freeTexts: z
    .partialRecord(z.enum(DOCUMENT_KINDS), z.string().trim().max(2000))
    .describe('各类文书的自定段落'),
  retentionYears: z.number().int().min(1).max(100).describe('归档材料保管期限（年）'),
});
export type DocumentSettingsBody = z.infer<typeof documentSettingsBody>;
export const documentSettingsSchema = documentSettingsBody;
export type DocumentSettings = DocumentSettingsBody;

export const documentFormatQuery = z.strictObject({
  format: z.enum(['html', 'docx', 'pdf']).default('html').describe('格式'),
});
