// N-1's first half: the figures a report's prose states, each compared with the aggregate it names (docs/statute.md §2.5
// N-1, §5 item 1). The checker turns the mismatches into findings; the CLI shows the whole list.
import type { FindingLocation } from '../../findings.ts';
import type { AnnualReport, ReportSection, ReportTables } from '../model.ts';
import { APPLICATIONS_TABLE_TITLE, PROACTIVE_TABLE_TITLE, REVIEW_TABLE_TITLE } from '../../taxonomy/index.ts';
import {
  ADMINISTRATIVE_FEES_LOCATION,
  administrativeFeesOf,
  countDefinitionOf,
  rateDenominators,
} from './aggregates.ts';
import { scanText, type StatedFigure } from './scan.ts';
import { NARRATIVE_SECTIONS } from './sentences.ts';

export { findAllUpheldClaims, type AllUpheldClaim } from './claims.ts';

export interface NarrativeFigure {
  /** The words stating it, e.g. "共收到依申请公开事项29项". */
  quote: string;
  value: number;
  /** As written: 件, 项, 个, 起, 元, 万元, %. */
  unit: string;
  /** What it states: received, carriedIn, completed, carriedOut, an outcome group, review, litigation, … */
  aggregate: string;
  /** Heading of the section it is in, as written. */
  section: string;
  /** The table's value for the aggregate, in the figure's unit; null when blank, missing or not in any table. */
  tableValue: number | null;
  matched: boolean;
  /** Chinese name of the aggregate, e.g. "本年新收申请数", or "予以公开数占比" for a rate. */
  label: string;
  /** The table cell(s) it is compared with. */
  location: FindingLocation;
  /** Why there is no table value (a table missing or refused by the reader, a blank cell); null when there is one. */
  uncheckedReason: string | null;
  /** When not matched: what the figure equals instead, e.g. "“自然人”列的予以公开数" (a single cell quoted as the total). */
  matchesInstead: string | null;
}

export function findNarrativeFigures(report: AnnualReport): NarrativeFigure[] {
  return report.sections
    .filter((section) => NARRATIVE_SECTIONS.has(section.key))
    .flatMap((section) => scanText(section.text).map((figure) => resolve(report, section, figure)));
}

function resolve(report: AnnualReport, section: ReportSection, figure: StatedFigure): NarrativeFigure {
  const resolved = resolveValue(report, section, figure);
  return resolved.tableValue !== null || resolved.uncheckedReason !== null
    ? resolved
    : { ...resolved, uncheckedReason: whyNoValue(report, resolved.location) };
}

const TABLE_BY_TITLE: Record<string, keyof ReportTables> = {
  [PROACTIVE_TABLE_TITLE]: 'proactive',
  [APPLICATIONS_TABLE_TITLE]: 'applications',
  [REVIEW_TABLE_TITLE]: 'reviewLitigation',
};

/**
 * A table the reader refused (or the report lacks) leaves its figures unchecked, and says so; the figures of the
 * tables that were read are still compared.
 */
function whyNoValue(report: AnnualReport, location: FindingLocation): string {
  const key = location.table === undefined ? undefined : TABLE_BY_TITLE[location.table];
  if (key === undefined) return '表格中没有对应的单元格';
  if (report.tables[key] === null) return `表“${location.table}”缺失或未能读取`;
  return '表格中对应的单元格为空白';
}

function resolveValue(report: AnnualReport, section: ReportSection, figure: StatedFigure): NarrativeFigure {
  const stated = {
    quote: figure.quote,
    value: figure.value,
    unit: figure.unit,
    aggregate: figure.aggregate,
    section: section.heading,
  };
  switch (figure.kind) {
    case 'count':
      return resolveCount(report, stated, figure.aggregate);
    case 'rate':
      return resolveRate(report, stated, figure.aggregate, figure.decimals);
    case 'money':
      return resolveMoney(report, stated);
  }
}

type Stated = Pick<NarrativeFigure, 'quote' | 'value' | 'unit' | 'aggregate' | 'section'>;

function resolveCount(report: AnnualReport, stated: Stated, aggregate: string): NarrativeFigure {
  const definition = countDefinitionOf(aggregate);
  const tableValue = definition.value(report);
  const matched = tableValue === stated.value;
  // A zero cell "matching" is no explanation: only a non-zero single cell or scope is named.
  const instead =
    matched || tableValue === null || stated.value === 0
      ? undefined
      : definition.alternatives(report).find((alternative) => alternative.value === stated.value);
  return {
    ...stated,
    tableValue,
    matched,
    label: definition.label,
    location: definition.location,
    uncheckedReason: null,
    matchesInstead: instead?.description ?? null,
  };
}

/** 30.61 written with 2 decimals agrees with 30.6122… whether the writer rounded or cut off. */
function agreesAsWritten(stated: number, exact: number, decimals: number): boolean {
  const scale = 10 ** decimals;
  const written = Math.round(stated * scale);
  return written === Math.round(exact * scale) || written === Math.floor(exact * scale + 1e-9);
}

function resolveRate(
  report: AnnualReport,
  stated: Stated,
  aggregate: string,
  decimals: number,
): NarrativeFigure {
  const definition = countDefinitionOf(aggregate);
  const numerator = definition.value(report);
  // 办结率 over the (七)总计 would be 100% by construction: only the requests can be its base.
  const denominators = rateDenominators(report).filter(
    (d) => d.value !== null && d.value > 0 && !(aggregate === 'completed' && d.description === '(七)总计'),
  );
  const rates = numerator === null ? [] : denominators.map((d) => (100 * numerator) / d.value!);
  const first = rates[0];
  return {
    ...stated,
    tableValue: first === undefined ? null : Number(first.toFixed(decimals)),
    matched: rates.some((rate) => agreesAsWritten(stated.value, rate, decimals)),
    label: `${definition.label}占比（以${denominators[0]?.description ?? '申请总数'}为基数）`,
    location: definition.location,
    uncheckedReason:
      numerator !== null && first === undefined ? '表三中可作基数的申请数为 0 或空白，无法计算占比' : null,
    matchesInstead: null,
  };
}

const YUAN_PER_WAN = 10_000;

/**
 * 行政事业性收费 is compared with table 二 (万元); 信息处理费 has no cell in any table, so it is listed without a
 * table value. A figure in 元 that equals the table's number points to a table filled in 元 (docs/statute.md §5).
 */
function resolveMoney(report: AnnualReport, stated: Stated): NarrativeFigure {
  const none = {
    tableValue: null,
    matched: false,
    label: '信息处理费（表格中没有对应单元格）',
    location: {},
    uncheckedReason: '信息处理费在表格中没有对应的单元格',
    matchesInstead: null,
  };
  if (stated.aggregate !== 'administrativeFees') return { ...stated, ...none };
  const amount = administrativeFeesOf(report);
  const inStatedUnit = amount === null ? null : stated.unit === '元' ? amount * YUAN_PER_WAN : amount;
  const matched =
    inStatedUnit !== null && Math.abs(inStatedUnit - stated.value) <= (stated.unit === '元' ? 50 : 0.005);
  return {
    ...stated,
    tableValue: inStatedUnit,
    matched,
    label: '行政事业性收费金额',
    location: ADMINISTRATIVE_FEES_LOCATION,
    uncheckedReason: null,
    matchesInstead:
      !matched && stated.unit === '元' && amount !== null && amount > 0 && amount === stated.value
        ? '表二的数字按“元”而非“万元”填写时的金额'
        : null,
  };
}
