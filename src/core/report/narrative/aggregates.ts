// The aggregates a report's prose states, each with the table value it must equal and the values a writer
// plausibly took by mistake (docs/statute.md §5 item 1: a single cell quoted as the total, a scope mix-up).
import type { FindingLocation } from '../../findings.ts';
import {
  APPLICANT_COLUMNS,
  APPLICANT_KINDS,
  APPLICANT_LABELS,
  APPLICATIONS_TABLE_TITLE,
  LITIGATION_LABEL,
  OUTCOME_GROUPS,
  PROACTIVE_SUBTABLES,
  PROACTIVE_TABLE_TITLE,
  REVIEW_GROUP_LABELS,
  REVIEW_RESULTS,
  REVIEW_RESULT_LABELS,
  REVIEW_TABLE_TITLE,
  applicationRow,
  type ApplicationRowKey,
  type OutcomeGroup,
  type OutcomeGroupKey,
  type ReviewGroup,
  type ReviewResult,
} from '../../taxonomy/index.ts';
import { applicationsOf, cellAt, sumCells } from '../check/cells.ts';
import type { AnnualReport, ApplicationsTable } from '../model.ts';

export type CountAggregate =
  | 'received'
  | 'carriedIn'
  | 'completed'
  | 'carriedOut'
  | OutcomeGroupKey
  | 'review'
  | 'litigation'
  | 'litigationDirect'
  | 'litigationAfterReview';
export type MoneyAggregate = 'processingFee' | 'administrativeFees';
export type AggregateKey = CountAggregate | MoneyAggregate;

/** What else the figure may have been taken from, and why that would be a mistake. */
export interface Alternative {
  description: string;
  value: number | null;
}

export interface CountDefinition {
  /** Chinese name used in messages, e.g. "本年新收申请数". */
  label: string;
  location: FindingLocation;
  value(report: AnnualReport): number | null;
  alternatives(report: AnnualReport): Alternative[];
}

const TOTAL = APPLICANT_COLUMNS.indexOf('total');
const REVIEW_TOTAL = REVIEW_RESULTS.indexOf('total');
const TOTAL_LABEL = APPLICANT_LABELS.total;

const rowTotal = (table: ApplicationsTable, key: ApplicationRowKey) => cellAt(table[key], TOTAL);

/** A count read from table 三, null when the table is missing. */
function fromApplications<T>(report: AnnualReport, read: (table: ApplicationsTable) => T): T | null {
  const table = applicationsOf(report);
  return table === null ? null : read(table);
}

function applicationsLocation(row: string): FindingLocation {
  return { table: APPLICATIONS_TABLE_TITLE, row, column: TOTAL_LABEL };
}

/** The single cells of rows under one aggregate, one per applicant kind: the 自然人 cell quoted as the total. */
function kindCells(
  table: ApplicationsTable,
  keys: readonly ApplicationRowKey[],
  what: string,
): Alternative[] {
  return APPLICANT_KINDS.map((kind, i) => ({
    description: `“${APPLICANT_LABELS[kind]}”列的${what}`,
    value: sumCells(keys.map((key) => cellAt(table[key], i))),
  }));
}

function rowDefinition(
  key: ApplicationRowKey,
  label: string,
  extra: (table: ApplicationsTable) => Alternative[],
): CountDefinition {
  const row = applicationRow(key).label;
  return {
    label,
    location: applicationsLocation(row),
    value: (report) => fromApplications(report, (table) => rowTotal(table, key)),
    alternatives: (report) =>
      fromApplications(report, (table) => [...extra(table), ...kindCells(table, [key], label)]) ?? [],
  };
}

function groupDefinition(group: OutcomeGroup): CountDefinition {
  const keys = group.leaves.map((leaf) => leaf.key);
  const label = `${group.label.replace(/^\([一二三四五六]\)|\(.*$/g, '')}数`;
  return {
    label,
    location: applicationsLocation(group.label),
    value: (report) => fromApplications(report, (table) => sumCells(keys.map((key) => rowTotal(table, key)))),
    alternatives: (report) =>
      fromApplications(report, (table) => [
        // Only one of the group's rows, e.g. (四)1 quoted as all of (四)无法提供 (docs/statute.md §5 item 1).
        ...(group.leaves.length > 1
          ? group.leaves.map((leaf) => ({
              description: `“${group.label}${leaf.label}”一行的总计`,
              value: rowTotal(table, leaf.key),
            }))
          : []),
        ...kindCells(table, keys, label),
      ]) ?? [],
  };
}

const sum = (...values: (number | null)[]) => sumCells(values);

function reviewTotal(report: AnnualReport, group: ReviewGroup): number | null {
  const table = report.tables.reviewLitigation;
  return table === null ? null : cellAt(table[group], REVIEW_TOTAL);
}

function reviewDefinition(group: ReviewGroup, row: string): CountDefinition {
  return {
    label: `${REVIEW_GROUP_LABELS[group]}案件数`,
    location: { table: REVIEW_TABLE_TITLE, row, column: TOTAL_LABEL },
    value: (report) => reviewTotal(report, group),
    alternatives: () => [],
  };
}

