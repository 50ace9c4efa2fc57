// Checking a batch of report files: each file is read and checked on its own, so one unreadable file never stops
// the others; reports of one agency for consecutive years are then checked across years (T3-6, T2-1).
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { formatErrorMessage, isDomainError, type ErrorCode } from '../../core/errors/index.ts';
import type { Finding } from '../../core/findings.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { checkReport, checkYearPairs } from '../../core/report/check/index.ts';
import { readReportFile, REPORT_EXTENSIONS } from '../../formats/read/index.ts';

const isReportFile = (name: string) =>
  (REPORT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

export interface FileVerdict {
  file: string;
  report: AnnualReport | null;
  /** Why the file could not be read as a report. */
  failure: { code: ErrorCode; message: string } | null;
  findings: Finding[];
}

/** Files named directly are taken whatever their extension; directories are searched for report files. */
export async function collectReportFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  return files;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else if (isReportFile(entry.name)) found.push(path);
  }
  return found;
}

export async function checkFile(file: string): Promise<FileVerdict> {
  try {
    // The readers bound their own time (report.timeout) and size (report.fileTooLarge).
    const { report, findings } = await readReportFile(file);
    return { file, report, failure: null, findings: [...findings, ...checkReport(report)] };
  } catch (error) {
    return { file, report: null, failure: describeFailure(error), findings: [] };
  }
}

export async function checkFiles(
  files: readonly string[],
  onFile: (file: string) => void,
): Promise<FileVerdict[]> {
  const verdicts: FileVerdict[] = [];
  for (const file of files) {
    verdicts.push(await checkFile(file));
    onFile(file);
  }
  addCrossYearFindings(verdicts);
  return verdicts;
}

/** Files year N's cross-year findings (T3-6, T2-1) under year N's file. */
function addCrossYearFindings(verdicts: FileVerdict[]): void {
  const fileOf = new Map(verdicts.flatMap((v) => (v.report ? [[v.report, v] as const] : [])));
  const reports = verdicts.flatMap((v) => (v.report ? [v.report] : []));
  for (const pair of checkYearPairs(reports)) fileOf.get(pair.report)!.findings.push(...pair.findings);
}

function describeFailure(error: unknown): { code: ErrorCode; message: string } {
  if (isDomainError(error)) return { code: error.code, message: error.message };
  const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const code: ErrorCode =
    (error as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'report.fileMissing' : 'report.corruptFile';
  return { code, message: formatErrorMessage(code, { reason }) };
}
