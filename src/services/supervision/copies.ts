// Copy detection for a report being written (rule N-3): its narrative paragraphs against the same year's published
// reports of the other agencies on the platform, the imported ones, and the agency's own previous-year publication.
// The report builder adds these to the checker's findings, so a clerk sees them before publishing.
//
// Every build checks one draft against the same corpus, and the corpus only grows by frozen documents (a publication
// or import never changes; a correction is a new id): the corpus is indexed once per database and year and kept in
// memory; each build lists the sources' ids (one query over summaries), loads and hashes only the new ones, and
// starts afresh when one has gone (superseded by a correction, an import replaced).
import type { Finding } from '../../core/findings.ts';
import { copyFinding, CopyIndex } from '../../core/report/copies/index.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { copySourceIds, copySourcesByIds } from '../../storage/supervision-reports.ts';
import type { Db } from '../database.ts';
import { importedAgencyKey } from './corpus.ts';

const DRAFT_ID = 'draft';

const indexes = new WeakMap<Db, Map<number, CopyIndex>>();

/** The year's corpus index, brought up to date with the database. */
async function yearIndex(db: Db, year: number): Promise<CopyIndex> {
  const ids = await copySourceIds(db, year);
  let byYear = indexes.get(db);
  if (!byYear) indexes.set(db, (byYear = new Map()));
  let index = byYear.get(year);
  if (!index || [...index.documentIds].some((id) => !ids.has(id)))
    byYear.set(year, (index = new CopyIndex()));
  const missing = [...ids].filter((id) => !index.documentIds.has(id));
  for (const row of await copySourcesByIds(db, missing)) {
    index.add({
      id: row.id,
      agencyKey: row.agencyId ?? importedAgencyKey(row.agencyName),
      agencyName: row.agencyName,
      year: row.year,
      version: row.version,
      report: row.report,
    });
  }
  return index;
}

export async function copyFindings(
  db: Db,
  input: { agencyId: string; agencyName: string; year: number; report: AnnualReport },
): Promise<Finding[]> {
  const index = await yearIndex(db, input.year);
  const draft = {
    id: DRAFT_ID,
    agencyKey: input.agencyId,
    agencyName: input.agencyName,
    year: input.year,
    version: null,
    report: input.report,
  };
  // The agency's own publication of this year is an earlier state of this very report, not a source.
  return index
    .copiesOf(draft)
    .filter((hit) => !(hit.source.agencyKey === input.agencyId && hit.source.year === input.year))
    .map(copyFinding);
}
