// A supervising office's workbooks: the roster of who published (one row per agency, Chinese headers, the copy hits
// spelled out) and the roll-up of tables 三 and 四 (one row per agency, the 合计 row last).
import ExcelJS from 'exceljs';
import type { Rollup, Roster } from '../../contracts/supervision-reports.ts';
import { AGENCY_LEVEL_LABELS } from '../../core/agencies.ts';
import { APPLICATION_ROWS } from '../../core/taxonomy/applications-table.ts';
import {
  REVIEW_GROUPS,
  REVIEW_GROUP_LABELS,
  REVIEW_RESULTS,
  REVIEW_RESULT_LABELS,
} from '../../core/taxonomy/review-table.ts';

function sheetWith(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  headers: string[],
  widths: number[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = headers.map((_, i) => ({ width: widths[i] ?? 12 }));
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow(headers).font = { bold: true };
  return sheet;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function rosterXlsx(roster: Roster): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = sheetWith(
    workbook,
    '报送名册',
    `${roster.office.name} ${roster.year} 年度政府信息公开工作年度报告报送名册（截至 ${roster.today}）`,
    [
      '机关',
      '层级',
      '来源',
      '发布期限',
      '状态',
      '首次发布日期',
      '版本数',
      '错误',
      '警告',
      '问题规则',
      '雷同段落',
      '雷同详情',
    ],
    [34, 10, 8, 12, 18, 14, 8, 8, 8, 26, 10, 80],
  );
  for (const r of roster.rows) {
    sheet.addRow([
      r.name,
      r.level ? AGENCY_LEVEL_LABELS[r.level] : '',
      r.kind === 'imported' ? '导入' : '平台',
      r.deadline ?? '',
      r.statusLabel,
      r.publishedOn ?? '',
      r.versions,
      r.errors,
      r.warnings,
      r.rules.map((x) => `${x.rule}×${x.count}`).join('，'),
      r.copies.length,
      r.copies
        .map(
          (c) =>
            `${c.section}第${c.paragraph}段 ← ${c.sourceAgency}${c.sourceYear}年（${Math.round(c.similarity * 100)}%）`,
        )
        .join('\n'),
    ]);
  }
  return bytesOf(workbook);
}

export function rollupXlsx(rollup: Rollup): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const three = sheetWith(
    workbook,
    '三 依申请公开',
    `${rollup.office.name} ${rollup.year} 年度 表三汇总（各机关“总计”列）`,
    ['机关', ...APPLICATION_ROWS.map((row) => [...row.parents.slice(1), row.label].join(' '))],
    [34],
  );
  for (const r of [...rollup.rows, rollup.total]) {
    three.addRow([r.name, ...APPLICATION_ROWS.map((row) => r.applications[row.key] ?? null)]);
  }
  const four = sheetWith(
    workbook,
    '四 复议诉讼',
    `${rollup.office.name} ${rollup.year} 年度 表四汇总`,
    [
      '机关',
      ...REVIEW_GROUPS.flatMap((g) =>
        REVIEW_RESULTS.map((c) => `${REVIEW_GROUP_LABELS[g]} ${REVIEW_RESULT_LABELS[c]}`),
      ),
    ],
    [34],
  );
  for (const r of [...rollup.rows, rollup.total]) {
    four.addRow([r.name, ...REVIEW_GROUPS.flatMap((g) => r.reviewLitigation[g] ?? [])]);
  }
  return bytesOf(workbook);
}
