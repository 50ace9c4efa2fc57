// The annual-report checker (docs/statute.md §2.5): every consistency rule the report's content allows, as findings.
import type { Finding } from '../../findings.ts';
import type { AnnualReport } from '../model.ts';
import { inferCanMakeRegulations, inferLevel } from './agency.ts';
import { checkApplications } from './applications.ts';
import {
  checkCarryOver,
  checkDocumentsInForce,
  pairConsecutiveYears,
  type YearPair,
} from './across-years.ts';
import type { GovernmentLevel, RuleContext } from './context.ts';
import { checkAllUpheldClaims } from './narrative-claims.ts';
import { checkNarrativeFigures } from './narrative-figures.ts';
import { checkProactive } from './proactive.ts';
import { checkPublication } from './publication.ts';
import { checkReviewLitigation } from './review-litigation.ts';
import { checkSections } from './sections.ts';
import { severitiesWith, type Severities } from './severities.ts';

export { DEFAULT_SEVERITIES, type Severities, type SeverityKey } from './severities.ts';
export type { GovernmentLevel, YearPair };

export interface CheckOptions {
  /**
   * 'department' → P-1 deadline 1月31日; 'government' → 3月31日 (《条例》第四十九条). Default: inferred from the
   * agency name (…人民政府 → government); with no name, P-1 is not checked.
   */
  level?: GovernmentLevel;
  /** Whether the agency may make 规章 (T2-2, 《立法法》). Default: inferred from the name; null = unknown. */
  canMakeRegulations?: boolean | null;
  /** Severity per rule, over DEFAULT_SEVERITIES (several rules are [D]/[I] in the spec: a matter of policy). */
  severities?: Partial<Severities>;
}

const RULES: readonly ((context: RuleContext) => Finding[])[] = [
  checkProactive,
  checkApplications,
  checkReviewLitigation,
  checkSections,
  checkNarrativeFigures,
  checkAllUpheldClaims,
  checkPublication,
];

/** The report's own words (preface and sections), where it may say what it governs. */
function reportWords(report: AnnualReport): string {
  return [report.preface, ...report.sections.map((section) => section.text)].join('\n');
}

export function checkReport(report: AnnualReport, options: CheckOptions = {}): Finding[] {
  const context: RuleContext = {
    report,
    severities: severitiesWith(options.severities),
    level: options.level ?? inferLevel(report.agency),
    canMakeRegulations:
      options.canMakeRegulations === undefined
        ? inferCanMakeRegulations(report.agency, reportWords(report))
        : options.canMakeRegulations,
  };
  return RULES.flatMap((rule) => rule(context));
}

/** The findings of each (year N, year N−1) pair of the same agency: T3-6 and T2-1. */
export function checkYearPairs(
  reports: readonly AnnualReport[],
  options: Pick<CheckOptions, 'severities'> = {},
): (YearPair & { findings: Finding[] })[] {
  const severities = severitiesWith(options.severities);
  return pairConsecutiveYears(reports).map((pair) => ({
    ...pair,
    findings: [...checkCarryOver(pair, severities), ...checkDocumentsInForce(pair, severities)],
  }));
}

/**
 * Reports of the same agency for consecutive years given together: T3-6 and T2-1 across years (each report's own
 * checks are not repeated here). Grouped by agency name; year N paired with N−1. Use checkYearPairs to know
 * which report a finding belongs to (year N's).
 */
export function checkAcrossYears(
  reports: readonly AnnualReport[],
  options: Pick<CheckOptions, 'severities'> = {},
): Finding[] {
  return checkYearPairs(reports, options).flatMap((pair) => pair.findings);
}