export const COUNT_AGGREGATES: Record<CountAggregate, CountDefinition> = {
  received: rowDefinition('received', '本年新收申请数', (table) => [
    {
      description: '新收与上年结转之和（叙述只应计本年新收）',
      value: sum(rowTotal(table, 'received'), rowTotal(table, 'carriedIn')),
    },
  ]),
  carriedIn: rowDefinition('carriedIn', '上年结转申请数', (table) => [
    {
      description: `“${applicationRow('carriedOut').label}”的总计（方向弄反）`,
      value: rowTotal(table, 'carriedOut'),
    },
  ]),
  completed: rowDefinition('total', '本年办结数（(七)总计）', (table) => [
    { description: '本年新收申请数（未计上年结转的申请）', value: rowTotal(table, 'received') },
    {
      description: '新收与上年结转之和（未扣除结转下年度的申请）',
      value: sum(rowTotal(table, 'received'), rowTotal(table, 'carriedIn')),
    },
  ]),
  carriedOut: rowDefinition('carriedOut', '结转下年度继续办理数', (table) => [
    {
      description: `“${applicationRow('carriedIn').label}”的总计（方向弄反）`,
      value: rowTotal(table, 'carriedIn'),
    },
  ]),
  ...(Object.fromEntries(OUTCOME_GROUPS.map((group) => [group.key, groupDefinition(group)])) as Record<
    OutcomeGroupKey,
    CountDefinition
  >),
  review: reviewDefinition('review', REVIEW_GROUP_LABELS.review),
  litigation: {
    label: `${LITIGATION_LABEL}案件数（直接起诉与复议后起诉之和）`,
    location: { table: REVIEW_TABLE_TITLE, row: LITIGATION_LABEL, column: TOTAL_LABEL },
    value: (report) =>
      sum(reviewTotal(report, 'litigationDirect'), reviewTotal(report, 'litigationAfterReview')),
    alternatives: (report) =>
      (['litigationDirect', 'litigationAfterReview'] as const).map((group) => ({
        description: `“${REVIEW_GROUP_LABELS[group]}”一组的总计（只是行政诉讼的一部分）`,
        value: reviewTotal(report, group),
      })),
  },
  litigationDirect: reviewDefinition(
    'litigationDirect',
    `${LITIGATION_LABEL} ${REVIEW_GROUP_LABELS.litigationDirect}`,
  ),
  litigationAfterReview: reviewDefinition(
    'litigationAfterReview',
    `${LITIGATION_LABEL} ${REVIEW_GROUP_LABELS.litigationAfterReview}`,
  ),
};

/** The cases a result is counted over: 行政复议, or 行政诉讼 (both litigation groups together). */
export type CaseKind = 'review' | 'litigation';
const CASE_GROUPS: Record<CaseKind, readonly ReviewGroup[]> = {
  review: ['review'],
  litigation: ['litigationDirect', 'litigationAfterReview'],
};

/** One result column of table 四 over a kind of case: "review.upheld", "litigation.pending". */
export function resultDefinition(kind: CaseKind, result: ReviewResult): CountDefinition {
  const column = REVIEW_RESULTS.indexOf(result);
  const caseLabel = kind === 'review' ? REVIEW_GROUP_LABELS.review : LITIGATION_LABEL;
  return {
    label: `${caseLabel}${REVIEW_RESULT_LABELS[result]}数`,
    location: { table: REVIEW_TABLE_TITLE, row: caseLabel, column: REVIEW_RESULT_LABELS[result] },
    value: (report) => {
      const table = report.tables.reviewLitigation;
      return table === null ? null : sumCells(CASE_GROUPS[kind].map((group) => cellAt(table[group], column)));
    },
    alternatives: () => [],
  };
}

/**
 * Two or more outcome groups stated as one figure, "予以公开及部分公开258件": the sum of their (七)-scope totals.
 * Each group's own total is the mistake a writer may make (one group quoted for both).
 */
export function combinedDefinition(groups: readonly OutcomeGroupKey[]): CountDefinition {
  const parts = groups.map((group) => COUNT_AGGREGATES[group]);
  const label = `${parts.map((part) => part.label.replace(/数$/, '')).join('与')}之和`;
  return {
    label,
    location: {
      table: APPLICATIONS_TABLE_TITLE,
      row: groups
        .map((group) => OUTCOME_GROUPS.find((g) => g.key === group)!.label.replace(/(?<=.)\(.*$/, ''))
        .join('+'),
      column: TOTAL_LABEL,
    },
    value: (report) => sum(...parts.map((part) => part.value(report))),
    alternatives: (report) =>
      parts.map((part) => ({ description: `只是${part.label}`, value: part.value(report) })),
  };
}

const FEES_SUBTABLE = PROACTIVE_SUBTABLES[3]!;
export const ADMINISTRATIVE_FEES_LOCATION: FindingLocation = {
  table: PROACTIVE_TABLE_TITLE,
  row: FEES_SUBTABLE.rows[0]!.label,
  column: FEES_SUBTABLE.columns[0]!.label,
};

/** 行政事业性收费 in 万元 (the column says so: "本年收费金额(单位:万元)"). */
export function administrativeFeesOf(report: AnnualReport): number | null {
  return report.tables.proactive === null ? null : cellAt(report.tables.proactive.administrativeFees, 0);
}

/**
 * The definition behind a figure's aggregate key: a single aggregate ("granted"), outcome groups stated together
 * ("granted+partiallyGranted") or a result column of table 四 ("review.upheld").
 */
export function countDefinitionOf(aggregate: string): CountDefinition {
  if (aggregate.includes('+')) return combinedDefinition(aggregate.split('+') as OutcomeGroupKey[]);
  const [kind, result] = aggregate.split('.');
  if (result !== undefined) return resultDefinition(kind as CaseKind, result as ReviewResult);
  return COUNT_AGGREGATES[aggregate as CountAggregate];
}

/** Denominators a rate may be taken over: the format says nothing, so every reasonable one is accepted. */
export function rateDenominators(report: AnnualReport): { description: string; value: number | null }[] {
  return (
    fromApplications(report, (table) => [
      { description: '(七)总计', value: rowTotal(table, 'total') },
      { description: '本年新收申请数', value: rowTotal(table, 'received') },
      {
        description: '新收与上年结转之和',
        value: sum(rowTotal(table, 'received'), rowTotal(table, 'carriedIn')),
      },
    ]) ?? []
  );
}
