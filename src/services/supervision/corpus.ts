// The reports a supervising office looks at for a year, read once: every agency's latest publication of the year and
// of the year before (the previous year is copy detection's other source), with the checker's findings — computed
// the first time and cached, since a publication is frozen — and the reports imported for agencies not on the
// platform.
import type { Agency } from '../../core/agencies.ts';
import type { Finding } from '../../core/findings.ts';
import { checkReport } from '../../core/report/check/index.ts';
import { detectCopies, type CopyDocument, type CopyHit } from '../../core/report/copies/index.ts';
import {
  importedReportsOfYear,
  latestPublicationsOfYears,
  saveFindings,
  type ImportedReport,
  type LatestPublication,
} from '../../storage/supervision-reports.ts';
import { allAgencies } from '../agencies.ts';
import type { Db } from '../database.ts';

export interface CheckedPublication extends LatestPublication {
  findings: Finding[];
}

export interface YearCorpus {
  year: number;
  agencies: Map<string, Agency>;
  /** Latest publication of the year, by agency id. */
  published: Map<string, CheckedPublication>;
  /** Latest publication of the year before, by agency id. */
  previous: Map<string, LatestPublication>;
  imported: ImportedReport[];
}

export async function loadYearCorpus(db: Db, year: number): Promise<YearCorpus> {
  const [agencyList, publications, imported] = await Promise.all([
    allAgencies(db),
    latestPublicationsOfYears(db, [year, year - 1]),
    importedReportsOfYear(db, year),
  ]);
  const agencies = new Map(agencyList.map((a) => [a.id, a]));
  const fresh: { id: string; findings: Finding[] }[] = [];
  const published = new Map<string, CheckedPublication>();
  const previous = new Map<string, LatestPublication>();
  for (const p of publications) {
    if (p.year !== year) {
      previous.set(p.agencyId, p);
      continue;
    }
    let findings = p.findings;
    if (findings === null) {
      const agency = agencies.get(p.agencyId);
      findings = checkReport(
        p.report,
        agency ? { level: agency.level, canMakeRegulations: agency.canMakeRegulations } : {},
      );
      fresh.push({ id: p.id, findings });
    }
    published.set(p.agencyId, { ...p, findings });
  }
  await saveFindings(db, fresh);
  return { year, agencies, published, previous, imported };
}

/** An imported report's author for copy detection: the name read, kept apart from the platform's agency ids. */
export function importedAgencyKey(agencyName: string): string {
  return `imported:${agencyName}`;
}

/** The corpus as copy detection's documents: publications keyed by agency id, imports by the name read. */
export function copyDocuments(corpus: YearCorpus): CopyDocument[] {
  const nameOf = (id: string) => corpus.agencies.get(id)?.name ?? id;
  const publication = (p: LatestPublication): CopyDocument => ({
    id: p.id,
    agencyKey: p.agencyId,
    agencyName: nameOf(p.agencyId),
    year: p.year,
    version: p.version,
    report: p.report,
  });
  return [
    ...[...corpus.published.values()].map(publication),
    ...[...corpus.previous.values()].map(publication),
    ...corpus.imported.map((r) => ({
      id: r.id,
      agencyKey: importedAgencyKey(r.agencyName),
      agencyName: r.agencyName,
      year: r.year,
      version: null,
      report: r.report,
    })),
  ];
}

/** Recent corpora's copy hits, by year and the exact set of documents (a new import or publication changes it). */
const hitsMemo = new Map<string, CopyHit[]>();
const MEMO_SIZE = 8;

/**
 * Every copy hit in the corpus. The documents are frozen (publications never change; a re-import has a new id), so
 * the same set of ids always gives the same hits: kept in memory, the roster does not hash 6,000 paragraphs on each
 * call (bench/roster.ts).
 */
export function corpusCopies(documents: readonly CopyDocument[], year: number): CopyHit[] {
  const key = `${year}:${documents
    .map((d) => d.id)
    .sort()
    .join(',')}`;
  const known = hitsMemo.get(key);
  if (known) return known;
  const hits = detectCopies(documents);
  if (hitsMemo.size >= MEMO_SIZE) hitsMemo.delete(hitsMemo.keys().next().value!);
  hitsMemo.set(key, hits);
  return hits;
}
