// Building an agency's annual report from the data (`gongkai report build`, GET /api/v1/reports/annual): the
// statistics services assemble the tables (services/statistics/report.ts); this use case decides who may and on
// which day, and writes the requested format.
import { buildReportInput, type BuildReportInput } from '../../contracts/reports.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { buildAnnualReport, type BuiltReport } from '../statistics/report.ts';
import { copyFindings } from '../supervision/copies.ts';
import { parseInput } from '../validation.ts';
import { writeAs } from './convert.ts';

export interface BuiltReportOutput extends BuiltReport {
  /** The report in the requested format, when one was asked for. */
  written: string | Uint8Array | null;
}

export async function buildReport(
  ctx: ServiceContext,
  actor: Actor,
  input: BuildReportInput,
): Promise<BuiltReportOutput> {
  // buildAnnualReport authorizes 'reports.build' for the agency before it reads anything.
  const data = parseInput(buildReportInput, input);
  const built = await buildAnnualReport(ctx, actor, {
    agencyId: data.agencyId,
    year: data.year,
    ...(data.reviewStatus ? { reviewStatusBasis: data.reviewStatus } : {}),
  });
  // N-3: paragraphs copied from other agencies' reports of the year or from the agency's own previous year.
  const copies = await copyFindings(ctx.db, {
    agencyId: data.agencyId,
    agencyName: built.report.agency ?? '',
    year: data.year,
    report: built.report,
  });
  const findings = [...built.findings, ...copies];
  return { ...built, findings, written: data.format ? await writeAs(built.report, data.format) : null };
}
