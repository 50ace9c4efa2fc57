// The workbook, opened again with ExcelJS: a sheet per table, merged headers, numbers as numbers, blanks empty.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateReports } from '../../../test/report-arbitrary.ts';
import { writeXlsxReport } from './xlsx.ts';

const report = structuredClone(generateReports(1, 9)[0]!);
report.tables.applications!.received[2] = null;
report.tables.proactive!.administrativeFees = [12.36];

const workbook = new ExcelJS.Workbook();
await workbook.xlsx.load(Buffer.from(await writeXlsxReport(report)) as unknown as ArrayBuffer);
const sheet = (name: string) => workbook.getWorksheet(name)!;
/** The merged range that starts at the cell holding this text, e.g. "D3:J3". */
function mergeOf(name: string, text: string): string | undefined {
  const merges = (sheet(name) as unknown as { model: { merges: string[] } }).model.merges;
  let address: string | undefined;
  sheet(name).eachRow((row) =>
    row.eachCell((cell) => void (cell.value === text && (address ??= cell.address))),
  );
  return merges.find((range) => range.startsWith(`${address}:`));
}

describe('XLSX report', () => {
  it('has one sheet per table', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['二 主动公开', '三 依申请公开', '四 复议诉讼']);
  });

  it('merges the header cells as the format does', () => {
    expect(mergeOf('三 依申请公开', '申请人情况')).toBe('D3:J3');
    expect(mergeOf('三 依申请公开', '法人或其他组织')).toBe('E4:I4');
    expect(mergeOf('三 依申请公开', '三、本年度办理结果')).toBe('A8:A29');
    expect(mergeOf('四 复议诉讼', '行政诉讼')).toBe('F3:O3');
    expect(mergeOf('二 主动公开', '第二十条第(一)项')).toBe('A3:D3');
  });

  it('keeps numbers as numbers, fees as decimals and blank cells empty', () => {
    const applications = sheet('三 依申请公开');
    expect(applications.getCell('C6').value).toBe('一、本年新收政府信息公开申请数量');
    expect(applications.getCell('D6').value).toBe(report.tables.applications!.received[0]);
    expect(applications.getCell('F6').value).toBeNull();
    const fees = sheet('二 主动公开');
    let amount: unknown;
    fees.eachRow((row) => {
      if (row.getCell(1).value === '行政事业性收费') amount = row.getCell(2).value;
    });
    expect(amount).toBe(12.36);
  });
});
