// One entry point for every report writer: `gongkai report convert --to …` and `report build --format …` call it.
import type { AnnualReport } from '../../core/report/model.ts';
import { writeJsonReport } from '../json/write.ts';
import { writeDocxReport } from './docx.ts';
import { writeHtmlReport } from './html.ts';
import { writeMarkdownReport } from './markdown.ts';
import { writePdfReport } from './pdf.ts';
import { writeTextReport } from './text.ts';
import { writeXlsxReport } from './xlsx.ts';

export const REPORT_WRITE_FORMATS = ['text', 'html', 'md', 'json', 'docx', 'xlsx', 'pdf'] as const;
export type ReportWriteFormat = (typeof REPORT_WRITE_FORMATS)[number];

export {
  writeDocxReport,
  writeHtmlReport,
  writeJsonReport,
  writeMarkdownReport,
  writePdfReport,
  writeTextReport,
  writeXlsxReport,
};

/** Text formats come back as a string, DOCX, XLSX and PDF as bytes. */
export async function writeReport(
  report: AnnualReport,
  format: ReportWriteFormat,
): Promise<Uint8Array | string> {
  switch (format) {
    case 'text':
      return writeTextReport(report);
    case 'html':
      return writeHtmlReport(report);
    case 'md':
      return writeMarkdownReport(report);
    case 'json':
      return writeJsonReport(report);
    case 'docx':
      return writeDocxReport(report);
    case 'xlsx':
      return writeXlsxReport(report);
    case 'pdf':
      return writePdfReport(report);
  }
}
