// What a supervising office reads about annual reports, a year at a time and in a fixed number of queries (never
// one per agency): every publication's summary, the latest versions' frozen reports with their cached findings,
// and the reports imported for agencies not on the platform (migration 172).
import type { Kysely, Transaction } from 'kysely';
import type { Finding } from '../core/findings.ts';
import type { AnnualReport } from '../core/report/model.ts';
import { toNumber } from './rows.ts';
import type { Database } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** An agency's latest publication of a year, with what the roster needs of its history. */
export interface LatestPublication {
  id: string;
  agencyId: string;
  year: number;
  version: number;
  /** How many versions there are (1 + corrections). */
  versions: number;
  /** The first version's date: whether the report was on time (《条例》第四十九条). */
  firstPublishedOn: string;
  report: AnnualReport;
  /** The checker's findings, or null when not yet computed for this publication. */
  findings: Finding[] | null;
}

interface LatestVersion {
  id: string;
  version: number;
  versions: number;
  first: string;
  firstVersion: number;
}

/** Which version is each agency's latest of each year, with its history: one query over the summaries. */
async function latestVersionsOfYears(
  db: Executor,
  years: readonly number[],
): Promise<Map<string, LatestVersion>> {
  if (years.length === 0) return new Map();
  const summaries = await db
    .selectFrom('annual_report_publications')
    .select(['id', 'agency_id', 'year', 'version', 'published_on'])
    .where('year', 'in', years)
    .execute();
  const latest = new Map<string, LatestVersion>();
  for (const row of summaries) {
    const key = `${row.agency_id}/${toNumber(row.year)}`;
    const version = toNumber(row.version);
    const seen = latest.get(key);
    if (!seen) {
      latest.set(key, { id: row.id, version, versions: 1, first: row.published_on, firstVersion: version });
      continue;
    }
    seen.versions++;
    if (version > seen.version) Object.assign(seen, { id: row.id, version });
    if (version < seen.firstVersion) Object.assign(seen, { first: row.published_on, firstVersion: version });
  }
  return new Map([...latest.values()].map((l) => [l.id, l]));
}

/** Every agency's latest publication of each of the years: two queries whatever the number of agencies. */
export async function latestPublicationsOfYears(
  db: Executor,
  years: readonly number[],
): Promise<LatestPublication[]> {
  const byId = await latestVersionsOfYears(db, years);
  if (byId.size === 0) return [];
  const rows = await db
    .selectFrom('annual_report_publications as p')
    .leftJoin('annual_report_findings as f', 'f.publication_id', 'p.id')
    .select(['p.id', 'p.agency_id', 'p.year', 'p.report', 'f.findings'])
    .where('p.id', 'in', [...byId.keys()])
    .execute();
  return rows.map((row) => {
    const l = byId.get(row.id)!;
    return {
      id: row.id,
      agencyId: row.agency_id,
      year: toNumber(row.year),
      version: l.version,
      versions: l.versions,
      firstPublishedOn: l.first,
      // Written by insertPublication / saveFindings from checked values: trusted inside the platform.
      report: JSON.parse(row.report) as AnnualReport,
      findings: row.findings === null ? null : (JSON.parse(row.findings) as Finding[]),
    };
  });
}

/** The ids of copy detection's sources for a year (rule N-3): latest publications of it and the year before, imports of it. */
export async function copySourceIds(db: Executor, year: number): Promise<Set<string>> {
  const [latest, imported] = await Promise.all([
    latestVersionsOfYears(db, [year, year - 1]),
    db.selectFrom('imported_annual_reports').select('id').where('year', '=', year).execute(),
  ]);
  return new Set([...latest.keys(), ...imported.map((r) => r.id)]);
}

/** A copy source's text and who wrote it: `agencyId` for a publication, null for an import (named by `agencyName`). */
export interface CopySourceRow {
  id: string;
  agencyId: string | null;
  agencyName: string;
  year: number;
  version: number | null;
  report: AnnualReport;
}

/** The given publications and imports (ids from copySourceIds), with the agencies' names. */
export async function copySourcesByIds(db: Executor, ids: readonly string[]): Promise<CopySourceRow[]> {
  if (ids.length === 0) return [];
  const [published, imported] = await Promise.all([
    db
      .selectFrom('annual_report_publications as p')
      .innerJoin('agencies as a', 'a.id', 'p.agency_id')
      .select(['p.id', 'p.agency_id', 'a.name', 'p.year', 'p.version', 'p.report'])
      .where('p.id', 'in', ids)
      .execute(),
    db
      .selectFrom('imported_annual_reports')
      .select(['id', 'agency_name', 'year', 'report'])
      .where('id', 'in', ids)
      .execute(),
  ]);
  return [
    ...published.map((r) => ({
      id: r.id,
      agencyId: r.agency_id,
      agencyName: r.name,
      year: toNumber(r.year),
      version: toNumber(r.version),
      report: JSON.parse(r.report) as AnnualReport,
    })),
    ...imported.map((r) => ({
      id: r.id,
      agencyId: null,
      agencyName: r.agency_name,
      year: toNumber(r.year),
      version: null,
      report: JSON.parse(r.report) as AnnualReport,
    })),
  ];
}

/** Caches a publication's findings; a second writer computing the same ones concurrently is harmless. */
export async function saveFindings(db: Executor, entries: readonly { id: string; findings: Finding[] }[]) {
  if (entries.length === 0) return;
  await db
    .insertInto('annual_report_findings')
    .values(entries.map((e) => ({ publication_id: e.id, findings: JSON.stringify(e.findings) })))
    .onConflict((oc) => oc.column('publication_id').doNothing())
    .execute();
}

export interface ImportedReport {
  id: string;
  supervisorAgencyId: string;
  agencyName: string;
  year: number;
  sourceName: string;
  format: string;
  report: AnnualReport;
  findings: Finding[];
  importedAt: string;
  importedBy: string;
}

export async function importedReportsOfYear(db: Executor, year: number): Promise<ImportedReport[]> {
  const rows = await db
    .selectFrom('imported_annual_reports')
    .selectAll()
    .where('year', '=', year)
    .orderBy('agency_name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    supervisorAgencyId: row.supervisor_agency_id,
    agencyName: row.agency_name,
    year: toNumber(row.year),
    sourceName: row.source_name,
    format: row.format,
    report: JSON.parse(row.report) as AnnualReport,
    findings: JSON.parse(row.findings) as Finding[],
    importedAt: row.imported_at,
    importedBy: row.imported_by,
  }));
}

/** Stores an imported report, replacing the office's earlier import for the same agency and year; returns that one's id. */
export async function replaceImportedReport(
  trx: Transaction<Database>,
  r: ImportedReport & { importedByUserId: string | null },
): Promise<string | null> {
  const earlier = await trx
    .selectFrom('imported_annual_reports')
    .select('id')
    .where('supervisor_agency_id', '=', r.supervisorAgencyId)
    .where('agency_name', '=', r.agencyName)
    .where('year', '=', r.year)
    .executeTakeFirst();
  if (earlier) await trx.deleteFrom('imported_annual_reports').where('id', '=', earlier.id).execute();
  await trx
    .insertInto('imported_annual_reports')
    .values({
      id: r.id,
      supervisor_agency_id: r.supervisorAgencyId,
      agency_name: r.agencyName,
      year: r.year,
      source_name: r.sourceName,
      format: r.format,
      report: JSON.stringify(r.report),
      findings: JSON.stringify(r.findings),
      imported_at: r.importedAt,
      imported_by: r.importedBy,
      imported_by_user_id: r.importedByUserId,
    })
    .execute();
  return earlier?.id ?? null;
}
