// The drill-down of the annual report's cells (issue 11): which catalogue items (table 二, 第二十条第(一)项), requests
// (table 三) or review cases (table 四) a cell counts, as many as its value.
import { z } from 'zod';
import { NORMATIVE_COLUMNS } from '../core/publications/proactive-table.ts';
import { NORMATIVE_GENRES } from '../core/publications/vocabulary.ts';
import { APPLICANT_COLUMNS } from '../core/taxonomy/applicants.ts';
import { APPLICATION_ROW_KEYS } from '../core/taxonomy/applications-table.ts';
import { REVIEW_GROUPS, REVIEW_RESULTS } from '../core/taxonomy/review-table.ts';
import { reportYear } from './reports.ts';

export const cellQuery = z.discriminatedUnion('table', [
  // Only 第二十条第(一)项 comes from the catalogue; the other rows of table 二 are figures entered with their source.
  z.strictObject({
    table: z.literal('proactive'),
    row: z.enum(NORMATIVE_GENRES, { message: '表二只有规章、行政规范性文件两行来自目录' }),
    column: z.enum(NORMATIVE_COLUMNS, { message: '表二没有这一列' }),
  }),
  z.strictObject({
    table: z.literal('applications'),
    row: z.enum(APPLICATION_ROW_KEYS, { message: '表三没有这一行' }),
    column: z.enum(APPLICANT_COLUMNS, { message: '表三没有这一列' }),
  }),
  z.strictObject({
    table: z.literal('reviewLitigation'),
    row: z.enum(REVIEW_GROUPS, { message: '表四没有这一类' }),
    column: z.enum(REVIEW_RESULTS, { message: '表四没有这一列' }),
  }),
]);

export const cellInput = z.intersection(
  cellQuery,
  z.object({ agencyId: z.string().min(1).max(64), year: reportYear }),
);
export type CellInput = z.input<typeof cellInput>;

export const cellEntrySchema = z.object({
  kind: z.enum(['catalogueItem', 'request', 'reviewCase']),
  id: z.string(),
  label: z.string().describe('目录条目的标题、申请的查询编号，或复议诉讼案号'),
  date: z.string().nullable().describe('成文日期、收到申请之日，或立案之日'),
  requestId: z.string().nullable().describe('案件所涉申请（控制台链接到该申请）'),
});

export const cellDrillDownSchema = z.object({
  count: z.number().int(),
  entries: z.array(cellEntrySchema),
});
export type CellDrillDown = z.infer<typeof cellDrillDownSchema>;
