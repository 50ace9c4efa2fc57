// The catalogue's API (主动公开): every request and response body of the staff and public catalogue routes. The
// routes validate with these and OpenAPI documents them; the use cases parse their input with the same schemas.
import { z } from 'zod';
import { publicationDraftSchema } from '../core/publications/item.ts';
import { EXTERNAL_FIGURE_ROWS } from '../core/publications/proactive-table.ts';
import { REVIEW_STEPS } from '../core/publications/review-workflow.ts';
import { isSafeUrl } from '../core/publications/rich-text.ts';
import {
  ART20_ITEMS,
  CATEGORIES,
  CHANNELS,
  GENRES,
  VALIDITY_STATUSES,
} from '../core/publications/vocabulary.ts';
import { findingSchema, pageQuery } from './common.ts';

const STATUSES = ['draft', 'inReview', 'referred', 'approved', 'published'] as const;
const agencyId = z.string().min(1).max(64);
const stepKey = z.enum(REVIEW_STEPS).describe('审核环节代码（本机关审核流程中的环节）');

/** What staff write: the item's statutory metadata (core/publications/item.ts); unknown fields are refused. */
export const draftBodySchema = publicationDraftSchema.strict();

export const reviewBodySchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('approve'),
    step: stepKey,
    comment: z.string().max(1000).optional(),
  }),
  z.strictObject({
    type: z.literal('return'),
    step: stepKey,
    comment: z.string().max(1000).describe('退回理由'),
  }),
  z.strictObject({
    type: z.literal('refer'),
    step: stepKey,
    referredTo: z.string().max(100).describe('报请确定的主管部门或保密行政管理部门（《条例》第十七条）'),
    comment: z.string().max(1000).optional(),
  }),
  z.strictObject({
    type: z.literal('determine'),
    step: stepKey,
    comment: z.string().max(1000).describe('主管部门或保密行政管理部门的确定意见'),
  }),
]);
export type ReviewBody = z.infer<typeof reviewBodySchema>;

/** Where and when a published item went out (《条例》第二十三条). */
export const channelBodySchema = z.strictObject({
  channel: z.enum(CHANNELS),
  account: z.string().trim().max(100).nullable().default(null).describe('账号名称，如微信公众号名'),
  releasedOn: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }).describe('发布日期'),
  url: z
    .string()
    .trim()
    .max(500)
    .refine((u) => /^https?:\/\//i.test(u) && isSafeUrl(u), { error: '链接应以 http:// 或 https:// 开头' })
    .nullable()
    .default(null),
});

export const attachmentParamsSchema = z.strictObject({
  id: z.string().min(1).max(64),
  attachmentId: z.string().min(1).max(64),
});

const figureYear = z.coerce.number().int().min(2008).max(2100);
// No agency decides a billion cases or collects a billion 万元 a year: a bigger figure is a typo or an attack
// (1e308 was stored and would have been summed into 表二).
const FIGURE_MAX = 1_000_000_000;

