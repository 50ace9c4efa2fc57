// Reading published annual reports: the staff list of every version, and the public's view — each year's latest
// version, one version with its frozen report and the other versions of its year, and that report as a DOCX or
// XLSX download written from the snapshot (never rebuilt from today's data).
import { z } from 'zod';
import { listPublicationsQuery, reportYear, type ReportPublication } from '../../contracts/reports.ts';
import { DomainError } from '../../core/errors/index.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { reportFragmentHtml } from '../../formats/write/html.ts';
import {
  listPublications,
  publicationOf,
  type PublishedReport,
} from '../../storage/annual-report-publications.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { agenciesToList, authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { writeAs } from './convert.ts';

export type { PublishedReport };

/**
 * Staff's record of what their agencies (or, for a supervisor, those under it) have published: every version,
 * newest first. Under the rule of the reports themselves ('reports.build'): the public reads through the portal.
 */
export async function listReportPublications(
  ctx: ServiceContext,
  actor: Actor,
  input: z.input<typeof listPublicationsQuery>,
): Promise<ReportPublication[]> {
  const data = parseInput(listPublicationsQuery, input);
  const agencyIds = agenciesToList(actor, 'reports.build', data.agencyId);
  return listPublications(ctx.db, agencyIds, data.year);
}

/** Each year the agency has published, as its latest version, newest year first. */
export async function publishedYears(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string },
): Promise<ReportPublication[]> {
  authorize(actor, 'reports.readPublished', input.agencyId);
  const all = await listPublications(ctx.db, [input.agencyId]);
  // Newest version first within a year: the first seen of each year is its latest.
  return all.filter((p, i) => i === 0 || all[i - 1]!.year !== p.year);
}

const versionQuery = z.strictObject({
  agencyId: z.string().min(1).max(64),
  year: reportYear,
  version: z.number().int().min(1).max(10_000).optional(),
});

export interface PublishedReportView {
  publication: PublishedReport;
  /** Every version of the year, newest first (the shown one among them). */
  versions: ReportPublication[];
}

/** One version of a year (the latest unless asked), or reports.publicationNotFound. */
export async function publishedReport(
  ctx: ServiceContext,
  actor: Actor,
  input: z.input<typeof versionQuery>,
): Promise<PublishedReportView> {
  authorize(actor, 'reports.readPublished', input.agencyId);
  const { agencyId, year, version } = parseInput(versionQuery, input);
  const versions = await listPublications(ctx.db, [agencyId], year);
  const wanted = version ?? versions[0]?.version;
  const publication = wanted === undefined ? undefined : await publicationOf(ctx.db, agencyId, year, wanted);
  if (!publication) throw new DomainError('reports.publicationNotFound', { year });
  return { publication, versions };
}

export const PUBLISHED_DOWNLOADS = ['pdf', 'docx', 'xlsx'] as const;
export type PublishedDownload = (typeof PUBLISHED_DOWNLOADS)[number];
export const isPublishedDownload = (extension: string): extension is PublishedDownload =>
  (PUBLISHED_DOWNLOADS as readonly string[]).includes(extension);

/** A version's frozen report written as a document (after publishedReport has read it for the actor). */
export async function publishedReportDocument(
  publication: PublishedReport,
  format: PublishedDownload,
): Promise<Uint8Array> {
  const written = await writeAs(publication.report, format);
  return typeof written === 'string' ? new TextEncoder().encode(written) : written;
}

/**
 * A published report's body for a page that gives it its own title (h1): preface and sections 一…六 as h2, tables
 * as the HTML writer renders them, each in a labelled box that scrolls sideways on a narrow screen.
 */
export function publishedReportHtml(report: AnnualReport): string {
  return reportFragmentHtml({ ...report, title: null }, { sectionHeading: 'h2', scrollableTables: true });
}
