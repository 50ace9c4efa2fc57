// Table 二 "主动公开政府信息情况" (2021 format; docs/statute.md §2.2): four sub-tables, 10 cells.
// Each sub-table is captioned by the item of 《条例》第二十条 it reports.

export const PROACTIVE_ROW_KEYS = [
  'regulation',
  'normativeDocument',
  'licensing',
  'penalty',
  'coercion',
  'administrativeFees',
] as const;
export type ProactiveRowKey = (typeof PROACTIVE_ROW_KEYS)[number];

export interface ProactiveSubTable {
  /** e.g. "第二十条第(一)项" */
  caption: string;
  /** Header of the label column, always 信息内容. */
  contentHeader: string;
  /** Column keys (JSON) and their exact header labels. */
  columns: readonly { key: string; label: string }[];
  rows: readonly { key: ProactiveRowKey; label: string }[];
}

export const PROACTIVE_TABLE_TITLE = '二、主动公开政府信息情况';
export const CONTENT_HEADER = '信息内容';

export const PROACTIVE_SUBTABLES: readonly ProactiveSubTable[] = [
  {
    caption: '第二十条第(一)项',
    contentHeader: CONTENT_HEADER,
    columns: [
      { key: 'issued', label: '本年制发件数' },
      { key: 'repealed', label: '本年废止件数' },
      { key: 'inForce', label: '现行有效件数' },
    ],
    rows: [
      { key: 'regulation', label: '规章' },
      { key: 'normativeDocument', label: '行政规范性文件' },
    ],
  },
  {
    caption: '第二十条第(五)项',
    contentHeader: CONTENT_HEADER,
    columns: [{ key: 'decisions', label: '本年处理决定数量' }],
    rows: [{ key: 'licensing', label: '行政许可' }],
  },
  {
    caption: '第二十条第(六)项',
    contentHeader: CONTENT_HEADER,
    columns: [{ key: 'decisions', label: '本年处理决定数量' }],
    rows: [
      { key: 'penalty', label: '行政处罚' },
      { key: 'coercion', label: '行政强制' },
    ],
  },
  {
    caption: '第二十条第(八)项',
    contentHeader: CONTENT_HEADER,
    columns: [{ key: 'amountTenThousandYuan', label: '本年收费金额(单位:万元)' }],
    rows: [{ key: 'administrativeFees', label: '行政事业性收费' }],
  },
];

/** How many cells each row of table 二 has. */
export const PROACTIVE_ROW_WIDTH: Record<ProactiveRowKey, number> = {
  regulation: 3,
  normativeDocument: 3,
  licensing: 1,
  penalty: 1,
  coercion: 1,
  administrativeFees: 1,
};
