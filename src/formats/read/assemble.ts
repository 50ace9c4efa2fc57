// Blocks (from any layout) → AnnualReport: sections by heading, tables aligned against the format, title,
// agency and year, the 2019 format mapped with its losses. The only findings are reading problems (READ-*).
import { DomainError } from '../../core/errors/index.ts';
import type { Finding } from '../../core/findings.ts';
import type {
  AnnualReport,
  ApplicationsTable,
  Cell,
  ProactiveTable,
  ReportFormat,
  ReportSection,
  ReviewLitigationTable,
} from '../../core/report/model.ts';
import { APPLICATION_ROW_KEYS } from '../../core/taxonomy/applications-table.ts';
import { PROACTIVE_ROW_KEYS } from '../../core/taxonomy/proactive-table.ts';
import { REVIEW_GROUPS, REVIEW_RESULTS } from '../../core/taxonomy/review-table.ts';
import { alignTable } from './align-table.ts';
import type { Block, BlockDocument } from './blocks.ts';
import { applicationsFrom2019, MARKERS_2019, proactiveFrom2019 } from './format-2019.ts';
import { isoDateOf, readMeta } from './meta.ts';
import { dropLayoutSpaces, labelKey } from './normalize.ts';
import { proseOf } from './prose.ts';
import type { ReadResult } from './read-result.ts';
import { metaMissing, tableRefused } from './reader-findings.ts';
import { withoutPageMarks } from './page-marks.ts';
import { splitRunOnHeadings } from './run-on-headings.ts';
import { splitSections, type SplitSection } from './sections.ts';
import { decodeTable } from './table-decode.ts';
import { separateTable } from './table-material.ts';
import {
  APPLICATIONS_2019,
  APPLICATIONS_2021,
  PROACTIVE_2019,
  PROACTIVE_2021,
  REVIEW_LITIGATION,
  type TableSpec,
} from './table-specs.ts';
import type { Token } from './tokens.ts';

const TABLE_SECTIONS = new Set(['proactive', 'applications', 'reviewLitigation']);
const MARKER_KEYS = MARKERS_2019.map(labelKey);
/** A report has a few of its six headings even when badly worded; fewer and no table is some other document. */
const MIN_HEADINGS_WITHOUT_TABLES = 3;

type Aligned = { rows: Map<string, Cell[]>; spec: TableSpec } | null;

/** Try the specs in order; the first that reads wins. A refusal is reported for the preferred spec. */
function readTable(specs: TableSpec[], tokens: Token[], findings: Finding[]): Aligned {
  let refusal: Finding | undefined;
  for (const spec of specs) {
    const result = alignTable(spec, tokens);
    if (result.status === 'read') return { rows: result.rows, spec };
    if (result.status === 'absent') continue;
    // What the plain aligner cannot read may still have exactly one reading as a puzzle (table-decode.ts).
    const decoded = decodeTable(spec, tokens);
    if (decoded.status === 'read') return { rows: decoded.rows, spec };
    const why = decoded.ambiguous ? decoded : result;
    refusal ??= tableRefused(spec.title, why.row, why.reason);
  }
  if (refusal) findings.push(refusal);
  return null;
}

function ordered<K extends string>(keys: readonly K[], rows: Map<string, Cell[]>): Record<K, Cell[]> {
  return Object.fromEntries(keys.map((key) => [key, rows.get(key)!])) as Record<K, Cell[]>;
}

function reviewTable(rows: Map<string, Cell[]>): ReviewLitigationTable {
  const cells = rows.get('all')!;
  const width = REVIEW_RESULTS.length;
  return Object.fromEntries(
    REVIEW_GROUPS.map((group, i) => [group, cells.slice(i * width, (i + 1) * width)]),
  ) as ReviewLitigationTable;
}

/** Leading short lines that together name the report ("××市人民政府" / "2024年政府信息公开工作年度报告"). */
const TITLE_MAX_LINES = 3;
const TITLE_MAX_KEY = 50;
function takeTitle(preface: Block[], hint: string | undefined): string | null {
  const lines: string[] = [];
  for (const block of preface.slice(0, TITLE_MAX_LINES)) {
    // A title is short, is no sentence and no "发布日期：…" field.
    if (
      block.kind !== 'line' ||
      /[。；;:：]/.test(block.text) ||
      labelKey(block.text).length > TITLE_MAX_KEY
    ) {
      break;
    }
    lines.push(block.text);
    if (/报告/.test(block.text)) {
      preface.splice(0, lines.length);
      return dropLayoutSpaces(lines.join(''));
    }
  }
  if (!hint) return null;
  const part = hint.split(/[_|－—–-]/).find((p) => /年度报告/.test(p));
  return part ? dropLayoutSpaces(part.trim()) : null;
}

