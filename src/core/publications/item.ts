// A catalogue item's statutory metadata (docs/statute.md §6.1; 《条例》第十二条: 索引、名称、内容概述、生成日期) as the
// zod schema every boundary parses with. The body is sanitised while parsing, so no unsafe markup is ever stored.
import { z } from 'zod';
import { ART20_ITEMS, CATEGORIES, GENRES, isNormativeGenre, VALIDITY_STATUSES } from './vocabulary.ts';
import { sanitizeRichText } from './rich-text.ts';

const isoDate = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `不能超过 ${max} 个字` });
const optionalText = (max: number) =>
  text(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .default(null);

/** 有效性: only 规章 and 行政规范性文件 carry it (国办发〔2017〕47号 asks for valid/repealed marks). */
export const validitySchema = z
  .object({
    status: z.enum(VALIDITY_STATUSES),
    /** 施行日期 */
    effectiveOn: isoDate.nullable().default(null),
    amendedOn: isoDate.nullable().default(null),
    repealedOn: isoDate.nullable().default(null),
    /** The item (id) that amends or replaces this one. */
    successorId: z.string().min(1).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'repealed' && !v.repealedOn)
      ctx.addIssue({ code: 'custom', message: '已废止的文件须填写废止日期', path: ['repealedOn'] });
    if (v.status === 'amended' && !v.amendedOn)
      ctx.addIssue({ code: 'custom', message: '已修改的文件须填写修改日期', path: ['amendedOn'] });
    if (v.status !== 'repealed' && v.repealedOn)
      ctx.addIssue({ code: 'custom', message: '未废止的文件不应有废止日期', path: ['repealedOn'] });
  });
export type Validity = z.infer<typeof validitySchema>;

/** The fields staff write; everything else (index number, status, dates of publication) the system decides. */
export const publicationDraftSchema = z
  .object({
    title: text(200).min(1, { error: '标题不能为空' }),
    documentNumber: optionalText(100).describe('文号，如 临人防发〔2023〕3号'),
    writtenOn: isoDate.nullable().default(null).describe('成文日期'),
    /** The 成文日期 when blank. */
    formedOn: isoDate
      .nullable()
      .default(null)
      .describe('形成或者变更之日（《条例》第二十六条），空则按成文日期'),
    /** A deadline set by a special law that prevails over Art. 26's 20 working days, with its basis. */
    deadlineOverride: z
      .object({ dueOn: isoDate, basis: text(200).min(1) })
      .nullable()
      .default(null)
      .describe('特别规定的公开期限（优先于第二十六条的二十个工作日）及其依据'),
    publishingBody: text(100).min(1, { error: '发布机构不能为空' }).describe('发布机构'),
    topic: optionalText(50).describe('主题分类'),
    genre: z.enum(GENRES),
    category: z.enum(CATEGORIES),
    /** The item of 《条例》第二十条 it discloses, when it is one of them. */
    art20Item: z
      .union(ART20_ITEMS.map((n) => z.literal(n)))
      .nullable()
      .default(null)
      .describe('属于《条例》第二十条第几项'),
    summary: optionalText(500).describe('内容概述（《条例》第十二条）'),
    body: z
      .string()
      .max(2_000_000, { error: '正文过长' })
      .default('')
      .transform(sanitizeRichText)
      .describe('正文（HTML，保存前净化）'),
    keywords: z.array(text(20).min(1)).max(20).default([]),
    interpretsId: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe('政策解读所解读的政策文件（本机关的信息）'),
    validity: validitySchema.nullable().default(null).describe('有效性（仅规章和行政规范性文件）'),
  })
  .superRefine((d, ctx) => {
    if (isNormativeGenre(d.genre)) {
      if (!d.validity)
        ctx.addIssue({ code: 'custom', message: '规章和行政规范性文件须标明有效性', path: ['validity'] });
      if (!d.documentNumber)
        ctx.addIssue({ code: 'custom', message: '规章和行政规范性文件须填写文号', path: ['documentNumber'] });
      if (!d.writtenOn)
        ctx.addIssue({ code: 'custom', message: '规章和行政规范性文件须填写成文日期', path: ['writtenOn'] });
      // 《条例》第二十条第(一)项: 行政法规、规章和规范性文件.
      if (d.art20Item !== 1)
        ctx.addIssue({
          code: 'custom',
          message: '规章和行政规范性文件属于第二十条第(一)项',
          path: ['art20Item'],
        });
    } else if (d.validity) {
      ctx.addIssue({ code: 'custom', message: '只有规章和行政规范性文件标明有效性', path: ['validity'] });
    }
    if (d.category === 'interpretation' && !d.interpretsId) {
      ctx.addIssue({ code: 'custom', message: '政策解读须关联所解读的政策文件', path: ['interpretsId'] });
    }
    if (d.category !== 'interpretation' && d.interpretsId) {
      ctx.addIssue({ code: 'custom', message: '只有政策解读可以关联被解读的文件', path: ['interpretsId'] });
    }
    const v = d.validity;
    for (const key of ['amendedOn', 'repealedOn', 'effectiveOn'] as const) {
      if (v?.[key] && d.writtenOn && v[key] < d.writtenOn) {
        ctx.addIssue({ code: 'custom', message: '有效性日期不能早于成文日期', path: ['validity', key] });
      }
    }
  });
export type PublicationDraftInput = z.input<typeof publicationDraftSchema>;
export type PublicationDraft = z.output<typeof publicationDraftSchema>;
