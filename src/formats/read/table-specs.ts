// The three tables as the aligner needs them: for each row, the labels that name it (as comparison keys) and
// how many figures follow. Built once from core/taxonomy, so the reader knows exactly the labels the format has.
import {
  APPLICATION_ROWS,
  APPLICATIONS_TABLE_TITLE,
  APPLICANT_LABELS,
  APPLICATIONS_BALANCE_NOTE,
  APPLICANT_GROUP_LABEL,
  ORGANIZATION_GROUP_LABEL,
  RESULTS_LABEL,
  OUTCOME_GROUPS,
} from '../../core/taxonomy/index.ts';
import {
  PROACTIVE_SUBTABLES,
  PROACTIVE_TABLE_TITLE,
  PROACTIVE_ROW_WIDTH,
  CONTENT_HEADER,
} from '../../core/taxonomy/proactive-table.ts';
import {
  REVIEW_TABLE_TITLE,
  REVIEW_GROUP_LABELS,
  REVIEW_RESULT_LABELS,
  LITIGATION_LABEL,
} from '../../core/taxonomy/review-table.ts';
import type { RowSum } from './cell-splits.ts';
import { labelKey } from './normalize.ts';

export interface RowSpec {
  key: string;
  /** The label as printed in the format (for messages). */
  label: string;
  /** Comparison keys that name this row; the longest one found at the end of the text read wins. */
  keys: string[];
  width: number;
  /** Fees in 万元 may have decimals; every other cell is a count. */
  decimals: boolean;
}

export interface TableSpec {
  /** Chinese title, used in finding locations. */
  title: string;
  rows: RowSpec[];
  /**
   * Table 四 has no row label: its one row of figures follows the header. The row opens at the first figure
   * once every key listed here has been read.
   */
  headerAnchors?: string[];
  /** Header and caption words of this table, for telling table fragments from prose. */
  vocabulary: string[];
  /** The table's own arithmetic, used only to choose between several readings of glued figures (table-decode.ts). */
  identities?: TableIdentities;
}

/** Sums a filled-in table satisfies: within each row, and down each column between groups of rows. */
export interface TableIdentities {
  rowSums: RowSum[];
  /** Per column: the sum of the `plus` rows equals the sum of the `minus` rows. */
  columnSums: { plus: string[]; minus: string[] }[];
}

const row = (
  key: string,
  label: string,
  width: number,
  extraLabels: string[] = [],
  decimals = false,
): RowSpec => ({
  key,
  label,
  keys: [...new Set([label, ...extraLabels].map(labelKey))],
  width,
  decimals,
});

/** "1.属于国家秘密" is also found written without its number. Only for labels that stay unique without it. */
function withoutNumber(label: string): string[] {
  const bare = label.replace(/^\d+\./, '');
  return bare !== label && bare.length >= 4 ? [bare] : [];
}

// ---- table 二 ---------------------------------------------------------------------------------------------------
const PROACTIVE_2021_ROWS: RowSpec[] = PROACTIVE_SUBTABLES.flatMap((sub) =>
  sub.rows.map((r) => row(r.key, r.label, PROACTIVE_ROW_WIDTH[r.key], [], r.key === 'administrativeFees')),
);

const PROACTIVE_CAPTIONS_2021 = PROACTIVE_SUBTABLES.flatMap((sub) => [
  sub.caption,
  sub.contentHeader,
  ...sub.columns.map((c) => c.label),
]);

export const PROACTIVE_2021: TableSpec = {
  title: PROACTIVE_TABLE_TITLE,
  rows: PROACTIVE_2021_ROWS,
  vocabulary: [...PROACTIVE_CAPTIONS_2021, ...PROACTIVE_2021_ROWS.map((r) => r.label)],
};

/**
 * 2019 trial format, table 二 (docs/statute.md §2.6): other columns, an extra row in (五), no fee amount and item (九).
 * Row keys here are the 2019 rows; format-2019.ts maps them into the 2021 model and records what is lost.
 */
export const PROACTIVE_2019: TableSpec = {
  title: PROACTIVE_TABLE_TITLE,
  rows: [
    row('regulation', '规章', 3),
    row('normativeDocument', '规范性文件', 3),
    row('licensing', '行政许可', 3),
    row('otherServices', '其他对外管理服务事项', 3),
    row('penalty', '行政处罚', 3),
    row('coercion', '行政强制', 3),
    row('administrativeFees', '行政事业性收费', 2),
    row('centralProcurement', '政府集中采购', 2, [], true),
  ],
  vocabulary: [
    '第二十条第(一)项',
    '第二十条第(五)项',
    '第二十条第(六)项',
    '第二十条第(八)项',
    '第二十条第(九)项',
    CONTENT_HEADER,
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '本年增/减',
    '本年增减',
    '处理决定数量',
    '采购项目数量',
    '采购总金额',
    '规章',
    '规范性文件',
    '行政许可',
    '其他对外管理服务事项',
    '行政处罚',
    '行政强制',
    '行政事业性收费',
    '政府集中采购',
  ],
};

