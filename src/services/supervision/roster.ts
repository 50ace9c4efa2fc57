// 年报报送名册: for a supervising office and a year, every agency under it (the whole subtree, the office included)
// with where its annual report stands against the Art. 49 deadline, how many versions it has, what the checker
// finds in the published version and which paragraphs are copies (N-3) — plus the reports the office imported for
// agencies not on the platform. Everything comes from one read of the year's corpus (services/supervision/corpus.ts).
import type { Agency } from '../../core/agencies.ts';
import type { Finding } from '../../core/findings.ts';
import { inferLevel } from '../../core/report/check/agency.ts';
import type { CopyHit } from '../../core/report/copies/index.ts';
import { annualReportDeadline } from '../../core/report/check/publication.ts';
import { submissionStatus, SUBMISSION_STATUS_LABELS } from '../../core/report/deadline.ts';
import { SECTION_HEADINGS } from '../../core/taxonomy/sections.ts';
import {
  supervisionReportsQuery,
  type CopyHitView,
  type Roster,
  type RosterRow,
  type SupervisionReportsQuery,
} from '../../contracts/supervision-reports.ts';
import type { Actor } from '../actor.ts';
import { agenciesUnder, getAgency } from '../agencies.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { copyDocuments, corpusCopies, loadYearCorpus, type YearCorpus } from './corpus.ts';

/** The office asked for (default the actor's own), authorized for 'supervision.read', and the ids under it. */
export async function supervisedOffice(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string | undefined,
): Promise<{ office: Agency; under: Set<string> }> {
  const officeId = agencyId ?? (actor.kind === 'staff' ? actor.agencyId : undefined);
  authorize(actor, 'supervision.read', officeId);
  const office = await getAgency(ctx.db, officeId!);
  return { office, under: new Set(await agenciesUnder(ctx.db, office.id)) };
}

export async function reportRoster(
  ctx: ServiceContext,
  actor: Actor,
  input: SupervisionReportsQuery,
): Promise<Roster> {
  const query = parseInput(supervisionReportsQuery, input);
  const { office, under } = await supervisedOffice(ctx, actor, query.agencyId);
  const corpus = await loadYearCorpus(ctx.db, query.year);
  const today = ctx.clock.today();
  const imported = corpus.imported.filter((r) => under.has(r.supervisorAgencyId));
  const targets = new Set([
    ...[...under].flatMap((id) => corpus.published.get(id)?.id ?? []),
    ...imported.map((r) => r.id),
  ]);
  const hits = corpusCopies(copyDocuments(corpus), query.year).filter((hit) => targets.has(hit.targetId));
  const copies = groupBy(hits, (hit) => hit.targetId);
  const agencyRows = [...under]
    .flatMap((id) => corpus.agencies.get(id) ?? [])
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    .map((agency) => agencyRow(corpus, agency, today, copies));
  const importedRows = imported.map((r): RosterRow => {
    const level = inferLevel(r.agencyName);
    const deadline = level && annualReportDeadline(query.year, level);
    const publishedOn = r.report.publishedOn;
    const status = deadline && publishedOn ? submissionStatus(deadline, publishedOn, today) : null;
    return {
      kind: 'imported',
      agencyId: null,
      name: r.agencyName,
      level,
      deadline,
      status,
      statusLabel: status ? `${SUBMISSION_STATUS_LABELS[status]}（导入）` : '已导入（发布日期不详）',
      publishedOn,
      versions: 1,
      ...findingCounts(r.findings),
      copies: (copies.get(r.id) ?? []).map(copyView),
      link: null,
    };
  });
  return {
    office: { id: office.id, name: office.name },
    year: query.year,
    today,
    rows: [...agencyRows, ...importedRows],
  };
}

function agencyRow(
  corpus: YearCorpus,
  agency: Agency,
  today: string,
  copies: Map<string, CopyHit[]>,
): RosterRow {
  const deadline = annualReportDeadline(corpus.year, agency.level);
  const p = corpus.published.get(agency.id);
  const status = submissionStatus(deadline, p?.firstPublishedOn ?? null, today);
  return {
    kind: 'platform',
    agencyId: agency.id,
    name: agency.name,
    level: agency.level,
    deadline,
    status,
    statusLabel: SUBMISSION_STATUS_LABELS[status],
    publishedOn: p?.firstPublishedOn ?? null,
    versions: p?.versions ?? 0,
    ...findingCounts(p?.findings ?? []),
    copies: p ? (copies.get(p.id) ?? []).map(copyView) : [],
    link: !p
      ? null
      : agency.code
        ? `/${encodeURIComponent(agency.code)}/reports/${corpus.year}`
        : '/console/reports',
  };
}

/** Errors and warnings, and each rule's count of them (notChecked and info are not defects of the report). */
function findingCounts(findings: readonly Finding[]): Pick<RosterRow, 'errors' | 'warnings' | 'rules'> {
  const counted = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const byRule = groupBy(counted, (f) => f.rule);
  return {
    errors: counted.filter((f) => f.severity === 'error').length,
    warnings: counted.filter((f) => f.severity === 'warning').length,
    rules: [...byRule]
      .map(([rule, list]) => ({ rule, count: list.length }))
      .sort((a, b) => a.rule.localeCompare(b.rule)),
  };
}

export function copyView(hit: CopyHit): CopyHitView {
  return {
    section: SECTION_HEADINGS[hit.target.section],
    paragraph: hit.target.index,
    sourceAgency: hit.source.agencyName,
    sourceYear: hit.source.year,
    sourceVersion: hit.source.version,
    sourceSection: SECTION_HEADINGS[hit.sourceParagraph.section],
    sourceParagraph: hit.sourceParagraph.index,
    similarity: Math.round(hit.similarity * 1000) / 1000,
    quote: hit.sourceParagraph.text,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}