/** A document ends with the date it was issued on a line of its own (GB/T 9704-2012): that is not prose. */
function issueDate(blocks: readonly Block[]): { datedOn: string | null; body: readonly Block[] } {
  const last = blocks.at(-1);
  const datedOn = last?.kind === 'line' ? isoDateOf(last.text) : null;
  return { datedOn, body: datedOn ? blocks.slice(0, -1) : blocks };
}

export function assembleReport(document: BlockDocument): ReadResult {
  const findings: Finding[] = [];
  const { datedOn, body } = issueDate(document.blocks);
  const { preface, sections } = splitSections(splitRunOnHeadings(withoutPageMarks(body)));
  const material = new Map<string, Token[]>();
  const reportSections: ReportSection[] = sections.map((section: SplitSection) => {
    if (!TABLE_SECTIONS.has(section.key)) {
      return { key: section.key, heading: section.heading, text: proseOf(section.blocks) };
    }
    const { tokens, prose } = separateTable(section.blocks);
    material.set(section.key, tokens);
    return { key: section.key, heading: section.heading, text: proseOf(prose) };
  });

  const proactiveTokens = material.get('proactive') ?? [];
  const prefers2019 = proactiveTokens.some(
    (t) => t.kind === 'text' && MARKER_KEYS.some((m) => t.key.includes(m)),
  );
  const losses: string[] = [];
  const proactive = readTable(
    prefers2019 ? [PROACTIVE_2019, PROACTIVE_2021] : [PROACTIVE_2021, PROACTIVE_2019],
    proactiveTokens,
    findings,
  );
  const applications = readTable(
    prefers2019 ? [APPLICATIONS_2019, APPLICATIONS_2021] : [APPLICATIONS_2021, APPLICATIONS_2019],
    material.get('applications') ?? [],
    findings,
  );
  const review = readTable([REVIEW_LITIGATION], material.get('reviewLitigation') ?? [], findings);

  const anyTable = [...material.values()].some((tokens) => tokens.some((t) => t.kind === 'number'));
  if (!anyTable && sections.length < MIN_HEADINGS_WITHOUT_TABLES) {
    throw new DomainError('report.notAReport', {
      reason:
        sections.length === 0
          ? '找不到“一、总体情况”等章节标题，也找不到统计表'
          : `只找到 ${sections.length} 个章节标题，且没有统计表`,
    });
  }

  let proactiveTable: ProactiveTable | null = null;
  if (proactive?.spec === PROACTIVE_2019) proactiveTable = proactiveFrom2019(proactive.rows, losses);
  else if (proactive) proactiveTable = ordered(PROACTIVE_ROW_KEYS, proactive.rows);
  let applicationsTable: ApplicationsTable | null = null;
  if (applications?.spec === APPLICATIONS_2019)
    applicationsTable = applicationsFrom2019(applications.rows, losses);
  else if (applications) applicationsTable = ordered(APPLICATION_ROW_KEYS, applications.rows);
  const format: ReportFormat =
    prefers2019 || proactive?.spec === PROACTIVE_2019 || applications?.spec === APPLICATIONS_2019
      ? '2019'
      : '2021';

  const title = takeTitle(preface, document.hints.title);
  const prefaceText = proseOf(preface);
  const { agency, year } = readMeta(title, prefaceText);
  if (!agency) findings.push(metaMissing('agency'));
  if (!year) findings.push(metaMissing('year'));

  const report: AnnualReport = {
    agency,
    year,
    format,
    publishedOn: document.hints.publishedOn ?? datedOn,
    title,
    preface: prefaceText,
    sections: reportSections,
    tables: {
      proactive: proactiveTable,
      applications: applicationsTable,
      reviewLitigation: review ? reviewTable(review.rows) : null,
    },
    mappingLosses: losses,
  };
  return { report, findings };
}
