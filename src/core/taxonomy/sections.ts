// The six sections of the annual report (《条例》第五十条; 国办公开办函〔2021〕30号; docs/statute.md §2.1).

export const SECTION_KEYS = [
  'overview',
  'proactive',
  'applications',
  'reviewLitigation',
  'problems',
  'other',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Standard headings, numbered 一 to 六. */
export const SECTION_HEADINGS: Record<SectionKey, string> = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};
