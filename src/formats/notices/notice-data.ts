// What a statutory notice (issue 13) is filled with: the paper's number and date, the agency's template, who it is
// addressed to, the request, and the figures of its kind. Validated here because a notice is a boundary: whatever
// reaches it is printed.
import { z } from 'zod';
import { isoDate } from '../../core/requests/events.ts';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: '不能为空' })
    .max(max, { error: `不能超过 ${max} 个字` });

const facts = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('receipt'),
    trackingNumber: text(50),
    /** 第三十一条: which clause decides the receipt day. */
    receiptRule: text(300),
    /** The reply deadline at receipt; null while the receipt awaits a confirmation. */
    dueOn: isoDate.nullable(),
  }),
  z.strictObject({
    kind: z.literal('correctionNotice'),
    items: text(2000),
    /** 合理的补正期限, in days from the applicant's receipt of the notice. */
    periodDays: z.number().int().min(1).max(366),
    /** The due date, counted from the recorded receipt or else from the notice's date. */
    dueOn: isoDate,
    receiptRecorded: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal('extensionNotice'),
    workingDays: z.number().int().min(1).max(20),
    approvedBy: text(100),
    /** The reply deadline after the extension. */
    dueOn: isoDate,
  }),
  z.strictObject({
    kind: z.literal('thirdPartyConsultation'),
    answerWorkingDays: z.number().int().min(1),
  }),
  z.strictObject({
    kind: z.literal('agencyConsultation'),
    answerWorkingDays: z.number().int().min(1),
  }),
  z.strictObject({
    kind: z.literal('thirdPartyDisclosureNotice'),
    consultedOn: isoDate,
    /** What is disclosed and why (the decision's reasons). */
    reasons: text(5000),
  }),
  z.strictObject({
    kind: z.literal('feeNotice'),
    methodLabel: text(20),
    /** The fee schedule's breakdown (core/fees describeFee), one line per tier and the total. */
    lines: z.array(text(200)).min(1),
    amountYuan: z.number().nonnegative(),
    paymentWorkingDays: z.number().int().min(1),
    /** The last day to pay, from the recorded receipt or else from the notice's date. */
    dueOn: isoDate,
    receiptRecorded: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('deferralNotice'), dueOn: isoDate, reason: text(2000) }),
]);

export const noticeDataSchema = z.strictObject({
  number: text(100),
  issuedOn: isoDate,
  agency: z.strictObject({ name: text(100) }),
  /** The agency's editable parts (agency_document_settings): 发文机关标志, contact block, free paragraph. */
  template: z.strictObject({
    letterhead: text(100),
    contact: text(500),
    freeText: z.string().trim().max(2000).optional(),
  }),
  addressee: text(200),
  registrationNumber: text(50),
  /** 收到申请之日 (第三十一条), or the arrival day while it awaits confirmation. */
  receivedOn: isoDate,
  requestSummary: text(2000),
  facts,
});

export type NoticeData = z.input<typeof noticeDataSchema>;
export type ValidNoticeData = z.output<typeof noticeDataSchema>;
export type NoticeFacts = ValidNoticeData['facts'];
