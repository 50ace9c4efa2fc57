// Table 二 (主动公开政府信息情况, 2021 format, docs/statute.md §2.2) for one agency and year.
//
// 第二十条第(一)项 comes from the catalogue. For 规章 and 行政规范性文件 (genre, not website column: a 政策文件
// that is not a 行政规范性文件 is not counted, docs/statute.md §2.7 (b)), over published items:
//   本年制发件数  = items whose 成文日期 falls in the year;
//   本年废止件数  = items whose validity says 已废止 with a 废止日期 in the year;
//   现行有效件数  = items written on or before 31 December and not repealed on or before it — an item marked
//                   已修改 stays in force as amended.
// 第二十条第(五)(六)(八)项 (行政许可, 行政处罚, 行政强制 decisions; 行政事业性收费 in 万元) come from the systems
// that make those decisions; they are entered with their source. A figure not entered stays blank (null), never 0.
import { z } from 'zod';
import type { ProactiveTable } from '../report/model.ts';
import type { ProactiveRowKey } from '../taxonomy/proactive-table.ts';
import { inYear, isPublished, type CatalogueFacts } from './catalogue-facts.ts';
import type { NormativeGenre } from './vocabulary.ts';

export const EXTERNAL_FIGURE_ROWS = [
  'licensing',
  'penalty',
  'coercion',
  'administrativeFees',
] as const satisfies readonly ProactiveRowKey[];
export type ExternalFigureRow = (typeof EXTERNAL_FIGURE_ROWS)[number];

export const externalFigureSchema = z
  .object({
    row: z.enum(EXTERNAL_FIGURE_ROWS),
    year: z.number().int().min(2008).max(2100),
    /** Decisions (a count) or, for administrativeFees, 万元 with at most 4 decimals (1 yuan). */
    value: z.number().min(0, { error: '不能为负数' }),
    /** Where the figure comes from, e.g. “市行政执法监督平台 2024-01-05 导出”. */
    source: z.string().trim().min(1, { error: '须注明数据来源' }).max(200),
  })
  .superRefine((f, ctx) => {
    if (f.row !== 'administrativeFees' && !Number.isInteger(f.value)) {
      ctx.addIssue({ code: 'custom', message: '处理决定数量应为整数', path: ['value'] });
    }
    if (f.row === 'administrativeFees' && Math.round(f.value * 10_000) !== f.value * 10_000) {
      ctx.addIssue({ code: 'custom', message: '收费金额以万元为单位，最多保留四位小数', path: ['value'] });
    }
  });
export type ExternalFigure = z.infer<typeof externalFigureSchema>;

/** The columns of 第二十条第(一)项, in the table's order. */
export const NORMATIVE_COLUMNS = ['issued', 'repealed', 'inForce'] as const;
export type NormativeColumn = (typeof NORMATIVE_COLUMNS)[number];

/** The columns of `genre`'s row that `item` counts in for `year` (the rule above) — the table and its drill-down. */
export function normativeColumnsOf(
  item: CatalogueFacts,
  genre: NormativeGenre,
  year: number,
): NormativeColumn[] {
  if (item.genre !== genre || !isPublished(item)) return [];
  const endOfYear = `${year}-12-31`;
  const repealedOn = item.validity?.status === 'repealed' ? item.validity.repealedOn : null;
  const columns: NormativeColumn[] = [];
  if (inYear(item.writtenOn, year)) columns.push('issued');
  if (inYear(repealedOn, year)) columns.push('repealed');
  if (
    item.writtenOn !== null &&
    item.writtenOn <= endOfYear &&
    !(repealedOn !== null && repealedOn <= endOfYear)
  )
    columns.push('inForce');
  return columns;
}

/** [issued, repealed, inForce] for one genre — 《条例》第二十条第(一)项. */
export function normativeCounts(
  items: readonly CatalogueFacts[],
  genre: NormativeGenre,
  year: number,
): [number, number, number] {
  const counted = items.flatMap((item) => normativeColumnsOf(item, genre, year));
  const [issued, repealed, inForce] = NORMATIVE_COLUMNS.map((c) => counted.filter((k) => k === c).length);
  return [issued!, repealed!, inForce!];
}

/** The whole of table 二 for `year`: catalogue counts plus the entered figures of that year. */
export function buildProactiveTable(
  items: readonly CatalogueFacts[],
  figures: readonly ExternalFigure[],
  year: number,
): ProactiveTable {
  const figure = (row: ExternalFigureRow) =>
    figures.find((f) => f.row === row && f.year === year)?.value ?? null;
  return {
    regulation: normativeCounts(items, 'regulation', year),
    normativeDocument: normativeCounts(items, 'normativeDocument', year),
    licensing: [figure('licensing')],
    penalty: [figure('penalty')],
    coercion: [figure('coercion')],
    administrativeFees: [figure('administrativeFees')],
  };
}