export const figureParamsSchema = z.strictObject({ year: figureYear, row: z.enum(EXTERNAL_FIGURE_ROWS) });
export const figureBodySchema = z.strictObject({
  value: z
    .number()
    .max(FIGURE_MAX, { error: '数值过大，请核对（处理决定数或收费万元数不应超过十亿）' })
    .describe('处理决定数，或行政事业性收费金额（万元）'),
  source: z.string().max(200).describe('数据来源系统，如政务服务平台'),
});
export const figureSchema = z.object({
  row: z.string(),
  year: z.number(),
  value: z.number(),
  source: z.string(),
});

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, { error: '请输入检索词' }).max(100, { error: '检索词不能超过 100 个字' }),
  category: z.enum(CATEGORIES).optional(),
  art20Item: z.coerce
    .number()
    .pipe(z.union(ART20_ITEMS.map((n) => z.literal(n))))
    .optional()
    .describe('《条例》第二十条第几项'),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('发布年份'),
  validity: z.enum(VALIDITY_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;

export const staffListQuerySchema = z.strictObject({
  agencyId: agencyId.optional(),
  status: z
    .enum([...STATUSES, 'returned'])
    .optional()
    .describe('状态；returned 为被退回修改的草稿'),
  category: z.enum(CATEGORIES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('发布年份'),
  ...pageQuery,
});
export const reviewQueueQuerySchema = z.strictObject({ ...pageQuery });
export const staffSearchQuerySchema = searchQuerySchema.extend({ agencyId: agencyId.optional() }).strict();
export const publicListQuerySchema = z.strictObject({
  agencyId,
  category: z.enum(CATEGORIES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('发布年份'),
  ...pageQuery,
});
export const publicSearchQuerySchema = staffSearchQuerySchema;
export const annualParamsSchema = z.strictObject({ year: figureYear });
export const annualQuerySchema = z.strictObject({ agencyId: agencyId.optional() });

const channelSchema = z.object({
  channel: z.enum(CHANNELS),
  account: z.string().nullable(),
  releasedOn: z.string(),
  url: z.string().nullable(),
});

export const publicItemSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  indexNumber: z.string().nullable().describe('索引号（发布时生成，不再改变）'),
  title: z.string(),
  documentNumber: z.string().nullable().describe('文号'),
  writtenOn: z.string().nullable().describe('成文日期'),
  publishedOn: z.string().nullable().describe('发布日期'),
  publishingBody: z.string().describe('发布机构'),
  topic: z.string().nullable().describe('主题分类'),
  genre: z.enum(GENRES),
  category: z.enum(CATEGORIES),
  categoryLabel: z.string(),
  art20Item: z
    .union(ART20_ITEMS.map((n) => z.literal(n)))
    .nullable()
    .describe('《条例》第二十条第几项'),
  art20Label: z.string().nullable(),
  summary: z.string().nullable().describe('内容概述'),
  body: z.string().describe('正文（已净化的 HTML）'),
  keywords: z.array(z.string()),
  interpretsId: z.string().nullable().describe('政策解读所解读的文件'),
  validity: z
    .object({
      status: z.enum(VALIDITY_STATUSES),
      effectiveOn: z.string().nullable(),
      amendedOn: z.string().nullable(),
      repealedOn: z.string().nullable(),
      successorId: z.string().nullable(),
    })
    .nullable()
    .describe('有效性（规章和行政规范性文件）'),
  channels: z.array(channelSchema),
});
export type PublicItem = z.infer<typeof publicItemSchema>;

export const staffItemSchema = publicItemSchema.extend({
  formedOn: z.string().nullable().describe('形成或者变更之日（《条例》第二十六条）'),
  deadlineOverride: z
    .object({ dueOn: z.string(), basis: z.string() })
    .nullable()
    .describe('特别规定的公开期限及依据'),
  review: z.object({
    status: z.enum(STATUSES),
    stepIndex: z.number().nullable().describe('当前审核环节的序号'),
    round: z.number().describe('第几轮审核'),
    referredTo: z.string().nullable(),
  }),
  screeningFindings: z.array(findingSchema).describe('提交审核时的发布前检查结果'),
  screenedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StaffItem = z.infer<typeof staffItemSchema>;

export const reviewEntrySchema = z.object({
  seq: z.number(),
  action: z.enum(['submit', 'approve', 'return', 'refer', 'determine', 'publish']),
  step: stepKey.nullable(),
  stepLabel: z.string().nullable(),
  role: z.string(),
  actor: z.string(),
  round: z.number(),
  comment: z.string().nullable(),
  referredTo: z.string().nullable(),
  from: z.enum(STATUSES),
  to: z.enum(STATUSES),
  at: z.string(),
});

const stepViewSchema = z.object({
  key: stepKey,
  label: z.string().describe('环节名称（本机关设置）'),
  roles: z.array(z.string()).describe('可办理该环节的角色（中文）'),
});
/** Where the item stands in the agency's workflow and what the person asking may do with it now (server-decided). */
export const reviewPositionSchema = z.object({
  steps: z.array(stepViewSchema).describe('本机关的审核环节'),
  dueStep: stepViewSchema.nullable().describe('当前待办的审核环节'),
  may: z
    .object({
      edit: z.boolean(),
      submit: z.boolean(),
      review: z.boolean(),
      publish: z.boolean(),
      channel: z.boolean(),
      attach: z.boolean(),
    })
    .describe('当前用户现在可以进行的操作'),
});
export type ReviewPosition = z.infer<typeof reviewPositionSchema>;

export const staffItemWithHistorySchema = staffItemSchema.extend({
  history: z.array(reviewEntrySchema),
  position: reviewPositionSchema,
});
export type StaffItemWithHistory = z.infer<typeof staffItemWithHistorySchema>;

/** A row of the staff lists: the item and the name of the review step it waits for. */
export const staffListItemSchema = staffItemSchema.extend({
  dueStepLabel: z.string().nullable().describe('当前待办的审核环节名称'),
});
export type StaffListItem = z.infer<typeof staffListItemSchema>;
export const reviewQueueSchema = z.object({
  items: z.array(staffListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  steps: z.array(stepViewSchema).describe('本机关的审核环节'),
});
export const screenResultSchema = z.object({
  findings: z
    .array(findingSchema)
    .describe('发布前检查结果；location.section 为所在字段，offset 为字段内位置'),
});

export const staffSearchResultSchema = z.object({
  total: z.number(),
  capped: z.boolean().describe('匹配数超过统计上限，总数显示为“多于”'),
  hits: z.array(z.object({ item: staffItemSchema, titleHtml: z.string(), snippetHtml: z.string() })),
});
export const publicSearchResultSchema = z.object({
  words: z.array(z.string()).describe('检索词分词结果'),
  total: z.number().int(),
  capped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  hits: z.array(
    z.object({ item: publicItemSchema, score: z.number(), titleHtml: z.string(), snippetHtml: z.string() }),
  ),
});

export const attachmentSchema = z.object({
  id: z.string(),
  publicationId: z.string(),
  fileName: z.string(),
  type: z.string().describe('按文件内容检测的类型'),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
});

export const annualSchema = z.object({
  proactiveTable: z.record(z.string(), z.array(z.number().nullable())).describe('年度报告表二'),
  channelCounts: z.object({
    byChannel: z.record(z.string(), z.number()),
    byCategory: z.record(z.string(), z.number()),
    byChannelAndCategory: z.record(z.string(), z.record(z.string(), z.number())),
  }),
  figures: z.array(
    z.object({
      row: z.string(),
      value: z.number(),
      source: z.string(),
      enteredBy: z.string(),
      enteredAt: z.string(),
    }),
  ),
  findings: z.array(findingSchema).describe('逾期公开、政策文件未解读等问题'),
});

export const guideSchema = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  classification: z.object({
    categories: z.array(z.object({ key: z.string(), label: z.string() })),
    art20Items: z.array(z.object({ item: z.number(), label: z.string() })),
  }),
  arrangement: z.string().describe('编排体系'),
  obtaining: z.object({ proactive: z.string(), onRequest: z.string(), readingRooms: z.array(z.string()) }),
  office: z.object({
    name: z.string(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    officeHours: z.string(),
    phone: z.string().nullable(),
    fax: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
  }),
});
export type DisclosureGuide = z.infer<typeof guideSchema>;
