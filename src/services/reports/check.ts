// Checking annual reports (issue: annual-report engine): each document is read and checked on its own, so one
// unreadable document never stops the others; reports of one agency for consecutive years are then checked across
// years (T3-6, T2-1). Anyone may check a report (`reports.check` is public): reports are published documents.
import { formatErrorMessage, isDomainError, type ErrorCode } from '../../core/errors/index.ts';
import type { Finding } from '../../core/findings.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { checkReport, checkYearPairs } from '../../core/report/check/index.ts';
import { readReportBytes, readReportFile, type ReadResult } from '../../formats/read/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';

/** A document to check, read only when its turn comes (a batch of hundreds is never all in memory). */
export interface ReportDocument {
  name: string;
  read(): Promise<ReadResult>;
}

/** A file on this machine's disk (the command line): its size is checked before a byte is read. */
export function fileDocument(path: string): ReportDocument {
  return { name: path, read: () => readReportFile(path) };
}

/** An uploaded document; its name's extension decides the reader. */
export function bytesDocument(name: string, bytes: Uint8Array): ReportDocument {
  return { name, read: () => readReportBytes(name, bytes) };
}

export interface DocumentVerdict {
  name: string;
  report: AnnualReport | null;
  /** Why the document could not be read as a report. */
  failure: { code: ErrorCode; message: string } | null;
  findings: Finding[];
}

export async function checkReports(
  _ctx: ServiceContext,
  actor: Actor,
  input: { documents: readonly ReportDocument[] },
  onChecked: (name: string) => void = () => {},
): Promise<DocumentVerdict[]> {
  authorize(actor, 'reports.check');
  const verdicts: DocumentVerdict[] = [];
  for (const document of input.documents) {
    verdicts.push(await checkDocument(document));
    onChecked(document.name);
  }
  addCrossYearFindings(verdicts);
  return verdicts;
}

/** Reads a document as a report, with the reader's own findings (what `report show` prints). */
export async function readReport(
  _ctx: ServiceContext,
  actor: Actor,
  input: { document: ReportDocument },
): Promise<ReadResult> {
  authorize(actor, 'reports.check');
  return input.document.read();
}

/** One document read and checked on its own; a document that cannot be read is a verdict with its failure. */
export async function checkDocument(document: ReportDocument): Promise<DocumentVerdict> {
  try {
    // The readers bound their own time (report.timeout) and size (report.fileTooLarge).
    const { report, findings } = await document.read();
    return { name: document.name, report, failure: null, findings: [...findings, ...checkReport(report)] };
  } catch (error) {
    return { name: document.name, report: null, failure: describeFailure(error), findings: [] };
  }
}

/** Files year N's cross-year findings (T3-6, T2-1) under year N's document. */
export function addCrossYearFindings(verdicts: DocumentVerdict[]): void {
  const verdictOf = new Map(verdicts.flatMap((v) => (v.report ? [[v.report, v] as const] : [])));
  const reports = verdicts.flatMap((v) => (v.report ? [v.report] : []));
  for (const pair of checkYearPairs(reports)) verdictOf.get(pair.report)!.findings.push(...pair.findings);
}

function describeFailure(error: unknown): { code: ErrorCode; message: string } {
  if (isDomainError(error)) return { code: error.code, message: error.message };
  const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const code: ErrorCode =
    (error as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'report.fileMissing' : 'report.corruptFile';
  return { code, message: formatErrorMessage(code, { reason }) };
}
