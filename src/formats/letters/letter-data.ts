// What a reply letter (答复书/告知书) is filled with: the agency and applicant, the request and the decision
// (issue 4, "Reply letters"). Validated here because a letter is a boundary: whatever reaches it is printed.
import { z } from 'zod';
import { isoDate } from '../../core/requests/events.ts';
import { OUTCOME_KEYS, outcomeGroupOf } from '../../core/taxonomy/outcomes.ts';
import { parseFields } from './parse-fields.ts';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: '不能为空' })
    .max(max, { error: `不能超过 ${max} 个字` });

export const replyLetterDataSchema = z
  .strictObject({
    agency: z.strictObject({
      name: text(100),
      address: text(200),
      phone: text(50),
      postcode: z
        .string()
        .regex(/^\d{6}$/, { error: '邮政编码应为 6 位数字' })
        .optional(),
    }),
    applicant: z.strictObject({ name: text(100), address: text(200).optional() }),
    registrationNumber: text(50),
    receivedOn: isoDate,
    /** What the applicant asked for, in the applicant's words or a faithful summary. */
    requestSummary: text(2000),
    outcome: z.enum(OUTCOME_KEYS, { error: '办理结果应为年度报告表三的 21 种结果之一' }),
    /** The agency's reasons, printed as written: how to obtain the information, why a part is withheld, … */
    reasons: z.string().trim().max(5000, { error: '不能超过 5000 个字' }),
    /** The articles relied on, when they differ from (or add to) the outcome's own basis. */
    articles: text(500).optional(),
    decidedOn: isoDate,
  })
  .superRefine((data, ctx) => {
    if (data.decidedOn < data.receivedOn) {
      ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: '答复日期不能早于收到申请的日期' });
    }
    // Withholding, in whole or in part, must say why (《条例》第三十六条第(三)项、第三十七条).
    const group = outcomeGroupOf(data.outcome).key;
    if ((group === 'withheld' || group === 'partiallyGranted') && data.reasons === '') {
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: '不予公开或部分公开的，应当说明理由' });
    }
    // "其他处理" has no article of its own: the letter must name the one the agency relied on.
    if (data.outcome === 'otherDisposal.other' && !data.articles) {
      ctx.addIssue({ code: 'custom', path: ['articles'], message: '“其他处理”须写明所依据的条款' });
    }
  });

export type ReplyLetterData = z.input<typeof replyLetterDataSchema>;
export type ValidReplyLetterData = z.output<typeof replyLetterDataSchema>;

const FIELD_LABELS: Record<string, string> = {
  agency: '机关',
  applicant: '申请人',
  name: '名称',
  address: '地址',
  phone: '电话',
  postcode: '邮政编码',
  registrationNumber: '登记号',
  receivedOn: '收到申请日期',
  requestSummary: '申请内容',
  outcome: '办理结果',
  reasons: '理由',
  articles: '依据条款',
  decidedOn: '答复日期',
};

/** Typed letter data, or DomainError platform.invalidInput naming each field in Chinese ("申请人 / 名称：不能为空"). */
export function parseReplyLetterData(input: unknown): ValidReplyLetterData {
  return parseFields(replyLetterDataSchema, input, FIELD_LABELS);
}
