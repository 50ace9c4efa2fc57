// 依申请公开 as the API takes and shows it: the registration body, a request, its detail with the deadline
// explained, an appended event, the overdue warnings, the reply letter's query. The domain types of a request
// (DisclosureRequest, Applicant, RequestProjection, StoredEvent) are derived from these schemas; storage maps its
// rows to them explicitly.
import { z } from 'zod';
import { CHANNELS, isoDate, requestEventSchema, type RequestEvent } from '../core/requests/events.ts';
import { APPENDABLE_EVENT_TYPES } from '../core/requests/appendable.ts';
import type { Art35Flag } from '../core/requests/art35.ts';
import { REQUEST_STATES } from '../core/requests/state.ts';
import { APPLICANT_KINDS } from '../core/taxonomy/applicants.ts';
import { OUTCOME_KEYS } from '../core/taxonomy/outcomes.ts';
import { pageQuery } from './common.ts';

/** Text a person typed: trimmed, non-empty, bounded (services/validation.ts has the same for its own inputs). */
const text = (max: number) => z.string().trim().min(1).max(max);

/** 《条例》第二十九条第二款: who asks (name, 身份证明, contact), what is sought, in which form. */
export const applicantInput = z.strictObject({
  kind: z.enum(APPLICANT_KINDS).describe('申请人类型（自然人、法人、其他组织等）'),
  name: text(100),
  idDocument: text(100).nullable().default(null).describe('身份证明：证件名称和号码，或统一社会信用代码'),
  contact: text(200).describe('联系方式：电话、通信地址或电子邮箱'),
  email: z
    .email({ error: '电子邮箱格式不正确' })
    .max(200)
    .nullable()
    .default(null)
    .describe('接收补正通知和答复通知的电子邮箱（选填）'),
});

export const requestContentInput = {
  applicant: applicantInput,
  informationSought: text(5000).describe('申请公开的政府信息的名称、文号或特征性描述'),
  formWanted: text(500).describe('获取信息的方式'),
};

const agencyId = z.string().min(1).max(64);

const registrationFields = {
  channel: z.enum(CHANNELS).describe('提交渠道'),
  arrivedOn: isoDate.describe('申请到达（当面提交、签收、收到）之日'),
  confirmedOn: isoDate
    .nullable()
    .default(null)
    .describe('《条例》第三十一条第（二）（三）项：平常信函、网上、传真、电子邮件的确认收到之日'),
  ...requestContentInput,
};

const confirmedNotBeforeArrival: [
  (r: { arrivedOn: string; confirmedOn: string | null }) => boolean,
  { message: string; path: PropertyKey[] },
] = [
  (r) => r.confirmedOn === null || r.confirmedOn >= r.arrivedOn,
  { message: '确认日期不能早于到达日期', path: ['confirmedOn'] },
];

/** The staff registration body: the agency is always the clerk's own. */
export const registrationBody = z.strictObject(registrationFields).refine(...confirmedNotBeforeArrival);

/** The registration use case's input: the body plus the agency, and the demo mark (invented data). */
export const registrationInput = z
  .strictObject({ ...registrationFields, agencyId, demo: z.boolean().default(false) })
  .refine(...confirmedNotBeforeArrival);
export type RegistrationInput = z.input<typeof registrationInput>;

export const onlineSubmissionInput = z.strictObject({ agencyId, ...requestContentInput });
export type OnlineSubmissionInput = z.input<typeof onlineSubmissionInput>;

export const applicantSchema = z.object({
  kind: z.enum(APPLICANT_KINDS),
  name: z.string(),
  idDocument: z.string().nullable(),
  contact: z.string(),
  email: z.string().nullable(),
});
export type Applicant = z.infer<typeof applicantSchema>;

/** What the projection keeps of the timeline (derived by core's pure functions from the events). */
export const requestProjectionSchema = z.object({
  receivedOn: z.string(),
  state: z.enum(REQUEST_STATES),
  dueOn: z.string().nullable().describe('答复期限（收到之日起 20 个工作日，《条例》第三十三条）'),
  outcome: z.enum(OUTCOME_KEYS).nullable(),
  decidedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
});
export type RequestProjection = z.infer<typeof requestProjectionSchema>;

/** 《条例》第三十五条 flags made at intake (core/requests/art35.ts): they tell the clerk, they decide nothing. */
export const art35FlagSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('volume'),
    count: z.number().int().describe('本件是该申请人在统计期内向本机关提出的第几件'),
    maxRequests: z.number().int().describe('统计期内的件数上限（超过即提示）'),
    windowDays: z.number().int().describe('统计期天数'),
    since: z.string().describe('统计期的第一天'),
  }),
  z.object({
    kind: z.literal('duplicate'),
    requestId: z.string().describe('内容相同或相近的、该申请人较早的申请'),
    registrationNumber: z.string(),
    similarity: z.number().describe('相似度，1 为规范化后完全相同'),
  }),
]) satisfies z.ZodType<Art35Flag>;

