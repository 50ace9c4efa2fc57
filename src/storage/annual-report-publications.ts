// Published annual reports: each version of an agency's report for a year, frozen as the report value it was
// published with (migration 162). Rows are only ever added; a correction is the next version.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AnnualReport } from '../core/report/model.ts';
import { toNumber } from './rows.ts';
import type { AnnualReportPublicationTable, Database } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** A publication without its report: what lists show. */
export interface PublicationRecord {
  id: string;
  agencyId: string;
  year: number;
  version: number;
  publishedOn: string;
  publishedAt: string;
  publishedBy: string;
  correctionNote: string | null;
}

export interface PublishedReport extends PublicationRecord {
  report: AnnualReport;
}

export interface NewPublication extends PublishedReport {
  publishedByUserId: string | null;
}

const SUMMARY_COLUMNS = [
  'id',
  'agency_id',
  'year',
  'version',
  'published_on',
  'published_at',
  'published_by',
  'correction_note',
] as const;

type SummaryRow = Pick<Selectable<AnnualReportPublicationTable>, (typeof SUMMARY_COLUMNS)[number]>;

function toRecord(row: SummaryRow): PublicationRecord {
  return {
    id: row.id,
    agencyId: row.agency_id,
    year: toNumber(row.year),
    version: toNumber(row.version),
    publishedOn: row.published_on,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    correctionNote: row.correction_note,
  };
}

export async function insertPublication(trx: Executor, p: NewPublication): Promise<void> {
  await trx
    .insertInto('annual_report_publications')
    .values({
      id: p.id,
      agency_id: p.agencyId,
      year: p.year,
      version: p.version,
      report: JSON.stringify(p.report),
      published_on: p.publishedOn,
      published_at: p.publishedAt,
      published_by: p.publishedBy,
      published_by_user_id: p.publishedByUserId,
      correction_note: p.correctionNote,
    })
    .execute();
}

/** The highest version published for the agency's year, 0 when none. */
export async function latestVersion(db: Executor, agencyId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('annual_report_publications')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .executeTakeFirst();
  return toNumber(row?.version);
}

/** Every version of every year of the agencies, newest year first, then newest version first. */
export async function listPublications(
  db: Executor,
  agencyIds: readonly string[],
  year?: number,
): Promise<PublicationRecord[]> {
  if (agencyIds.length === 0) return [];
  let query = db
    .selectFrom('annual_report_publications')
    .select(SUMMARY_COLUMNS)
    .where('agency_id', 'in', agencyIds);
  if (year !== undefined) query = query.where('year', '=', year);
  const rows = await query.orderBy('year', 'desc').orderBy('version', 'desc').execute();
  return rows.map(toRecord);
}

/** One version with its frozen report, or undefined. */
export async function publicationOf(
  db: Executor,
  agencyId: string,
  year: number,
  version: number,
): Promise<PublishedReport | undefined> {
  const row = await db
    .selectFrom('annual_report_publications')
    .select([...SUMMARY_COLUMNS, 'report'])
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('version', '=', version)
    .executeTakeFirst();
  // Written by insertPublication from a checked report value: trusted inside the platform.
  return row && { ...toRecord(row), report: JSON.parse(row.report) as AnnualReport };
}
