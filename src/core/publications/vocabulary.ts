// The closed vocabularies of the catalogue (主动公开目录): categories, genres, Art. 20 items, validity, channels.
// Keys are English (docs/glossary.md); labels are the Chinese shown to people.

/** 《条例》第二十条 lists fifteen kinds of information every agency must publish of its own accord. */
export const ART20_ITEMS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] as const;
export type Art20Item = (typeof ART20_ITEMS)[number];

const CHINESE_NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
];

/** "第二十条第(一)项" — the caption form used by the 2021 report format (docs/statute.md §2.2). */
export function art20Label(item: Art20Item): string {
  return `第二十条第(${CHINESE_NUMERALS[item - 1]})项`;
}

/** Website column the item is filed under (docs/statute.md §6.2: 法定主动公开内容 and its sub-columns). */
export const CATEGORY_LABELS = {
  lawsAndRegulations: '法律法规',
  policyDocument: '政策文件',
  workUpdate: '工作动态',
  enforcement: '执法信息',
  interpretation: '政策解读',
  budgetAndAccounts: '财政预决算',
  proposalHandling: '建议提案办理',
  organisation: '机构职能',
  planning: '规划计划',
  statistics: '统计信息',
  procurement: '政府采购',
  emergency: '应急管理',
  personnel: '人事信息',
  notice: '通知公告',
  // 国办公开办函〔2019〕61号: the column carries the agency's own disclosure rules beside its guide.
  disclosureRules: '政府信息公开制度',
  // 《条例》第四十九条、第五十条: the annual report, filed by the review workflow when a leader signs it off.
  annualReport: '年报',
  other: '其他',
} as const;
export type Category = keyof typeof CATEGORY_LABELS;
export const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];

/**
 * 体裁分类. Only `regulation` (规章) and `normativeDocument` (行政规范性文件) are counted in table 二
 * (第二十条第(一)项); a 政策文件 that is not a 行政规范性文件 is `otherDocument` (docs/statute.md §2.7 (b)).
 */
export const GENRE_LABELS = {
  regulation: '规章',
  normativeDocument: '行政规范性文件',
  otherDocument: '其他公文',
  interpretation: '解读材料',
  news: '新闻动态',
  notice: '通知公告',
  report: '报告',
  other: '其他',
} as const;
export type Genre = keyof typeof GENRE_LABELS;
export const GENRES = Object.keys(GENRE_LABELS) as Genre[];

/** Genres that carry validity (有效性) and are counted in table 二. */
export const NORMATIVE_GENRES = ['regulation', 'normativeDocument'] as const satisfies readonly Genre[];
export type NormativeGenre = (typeof NORMATIVE_GENRES)[number];

export function isNormativeGenre(genre: Genre): genre is NormativeGenre {
  return (NORMATIVE_GENRES as readonly Genre[]).includes(genre);
}

/**
 * No 已失效 (lapsed at the end of its 有效期, 国办发〔2018〕37号) here: table 二's 现行有效件数 (proactive-table.ts
 * normativeCounts) counts every document not repealed by the year's end, and a lapsed one would be counted in force;
 * the validity schema (item.ts) has no date for it either. A document that lapses is marked 已废止 on that day.
 */
export const VALIDITY_LABELS = { inForce: '现行有效', amended: '已修改', repealed: '已废止' } as const;
export type ValidityStatus = keyof typeof VALIDITY_LABELS;
export const VALIDITY_STATUSES = Object.keys(VALIDITY_LABELS) as ValidityStatus[];

/** 发布渠道 (《条例》第二十三条: 政府网站或者其他互联网政务媒体 …). */
export const CHANNEL_LABELS = {
  website: '部门网站',
  wechat: '微信公众号',
  weibo: '微博',
  toutiao: '头条号',
  other: '其他渠道',
} as const;
export type Channel = keyof typeof CHANNEL_LABELS;
export const CHANNELS = Object.keys(CHANNEL_LABELS) as Channel[];
