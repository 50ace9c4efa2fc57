// The report's tables as a workbook: one sheet per table, the format's merged header cells merged, numbers as
// numbers (a blank cell stays empty, never 0), fees with two decimals. For analysts; there is no XLSX reader.
import ExcelJS from 'exceljs';
import type { AnnualReport } from '../../core/report/model.ts';
import { documentBlocks } from './document-blocks.ts';
import { tableCaption } from './html.ts';
import { placeCells, type TableLayout } from './table-layout.ts';

const SHEET_NAMES: Record<TableLayout['key'], string> = {
  proactive: '二 主动公开',
  applications: '三 依申请公开',
  reviewLitigation: '四 复议诉讼',
};

const LABEL_COLUMN_WIDTHS: Record<TableLayout['key'], number[]> = {
  proactive: [24, 16, 16, 16],
  applications: [10, 16, 36],
  reviewLitigation: [],
};
const VALUE_COLUMN_WIDTH = 11;
const TITLE_ROWS = 2;

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function addTableSheet(workbook: ExcelJS.Workbook, layout: TableLayout, heading: string): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES[layout.key], {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: TITLE_ROWS + layout.headerRowCount }],
  });
  sheet.columns = Array.from({ length: layout.columnCount }, (_, i) => ({
    width: LABEL_COLUMN_WIDTHS[layout.key][i] ?? VALUE_COLUMN_WIDTH,
  }));
  sheet.mergeCells(1, 1, 1, layout.columnCount);
  const title = sheet.getCell(1, 1);
  title.value = heading;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  for (const { cell, row, column } of placeCells(layout)) {
    const top = row + TITLE_ROWS + 1;
    const left = column + 1;
    if (cell.rowSpan > 1 || cell.colSpan > 1)
      sheet.mergeCells(top, left, top + cell.rowSpan - 1, left + cell.colSpan - 1);
    const target = sheet.getCell(top, left);
    if (cell.kind === 'header') {
      target.value = cell.text;
      target.font = { bold: cell.scope !== 'row' && cell.scope !== 'rowgroup' };
      target.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    } else {
      target.value = cell.value;
      target.numFmt = Number.isInteger(cell.value) ? '0' : '0.00';
      target.alignment = { horizontal: 'right', vertical: 'middle' };
    }
    for (let r = top; r < top + cell.rowSpan; r++) {
      for (let c = left; c < left + cell.colSpan; c++) sheet.getCell(r, c).border = border;
    }
  }
}

export async function writeXlsxReport(report: AnnualReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai';
  workbook.title = report.title ?? `${report.agency ?? ''}${report.year ?? ''}政府信息公开工作年度报告`;
  for (const block of documentBlocks(report)) {
    if (block.kind === 'table')
      addTableSheet(
        workbook,
        block.layout,
        `${report.agency ?? ''}${report.year ? `${report.year}年` : ''}${tableCaption(block.layout)}`,
      );
  }
  if (workbook.worksheets.length === 0)
    workbook.addWorksheet('无表格').getCell(1, 1).value = '本报告没有统计表';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