// ---- table 三 ---------------------------------------------------------------------------------------------------
const APPLICANT_WIDTH = Object.keys(APPLICANT_LABELS).length;

function applicationRowSpec(key: string, label: string): RowSpec {
  const extra = [...withoutNumber(label)];
  if (key === 'partiallyGranted') extra.push('(二)部分公开');
  return row(key, label, APPLICANT_WIDTH, extra);
}

const APPLICATIONS_HEADER_WORDS = [
  APPLICATIONS_BALANCE_NOTE,
  APPLICANT_GROUP_LABEL,
  ORGANIZATION_GROUP_LABEL,
  ...Object.values(APPLICANT_LABELS),
  RESULTS_LABEL,
  ...OUTCOME_GROUPS.map((g) => g.label),
];

const OUTSIDE_RESULTS = new Set(['received', 'carriedIn', 'total', 'carriedOut']);
const TOTAL_COLUMN = APPLICANT_WIDTH - 1;

/**
 * Table 三's arithmetic as the format states it (国办公开办函〔2021〕30号 and the 2019 format alike): 总计 is the sum
 * of the six applicant columns; (七)总计 is the sum of the results (一)…(六); and the header's own note
 * "第一项加第二项之和，等于第三项加第四项之和" (new + carried in = handled + carried out).
 */
function applicationIdentities(rows: RowSpec[]): TableIdentities {
  return {
    rowSums: [{ parts: [...Array(TOTAL_COLUMN).keys()], total: TOTAL_COLUMN }],
    columnSums: [
      { plus: ['total'], minus: rows.map((r) => r.key).filter((key) => !OUTSIDE_RESULTS.has(key)) },
      { plus: ['received', 'carriedIn'], minus: ['total', 'carriedOut'] },
    ],
  };
}

const APPLICATION_ROW_SPECS = APPLICATION_ROWS.map((r) => applicationRowSpec(r.key, r.label));

export const APPLICATIONS_2021: TableSpec = {
  title: APPLICATIONS_TABLE_TITLE,
  rows: APPLICATION_ROW_SPECS,
  vocabulary: [...APPLICATIONS_HEADER_WORDS, ...APPLICATION_ROWS.map((r) => r.label)],
  identities: applicationIdentities(APPLICATION_ROW_SPECS),
};

/** 2019: (六)其他处理 is one row with no sub-items (docs/statute.md §2.6), in the place of the three. */
const APPLICATION_ROW_SPECS_2019 = APPLICATION_ROW_SPECS.flatMap((r) => {
  if (r.key === 'otherDisposal.correctionLapsed')
    return [row('otherDisposal', '(六)其他处理', APPLICANT_WIDTH)];
  return r.key.startsWith('otherDisposal.') ? [] : [r];
});
export const APPLICATIONS_2019: TableSpec = {
  ...APPLICATIONS_2021,
  rows: APPLICATION_ROW_SPECS_2019,
  identities: applicationIdentities(APPLICATION_ROW_SPECS_2019),
};

// ---- table 四 ---------------------------------------------------------------------------------------------------
export const REVIEW_ROW_WIDTH = 15;
const REVIEW_GROUP_WIDTH = 5;

/** Table 四: in each of its three groups, 总计 is the sum of the four results before it. */
const REVIEW_SUMS: RowSum[] = [0, 1, 2].map((group) => {
  const first = group * REVIEW_GROUP_WIDTH;
  return { parts: [first, first + 1, first + 2, first + 3], total: first + 4 };
});

export const REVIEW_LITIGATION: TableSpec = {
  title: REVIEW_TABLE_TITLE,
  rows: [row('all', '行政复议、行政诉讼', REVIEW_ROW_WIDTH)],
  headerAnchors: [labelKey(REVIEW_GROUP_LABELS.review)],
  identities: { rowSums: REVIEW_SUMS, columnSums: [] },
  vocabulary: [
    ...Object.values(REVIEW_GROUP_LABELS),
    LITIGATION_LABEL,
    ...Object.values(REVIEW_RESULT_LABELS),
  ],
};

/** Every table word of both formats (titles included) as one searchable key string; keys never hold a newline. */
export const TABLE_VOCABULARY_KEY: string = [
  PROACTIVE_2021,
  PROACTIVE_2019,
  APPLICATIONS_2021,
  REVIEW_LITIGATION,
]
  .flatMap((t) => [t.title, ...t.vocabulary])
  .map(labelKey)
  .join('\n');