export const requestSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  registrationNumber: z.string().describe('登记号：机关前缀〔年份〕第序号号'),
  trackingNumber: z.string().describe('查询号：公众凭它和查询码查询办理状态'),
  applicant: applicantSchema,
  informationSought: z.string(),
  formWanted: z.string(),
  channel: z.enum(CHANNELS),
  ...requestProjectionSchema.shape,
  eventCount: z.number().int().describe('时间线上的记录数，追加记录时用作乐观锁'),
  demo: z.boolean().describe('演示数据'),
  art35Flags: z
    .array(art35FlagSchema)
    .describe(
      '登记时的提示：频次异常、疑似重复（《条例》第三十五条、第三十六条第（六）项）；不影响受理和期限',
    ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DisclosureRequest = z.infer<typeof requestSchema>;

export interface StoredEvent {
  seq: number;
  event: RequestEvent;
  recordedAt: string;
  recordedBy: string;
}

/** A due date the calendar cannot yet vouch for: 暂定, with the reason the applicant and the clerk read. */
export const provisionalFields = {
  provisional: z.boolean().describe('答复期限是否为暂定（所涉年份的放假安排尚未发布）'),
  provisionalReason: z.string().nullable().describe('暂定的原因'),
};

export const registrationResponse = z.object({
  request: requestSchema,
  queryCode: z.string().describe('查询码，只显示这一次'),
  acknowledgement: z.string().describe('登记回执全文'),
  ...provisionalFields,
});

/** A comma-separated list of enum values in a query string. */
function commaList<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .max(200)
    .optional()
    .transform((s) => (s ? s.split(',') : undefined))
    .pipe(z.array(z.enum(values)).optional());
}

const agencyFilter = agencyId.optional().describe('机关；不填则为本人可查看的全部机关（主管部门含所辖机关）');

export const listQuery = z.strictObject({
  agencyId: agencyFilter,
  state: z
    .string()
    .max(200)
    .optional()
    .transform((s) => (s ? s.split(',') : undefined))
    .pipe(z.array(z.enum(REQUEST_STATES)).optional())
    .describe('状态，多个以逗号分隔'),
  q: z.string().trim().min(1).max(100).optional().describe('登记号、查询号或申请人名称包含的文字'),
  channel: commaList(CHANNELS).describe('提交渠道，多个以逗号分隔'),
  applicantKind: commaList(APPLICANT_KINDS).describe('申请人类型，多个以逗号分隔'),
  dueWithin: z.coerce
    .number()
    .int()
    .min(0)
    .max(60)
    .optional()
    .describe('只列尚未答复、在多少个工作日内到期（含已超期）的申请'),
  overdue: z.enum(['true', 'false']).optional().describe('只列尚未答复且已超期的申请'),
  ...pageQuery,
});
export type ListQuery = z.output<typeof listQuery>;

export const requestDetailSchema = z.object({
  request: requestSchema,
  applicantRequests: z
    .object({
      items: z.array(
        z.object({
          id: z.string(),
          registrationNumber: z.string(),
          receivedOn: z.string(),
          state: z.enum(REQUEST_STATES),
          informationSought: z.string(),
        }),
      ),
      total: z.number().int(),
    })
    .describe('同一申请人（按身份证明号码，或姓名加电话）在本机关的其他申请，最近的在前（最多 20 件）与总数'),
  allowedEvents: z
    .array(z.enum(APPENDABLE_EVENT_TYPES))
    .describe('本人此刻可以追加的记录类型（按权限和办理状态计算）'),
  mayAttach: z.boolean().describe('本人能否添加申请材料（可办理且尚未归档）'),
  timeline: z.array(
    z.object({
      seq: z.number().int(),
      label: z.string(),
      event: z.record(z.string(), z.unknown()),
      recordedAt: z.string(),
      recordedBy: z.string(),
    }),
  ),
  deadline: z.object({
    receivedOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    paused: z.boolean(),
    pausedBy: z.array(z.string()),
    daysLeft: z.number().int().nullable(),
    overdue: z.boolean(),
    ...provisionalFields,
    explanation: z.array(z.string()).describe('计算说明，每步一行'),
    sentence: z.string().describe('告知申请人的期限说明段落'),
  }),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;

export const appendEventBody = z.strictObject({
  event: requestEventSchema,
  expectedEventCount: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe(
      '调用方看到的记录数（申请的 eventCount）；与当前不同表示他人已追加，返回 409 requests.changedByOthers。控制台总是发送；其他系统应发送，不发送时追加在当前最新记录之后',
    ),
});
export type AppendEventBody = z.input<typeof appendEventBody>;

export const appendEventResponse = z.object({
  request: requestSchema,
  warnings: z
    .array(z.object({ rule: z.string(), severity: z.string(), message: z.string() }))
    .describe('允许但须注意的情形（如逾期补正通知）'),
});

export const warningsQuery = z.strictObject({
  agencyId: agencyFilter,
  withinWorkingDays: z.coerce.number().int().min(0).max(60).default(5).describe('多少个工作日内到期'),
});
export type WarningsQuery = z.output<typeof warningsQuery>;

export const warningsResponse = z.object({
  items: z.array(
    z.object({
      request: requestSchema,
      workingDaysLeft: z.number().int().describe('距答复期限的工作日数，已超期为负'),
      overdue: z.boolean(),
    }),
  ),
});

export const replyLetterQuery = z.strictObject({
  format: z.enum(['html', 'docx']).default('html').describe('文书格式：html 或 docx（Word）'),
});
