// A disclosure request is its timeline (docs/architecture.md, idea 2): an append-only list of dated events. State,
// deadline, pause and the report row are derived from this list by pure functions. This file is the contract
// shared by the clock (core/requests), storage and the API: change it only together with them.
import { z } from 'zod';
import { APPLICANT_KINDS } from '../taxonomy/applicants.ts';
import { OUTCOME_KEYS } from '../taxonomy/outcomes.ts';
import { EXTENSION_MAX_WORKING_DAYS } from './rules.ts';

/** Calendar date, YYYY-MM-DD (China Standard Time; the statute counts days, not hours). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: '日期不存在',
    },
  );
export type IsoDate = string;

/** How a request arrived; decides its receipt date (《条例》第三十一条; docs/statute.md §1.2). */
export const CHANNELS = ['inPerson', 'signedPost', 'ordinaryLetter', 'online', 'fax', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  inPerson: '当面提交',
  signedPost: '邮寄（需签收）',
  ordinaryLetter: '平常信函',
  online: '互联网渠道',
  fax: '传真',
  email: '电子邮件',
};

export const CONSULTATION_PARTIES = ['thirdParty', 'agency'] as const;
export type ConsultationParty = (typeof CONSULTATION_PARTIES)[number];

export const FEE_METHODS = ['perRequest', 'perPage'] as const;
export type FeeMethod = (typeof FEE_METHODS)[number];

const on = isoDate;

export const requestEventSchema = z.discriminatedUnion('type', [
  /** Arrival. `on` is the day it was handed in, signed for, or arrived; `confirmedOn` the confirmation day for
   * ordinary letters (same-day confirmation) and online/fax/email (both sides confirm), 《条例》第三十一条. */
  z.object({
    type: z.literal('received'),
    on,
    channel: z.enum(CHANNELS),
    confirmedOn: isoDate.optional(),
    applicantKind: z.enum(APPLICANT_KINDS),
  }),
  z.object({ type: z.literal('assigned'), on, assignee: z.string().min(1).max(100) }),
  /** 补正 notice (《条例》第三十条): `correctionDueOn` is the reasonable period the agency set. */
  z.object({
    type: z.literal('correctionRequested'),
    on,
    correctionDueOn: isoDate,
    items: z.string().max(2000),
  }),
  z.object({ type: z.literal('correctionReceived'), on }),
  z.object({ type: z.literal('correctionLapsed'), on }),
  /** 征求意见 (第三十二条、第三十四条): time not counted toward the reply deadline (第三十三条第三款). */
  z.object({
    type: z.literal('consultationStarted'),
    on,
    party: z.enum(CONSULTATION_PARTIES),
    consultee: z.string().min(1).max(200),
    /** The day the consultee received the letter, when known: its 15 working days run from then. */
    letterReceivedOn: isoDate.optional(),
  }),
  z.object({ type: z.literal('consultationEnded'), on, party: z.enum(CONSULTATION_PARTIES) }),
  /** 延长答复期限 (第三十三条第二款): at most EXTENSION_MAX_WORKING_DAYS, once, approved by the office head. */
  z.object({
    type: z.literal('extended'),
    on,
    workingDays: z
      .number()
      .int()
      .min(1, { message: '延长的工作日数至少为 1' })
      .max(EXTENSION_MAX_WORKING_DAYS, {
        message: `延长答复期限最长 ${EXTENSION_MAX_WORKING_DAYS} 个工作日（《条例》第三十三条第二款）`,
      }),
    approvedBy: z.string().min(1).max(100),
  }),
  /** 收费通知 (国办函〔2020〕109号). `receivedOn`: the day the applicant received the notice. */
  z.object({
    type: z.literal('feeNoticeIssued'),
    on,
    receivedOn: isoDate,
    method: z.enum(FEE_METHODS),
    amountYuan: z.number().nonnegative(),
  }),
  z.object({ type: z.literal('feePaid'), on }),
  z.object({ type: z.literal('feeLapsed'), on }),
  /** 第三十五条: the agency sets a reasonable later deadline, with its reason. */
  z.object({ type: z.literal('deadlineDeferred'), on, dueOn: isoDate, reason: z.string().min(1).max(2000) }),
  z.object({
    type: z.literal('decided'),
    on,
    outcome: z.enum(OUTCOME_KEYS),
    reasons: z.string().max(5000),
    articles: z.string().max(500),
  }),
  z.object({ type: z.literal('replySent'), on }),
  z.object({ type: z.literal('delivered'), on }),
  z.object({ type: z.literal('archived'), on }),
  /** The applicant withdraws; counted as 三(六)3.其他 in the report. */
  z.object({ type: z.literal('withdrawn'), on, reason: z.string().max(2000).optional() }),
]);

export type RequestEvent = z.infer<typeof requestEventSchema>;
export type RequestEventType = RequestEvent['type'];
export type EventOf<T extends RequestEventType> = Extract<RequestEvent, { type: T }>;
