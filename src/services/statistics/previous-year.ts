// The year before's report for the cross-year checks T3-6 and T2-1 (spec; issue 11): what the agency published for
// it if it did (its latest version, as the public has read it), else its tables built from today's data.
import type { AnnualReport } from '../../core/report/model.ts';
import type { Agency } from '../../storage/agencies.ts';
import { latestVersion, publicationOf } from '../../storage/annual-report-publications.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { catalogueProactiveTable } from '../publications/annual.ts';
import { applicationsTable } from './annual.ts';

export async function previousYearReport(
  ctx: ServiceContext,
  actor: Actor,
  agency: Agency,
  year: number,
): Promise<AnnualReport> {
  const previous = year - 1;
  const version = await latestVersion(ctx.db, agency.id, previous);
  const published = version > 0 ? await publicationOf(ctx.db, agency.id, previous, version) : undefined;
  if (published) return { ...published.report, agency: agency.name, year: previous };
  // Table 四 takes part in no cross-year rule, so it is not built.
  const [applications, proactive] = await Promise.all([
    applicationsTable(ctx.db, agency.id, previous),
    catalogueProactiveTable(ctx, actor, { agencyId: agency.id, year: previous }),
  ]);
  return {
    agency: agency.name,
    year: previous,
    format: '2021',
    publishedOn: null,
    title: null,
    preface: '',
    sections: [],
    tables: { proactive, applications, reviewLitigation: null },
    mappingLosses: [],
  };
}
