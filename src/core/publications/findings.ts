// Findings about the catalogue: what a clerk or a supervisor should look at, never a refusal.
import type { Finding } from '../findings.ts';
import { dayOf, isoOf } from '../calendar/days.ts';
import { isPublished, type CatalogueFacts } from './catalogue-facts.ts';
import { isNormativeGenre } from './vocabulary.ts';

/** [M] How long a policy may wait for its interpretation; agencies configure it (practice: published together). */
export const DEFAULT_INTERPRETATION_GRACE_DAYS = 3;

/** Policies that need an interpretation (政策解读): 规章, 行政规范性文件 and items filed as 政策文件. */
export function needsInterpretation(item: CatalogueFacts): boolean {
  return isNormativeGenre(item.genre) || item.category === 'policyDocument';
}

/**
 * A policy published without an interpretation within `graceDays` (calendar days) of its own publication.
 * 国办发〔2017〕47号 asks for policy documents to be linked to their interpretations (docs/statute.md §6.2 [M]).
 * Judged only once the grace period has run out on `asOf`.
 */
export function interpretationFindings(
  items: readonly CatalogueFacts[],
  asOf: string,
  graceDays = DEFAULT_INTERPRETATION_GRACE_DAYS,
): Finding[] {
  const firstInterpretation = new Map<string, string>();
  for (const item of items) {
    if (!isPublished(item) || !item.interpretsId) continue;
    const seen = firstInterpretation.get(item.interpretsId);
    if (!seen || item.publishedOn < seen) firstInterpretation.set(item.interpretsId, item.publishedOn);
  }
  const findings: Finding[] = [];
  for (const policy of items) {
    if (!isPublished(policy) || !needsInterpretation(policy)) continue;
    const limit = isoOf(dayOf(policy.publishedOn) + graceDays);
    if (asOf <= limit) continue;
    const interpretedOn = firstInterpretation.get(policy.id) ?? null;
    if (interpretedOn !== null && interpretedOn <= limit) continue;
    findings.push({
      rule: 'publications.interpretationMissing',
      severity: 'warning',
      location: { section: '主动公开', row: policy.indexNumber ?? policy.title },
      expected: limit,
      actual: interpretedOn,
      message: interpretedOn
        ? `《${policy.title}》于 ${policy.publishedOn} 发布，解读迟至 ${interpretedOn} 才发布（应在 ${limit} 前）`
        : `《${policy.title}》于 ${policy.publishedOn} 发布，至今没有关联的政策解读（应在 ${limit} 前发布）`,
    });
  }
  return findings;
}

/** 20 working days after the day the information was formed or changed: D's calendar supplies it. */
export type PublicationDueDate = (formedOn: string) => string;

/**
 * 《条例》第二十六条: information is published within 20 working days of being formed or changed, unless a law
 * or regulation sets another deadline (then the item's override prevails). Late items — published after the due
 * day, or still unpublished after it on `asOf` — are findings.
 */
export function latenessFindings(
  items: readonly CatalogueFacts[],
  asOf: string,
  dueDate: PublicationDueDate,
): Finding[] {
  const findings: Finding[] = [];
  for (const item of items) {
    const formedOn = item.formedOn ?? item.writtenOn;
    if (!formedOn) continue;
    const dueOn = item.deadlineOverride?.dueOn ?? dueDate(formedOn);
    const basis = item.deadlineOverride
      ? `依${item.deadlineOverride.basis}`
      : '依《条例》第二十六条（20个工作日）';
    const publishedOn = isPublished(item) ? item.publishedOn : null;
    if (publishedOn !== null ? publishedOn <= dueOn : asOf <= dueOn) continue;
    findings.push({
      rule: 'publications.publishedLate',
      severity: 'warning',
      location: { section: '主动公开', row: item.indexNumber ?? item.title },
      expected: dueOn,
      actual: publishedOn,
      message: publishedOn
        ? `《${item.title}》形成于 ${formedOn}，${basis}应于 ${dueOn} 前公开，实际 ${publishedOn} 才公开`
        : `《${item.title}》形成于 ${formedOn}，${basis}应于 ${dueOn} 前公开，至今未公开`,
    });
  }
  return findings;
}
