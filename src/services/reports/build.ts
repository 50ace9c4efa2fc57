// Building an agency's annual report from the data (`gongkai report build`, GET /api/v1/reports/annual): the
// statistics services assemble the tables (services/statistics/report.ts); this use case decides who may and on
// which day, and writes the requested format.
import { buildReportInput, type BuildReportInput } from '../../contracts/reports.ts';
import type { Actor } from '../actor.ts';
import { getAgency } from '../agencies.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { buildAnnualReport, type BuiltReport } from '../statistics/report.ts';
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
  const agency = await getAgency(ctx.db, input.agencyId);
  authorize(actor, 'reports.build', agency.id);
  const data = parseInput(buildReportInput, input);
  const built = await buildAnnualReport(ctx.db, agency, data.year, {
    reviewStatusBasis: data.reviewStatus,
    reportDate: ctx.clock.today(),
  });
  return { ...built, written: data.format ? await writeAs(built.report, data.format) : null };
}
