// Converting a report document into another format (`gongkai report convert`): read by its extension, written by
// the same writers as a report built from the data. Public like checking: the input is a published document.
import { convertReportInput, type ReportFormat } from '../../contracts/reports.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import type { ReportDocument } from './check.ts';

export interface ConvertedReport {
  report: AnnualReport;
  /** Text formats as a string, DOCX and XLSX as bytes. */
  written: string | Uint8Array;
}

export async function convertReport(
  _ctx: ServiceContext,
  actor: Actor,
  input: { document: ReportDocument; to: ReportFormat },
): Promise<ConvertedReport> {
  authorize(actor, 'reports.check');
  const { to } = parseInput(convertReportInput, { to: input.to });
  const { report } = await input.document.read();
  return { report, written: await writeAs(report, to) };
}

/** The writers load docx and exceljs: imported only when a report is written. */
export async function writeAs(report: AnnualReport, format: ReportFormat): Promise<string | Uint8Array> {
  const { writeReport } = await import('../../formats/write/index.ts');
  return writeReport(report, format);
}
