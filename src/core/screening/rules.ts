// The screening rules, their default severity and the per-agency settings that override it. Pre-publication
// review is the agency's duty (《条例》第十七条: 发布前依照《保守国家秘密法》等审查); what blocks publication and
// what only warns the reviewer is the agency's choice [M], so every severity here is a default, not the law.
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../findings.ts';

export const SCREENING_RULES = {
  /** A term of the agency's own sensitive-term lexicon (敏感词). */
  'screening.lexicon': 'error',
  /** A typo or confusion of official writing from the shipped list (错别字). */
  'screening.typo': 'warning',
  /** 绝密/机密/秘密 with ★ or a 保密期限, or a 密级 line: a classified document must never be published. */
  'screening.mark.classified': 'error',
  /** 内部、内部资料、不宜公开、注意保存 … as a mark on the document (a heading line or in brackets). */
  'screening.mark.restricted': 'error',
  /** 居民身份证号码 (GB 11643 check digit verified). 《个人信息保护法》第二十八条: sensitive personal data. */
  'screening.personal.idNumber': 'error',
  /** Mobile numbers: reach one person, so personal data (《个人信息保护法》第四条). */
  'screening.personal.mobile': 'error',
  /** Bank card numbers (Luhn verified): financial accounts are sensitive personal data (第二十八条). */
  'screening.personal.bankCard': 'error',
  /** E-mail addresses outside institutional domains: often a person's own mailbox. */
  'screening.personal.email': 'warning',
  /** A landline named as a home or personal phone; office landlines are published contact data and pass. */
  'screening.personal.landline': 'warning',
  /** Coordinates in degree–minute–second form (东经118°21′36″). */
  'screening.geo.dms': 'error',
  /** Coordinates in decimal degrees: a lon/lat pair, or a number after 经度/纬度/东经/北纬. */
  'screening.geo.decimal': 'error',
  /** A DOCX attachment still holds reviewers' comments (批注). */
  'screening.docx.comment': 'error',
  /** A DOCX attachment still holds tracked changes (修订): deleted text is readable by anyone. */
  'screening.docx.trackedChange': 'error',
  /** A DOCX attachment holds hidden text (隐藏文字). */
  'screening.docx.hiddenText': 'error',
  /** Author and last editor in the DOCX properties: staff names travel with the file; usually harmless. */
  'screening.docx.metadata': 'info',
} as const satisfies Record<string, Severity>;

export type ScreeningRule = keyof typeof SCREENING_RULES;

/** Short Chinese names for people (CLI, console, the reviewer's list). */
export const SCREENING_RULE_LABELS: Record<ScreeningRule, string> = {
  'screening.lexicon': '敏感词',
  'screening.typo': '错别字',
  'screening.mark.classified': '密级标志',
  'screening.mark.restricted': '内部标志',
  'screening.personal.idNumber': '身份证号',
  'screening.personal.mobile': '手机号码',
  'screening.personal.bankCard': '银行卡号',
  'screening.personal.email': '电子邮箱',
  'screening.personal.landline': '个人固定电话',
  'screening.geo.dms': '地理坐标',
  'screening.geo.decimal': '地理坐标',
  'screening.docx.comment': '批注',
  'screening.docx.trackedChange': '修订',
  'screening.docx.hiddenText': '隐藏文字',
  'screening.docx.metadata': '文档属性',
};
export const SCREENING_RULE_IDS = Object.keys(SCREENING_RULES) as ScreeningRule[];

/** 'off' disables a rule for the agency. */
export type RuleSetting = Severity | 'off';

export const screeningSettingsSchema = z
  .object({
    severity: z.partialRecord(z.enum(SCREENING_RULE_IDS), z.enum([...SEVERITIES, 'off'])).default({}),
    /** E-mail domains whose addresses are the institution's, not a person's (a suffix match). */
    institutionalEmailDomains: z.array(z.string().min(1)).default(['gov.cn']),
  })
  .strict();

export type ScreeningSettings = z.output<typeof screeningSettingsSchema>;
export type ScreeningSettingsInput = z.input<typeof screeningSettingsSchema>;

export const DEFAULT_SCREENING_SETTINGS: ScreeningSettings = screeningSettingsSchema.parse({});

export function ruleSeverity(settings: ScreeningSettings, rule: ScreeningRule): RuleSetting {
  return settings.severity[rule] ?? SCREENING_RULES[rule];
}
