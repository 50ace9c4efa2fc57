// The AnnualReport as a zod schema: the one boundary check for a report that arrives as data (a JSON file, an API
// body). Row keys, row widths and cell kinds come from the taxonomy so they cannot drift from the format
// (国办公开办函〔2021〕30号; docs/statute.md §2.2–2.4). docs/annual-report.schema.json is generated from this schema.
import { z } from 'zod';
import { isoDate } from '../requests/events.ts';
import { APPLICANT_COLUMNS } from '../taxonomy/applicants.ts';
import { APPLICATION_ROW_KEYS } from '../taxonomy/applications-table.ts';
import {
  PROACTIVE_ROW_KEYS,
  PROACTIVE_ROW_WIDTH,
  type ProactiveRowKey,
} from '../taxonomy/proactive-table.ts';
import { REVIEW_GROUPS, REVIEW_RESULTS } from '../taxonomy/review-table.ts';
import { SECTION_KEYS } from '../taxonomy/sections.ts';
import { REPORT_FORMATS } from './model.ts';

/** A count: a non-negative integer, or null for a cell left blank (blank is not 0; T3-5). */
export const countCellSchema = z
  .number({ error: '应为非负整数，空白单元格写 null' })
  .int({ error: '应为整数' })
  .nonnegative({ error: '不能为负数' })
  .nullable()
  .meta({ id: 'CountCell', description: '件数：非负整数；空白单元格为 null（不同于 0）' });

/** 行政事业性收费 is stated in 万元 and may have decimals (docs/statute.md §2.2, rule T2-3). */
export const amountCellSchema = z
  .number({ error: '应为非负数（单位：万元），空白单元格写 null' })
  .nonnegative({ error: '不能为负数' })
  .nullable()
  .meta({ id: 'AmountCell', description: '金额（万元）：非负数，可有小数；空白单元格为 null' });

function cellRow<T extends z.ZodType>(cell: T, width: number, what: string) {
  return z.array(cell).length(width, { error: `${what}应有 ${width} 个单元格` });
}

/** A table as an object with exactly the given row keys, each row schema built by `rowOf`. */
function tableSchema<K extends string, R extends z.ZodType>(
  keys: readonly K[],
  rowOf: (key: K) => R,
  meta: { id: string; description: string },
) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, rowOf(key)])) as Record<K, R>).meta(meta);
}

/** Table 二: regulation/normativeDocument → [issued, repealed, inForce]; the others → one value. */
export const proactiveTableSchema = tableSchema(
  PROACTIVE_ROW_KEYS,
  (key: ProactiveRowKey) =>
    cellRow(
      key === 'administrativeFees' ? amountCellSchema : countCellSchema,
      PROACTIVE_ROW_WIDTH[key],
      '该行',
    ),
  { id: 'ProactiveTable', description: '表二 主动公开政府信息情况' },
);

/** Table 三: 25 rows × 7 columns. */
const applicationRow = cellRow(countCellSchema, APPLICANT_COLUMNS.length, '该行').describe(
  `7 列，依次为 ${APPLICANT_COLUMNS.join(', ')}`,
);
export const applicationsTableSchema = tableSchema(APPLICATION_ROW_KEYS, () => applicationRow, {
  id: 'ApplicationsTable',
  description: '表三 收到和处理政府信息公开申请情况：25 行 × 7 列',
});

/** Table 四: three groups of five. */
const reviewRow = cellRow(countCellSchema, REVIEW_RESULTS.length, '该组').describe(
  `5 列，依次为 ${REVIEW_RESULTS.join(', ')}`,
);
export const reviewLitigationTableSchema = tableSchema(REVIEW_GROUPS, () => reviewRow, {
  id: 'ReviewLitigationTable',
  description: '表四 政府信息公开行政复议、行政诉讼情况：3 组 × 5 列',
});

export const reportSectionSchema = z
  .strictObject({
    key: z.enum(SECTION_KEYS),
    heading: z.string().min(1, { error: '标题不能为空' }),
    text: z.string().describe('该部分正文，段落以换行分隔；不含表格单元格'),
  })
  .meta({ id: 'ReportSection' });

export const reportTablesSchema = z.strictObject({
  proactive: proactiveTableSchema.nullable(),
  applications: applicationsTableSchema.nullable(),
  reviewLitigation: reviewLitigationTableSchema.nullable(),
});

export const annualReportSchema = z
  .strictObject({
    agency: z.string().min(1, { error: '机关名称不能为空，未知时写 null' }).nullable(),
    year: z.number().int({ error: '年度应为整数' }).min(2008).max(2100).nullable(),
    format: z.enum(REPORT_FORMATS),
    publishedOn: isoDate.nullable(),
    title: z.string().nullable(),
    preface: z.string(),
    sections: z
      .array(reportSectionSchema)
      .refine((sections) => new Set(sections.map((s) => s.key)).size === sections.length, {
        error: '同一部分不能出现两次',
      }),
    tables: reportTablesSchema,
    mappingLosses: z.array(z.string()),
  })
  .describe('政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）');
