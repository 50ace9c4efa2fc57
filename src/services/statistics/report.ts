// The annual report built from the database (docs/architecture.md): the same AnnualReport value every reader
// produces and every writer takes, with the checker's findings. Tables 三 and 四 come from the stored timelines and
// cases; table 二 from the catalogue and the figures entered from other systems (services/publications). Prose the
// data cannot know (problems, other matters) is left for the agency to write and says so.
import { DomainError } from '../../core/errors/index.ts';
import type { Finding } from '../../core/findings.ts';
import { checkAcrossYears, checkReport } from '../../core/report/check/index.ts';
import { DEFAULT_OVERVIEW_TEMPLATE } from '../../core/report/drafting/default-overview.ts';
// TO_BE_WRITTEN: the visible marker of a section nobody has written yet, so an unwritten report cannot pass for a
// finished one.
import { DEFAULT_OTHER_TEMPLATE, TO_BE_WRITTEN } from '../../core/report/drafting/default-other.ts';
import type { DraftingSources } from '../../core/report/drafting/placeholders.ts';
import { fillTemplate } from '../../core/report/drafting/template.ts';
import type { AnnualReport, ReportSection } from '../../core/report/model.ts';
import { SECTION_HEADINGS, SECTION_KEYS, type SectionKey } from '../../core/taxonomy/sections.ts';
import type { Agency } from '../../storage/agencies.ts';
import { narrativeTexts } from '../../storage/annual-report-narratives.ts';
import type { Actor } from '../actor.ts';
import { getAgency } from '../agencies.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { catalogueChannelCounts, catalogueProactiveTable } from '../publications/annual.ts';
import { applicationsTable, reviewLitigationTable, type ReviewStatusBasis } from './annual.ts';
import { previousYearReport } from './previous-year.ts';
import { participationRecords } from '../participation/report-sources.ts';

export interface BuildInput {
  /** The agency whose report it is; omitted: the actor's own. */
  agencyId?: string;
  year: number;
  /** Spec T4-4: the day that decides 尚未审结 (default: the day the report is built, ctx.clock's today). */
  reviewStatusBasis?: ReviewStatusBasis;
}

export interface BuiltReport {
  report: AnnualReport;
  findings: Finding[];
}

export async function buildAnnualReport(
  ctx: ServiceContext,
  actor: Actor,
  input: BuildInput,
): Promise<BuiltReport> {
  const agencyId = input.agencyId ?? actor.agencyId;
  if (agencyId === null) throw new DomainError('platform.invalidInput', { details: '请指定机关' });
  const agency = await getAgency(ctx.db, agencyId);
  authorize(actor, 'reports.build', agency.id);
  const { db } = ctx;
  const year = input.year;
  const [applications, reviewLitigation, proactive, releases, written, previous, records] = await Promise.all(
    [
      applicationsTable(db, agency.id, year),
      reviewLitigationTable(db, agency.id, year, input.reviewStatusBasis ?? 'reportDate', ctx.clock.today()),
      catalogueProactiveTable(ctx, actor, { agencyId: agency.id, year }),
      catalogueChannelCounts(ctx, actor, { agencyId: agency.id, year }),
      narrativeTexts(db, agency.id, year),
      previousYearReport(ctx, actor, agency, year),
      participationRecords(db, agency.id, year),
    ],
  );
  const report: AnnualReport = {
    agency: agency.name,
    year,
    format: '2021',
    publishedOn: null,
    title: `${agency.name}${year}年政府信息公开工作年度报告`,
    preface: preface(agency, year),
    sections: sections(
      { applications, reviewLitigation, releases, ...records },
      new Map(written.map((w) => [w.section, w.text])),
    ),
    tables: { proactive, applications, reviewLitigation },
    mappingLosses: [],
  };
  // The report's own rules, then T3-6 and T2-1 against the year before, in the same call (issue 11).
  const findings = [
    ...checkReport(report, { level: agency.level, canMakeRegulations: agency.canMakeRegulations }),
    ...checkAcrossYears([report, previous]),
  ];
  return { report, findings };
}

/** The customary preface (docs/statute.md §2.1 [I]): the Regulation, the statistics period, how to reach the agency. */
function preface(agency: Agency, year: number): string {
  const contacts = [
    agency.phone ? `联系电话：${agency.phone}` : null,
    agency.address ? `地址：${agency.address}` : null,
    agency.postcode ? `邮编：${agency.postcode}` : null,
  ].filter(Boolean);
  return (
    `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）关于政府信息公开工作年度报告的法定要求，本机关编制` +
    `《${agency.name}${year}年政府信息公开工作年度报告》，报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。` +
    (contacts.length ? `如对本报告有任何疑问，请与${agency.name}联系（${contacts.join('；')}）。` : '')
  );
}

/**
 * The sections in order: what staff wrote (services/reports/narrative.ts), else the default — section 一 drafted
 * from DEFAULT_OVERVIEW_TEMPLATE, 六 from DEFAULT_OTHER_TEMPLATE (its（二）（三）from the records), the others the marker. Placeholders in any written text are filled from the tables
 * of this build (core/report/drafting).
 */
function sections(sources: DraftingSources, written: ReadonlyMap<string, string>): ReportSection[] {
  const defaults: Record<SectionKey, string> = {
    overview: DEFAULT_OVERVIEW_TEMPLATE,
    proactive: '',
    applications: '',
    reviewLitigation: '',
    problems: TO_BE_WRITTEN,
    other: DEFAULT_OTHER_TEMPLATE,
  };
  return SECTION_KEYS.map((key) => ({
    key,
    heading: SECTION_HEADINGS[key],
    text: fillTemplate(written.get(key) ?? defaults[key], sources),
  }));
}
