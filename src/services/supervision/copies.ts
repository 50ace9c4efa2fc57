// Copy detection for a report being written (rule N-3): its narrative paragraphs against the same year's published
// reports of the other agencies on the platform, the imported ones, and the agency's own previous-year publication.
// The report builder adds these to the checker's findings, so a clerk sees them before publishing.
import type { Finding } from '../../core/findings.ts';
import { copyFinding, detectCopies } from '../../core/report/copies/index.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import type { Db } from '../database.ts';
import { copyDocuments, loadYearCorpus } from './corpus.ts';

const DRAFT_ID = 'draft';

export async function copyFindings(
  db: Db,
  input: { agencyId: string; agencyName: string; year: number; report: AnnualReport },
): Promise<Finding[]> {
  const corpus = await loadYearCorpus(db, input.year);
  // The agency's own publication of this year is an earlier state of this very report, not a source.
  const others = copyDocuments(corpus).filter(
    (d) => !(d.agencyKey === input.agencyId && d.year === input.year),
  );
  const draft = {
    id: DRAFT_ID,
    agencyKey: input.agencyId,
    agencyName: input.agencyName,
    year: input.year,
    version: null,
    report: input.report,
  };
  return detectCopies([draft, ...others], {}, new Set([DRAFT_ID])).map(copyFinding);
}
