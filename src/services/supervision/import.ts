// Importing the annual reports of agencies not on the platform (a supervising office collects them to see all the
// agencies under it): each file — or each file inside a zip — goes through the reader on its own; an accepted report
// is stored with its findings under the office, replacing an earlier import of the same agency and year (audited);
// a refused file is listed with its reason, and never stops the others.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError, formatErrorMessage, isDomainError } from '../../core/errors/index.ts';
import { checkReport } from '../../core/report/check/index.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import type { Finding } from '../../core/findings.ts';
import type { ImportResult } from '../../contracts/supervision-reports.ts';
import { reportYear } from '../../contracts/reports.ts';
import { readReportBytes } from '../../formats/read/index.ts';
import { unzipReports } from '../../formats/read/report-zip.ts';
import { replaceImportedReport } from '../../storage/supervision-reports.ts';
import type { Actor } from '../actor.ts';
import { allAgencies } from '../agencies.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

const importInput = z.strictObject({ agencyId: z.string().min(1).max(64).optional(), year: reportYear });

interface Accepted {
  sourceName: string;
  report: AnnualReport & { agency: string; year: number };
  findings: Finding[];
}

type Refused = ImportResult['refused'][number];

function refusal(sourceName: string, error: unknown): Refused {
  if (isDomainError(error)) return { sourceName, code: error.code, reason: error.message };
  const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return {
    sourceName,
    code: 'report.corruptFile',
    reason: formatErrorMessage('report.corruptFile', { reason }),
  };
}

const extension = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

/** The files as documents: a zip opens into its entries (named zip/entry), each refused or kept on its own. */
function expand(files: readonly UploadedFile[], refused: Refused[]): UploadedFile[] {
  return files.flatMap((file) => {
    if (extension(file.name) !== 'zip') return [file];
    try {
      return unzipReports(file.bytes).flatMap((entry) => {
        const name = `${file.name}/${entry.name}`;
        if ('refusal' in entry) return (refused.push(refusal(name, entry.refusal)), []);
        return [{ name, bytes: entry.bytes }];
      });
    } catch (error) {
      refused.push(refusal(file.name, error));
      return [];
    }
  });
}

export async function importReports(
  ctx: ServiceContext,
  actor: Actor,
  input: z.input<typeof importInput> & { files: readonly UploadedFile[] },
): Promise<ImportResult> {
  const data = parseInput(importInput, { agencyId: input.agencyId, year: input.year });
  const officeId = data.agencyId ?? (actor.kind === 'staff' ? actor.agencyId : undefined);
  authorize(actor, 'supervision.importReports', officeId);
  const onPlatform = new Set((await allAgencies(ctx.db)).map((a) => a.name));
  const refused: Refused[] = [];
  const accepted: Accepted[] = [];
  for (const file of expand(input.files, refused)) {
    try {
      accepted.push(await acceptable(file, data.year, onPlatform));
    } catch (error) {
      refused.push(refusal(file.name, error));
    }
  }
  const stored = await transact(ctx.db, async (trx) => {
    const out: ImportResult['accepted'] = [];
    const now = ctx.clock.now();
    for (const a of accepted) {
      const id = randomUUID();
      const replacedId = await replaceImportedReport(trx, {
        id,
        supervisorAgencyId: officeId!,
        agencyName: a.report.agency,
        year: a.report.year,
        sourceName: a.sourceName,
        format: extension(a.sourceName),
        report: a.report,
        findings: a.findings,
        importedAt: now.toISOString(),
        importedBy: actor.kind === 'staff' ? actor.displayName : '系统',
        importedByUserId: actor.userId,
      });
      await recordChange(trx, actor, {
        at: now,
        action: replacedId ? 'annualReport.importReplaced' : 'annualReport.imported',
        subjectType: 'importedAnnualReport',
        subjectId: id,
        agencyId: officeId!,
        details: { agency: a.report.agency, year: a.report.year, source: a.sourceName, replaces: replacedId },
      });
      out.push({
        sourceName: a.sourceName,
        agencyName: a.report.agency,
        year: a.report.year,
        replaced: replacedId !== null,
      });
    }
    return out;
  });
  return { accepted: stored, refused };
}

async function acceptable(
  file: UploadedFile,
  year: number,
  onPlatform: ReadonlySet<string>,
): Promise<Accepted> {
  const { report, findings } = await readReportBytes(file.name, file.bytes);
  if (report.year === null) throw new DomainError('supervision.noYear');
  if (report.year !== year)
    throw new DomainError('supervision.wrongYear', { actual: report.year, expected: year });
  const agency = report.agency?.trim();
  if (!agency) throw new DomainError('supervision.noAgency');
  if (onPlatform.has(agency)) throw new DomainError('supervision.agencyOnPlatform', { agency });
  const named = { ...report, agency, year: report.year };
  return { sourceName: file.name, report: named, findings: [...findings, ...checkReport(named)] };
}
