// A report as the sequence of blocks every document writer lays out: title, preface, then each section's
// heading, prose and table, in the report's own order, and the date last. Tables sit under the heading of their section, after its
// prose, as agencies print them.
import type { AnnualReport } from '../../core/report/model.ts';
import { chineseDate } from './dates.ts';
import { SECTION_HEADINGS, type SectionKey } from '../../core/taxonomy/sections.ts';
import {
  applicationsLayout,
  proactiveLayout,
  reviewLitigationLayout,
  type TableKey,
  type TableLayout,
} from './table-layout.ts';

export type DocumentBlock =
  | { kind: 'title'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string; section: SectionKey }
  | { kind: 'table'; layout: TableLayout }
  /** The date the report was issued, printed last, as documents are dated (GB/T 9704-2012). */
  | { kind: 'date'; isoDate: string; text: string };

const TABLE_SECTIONS: readonly TableKey[] = ['proactive', 'applications', 'reviewLitigation'];

function tableLayout(report: AnnualReport, key: SectionKey): TableLayout | null {
  const { proactive, applications, reviewLitigation } = report.tables;
  if (key === 'proactive') return proactive && proactiveLayout(proactive);
  if (key === 'applications') return applications && applicationsLayout(applications);
  if (key === 'reviewLitigation') return reviewLitigation && reviewLitigationLayout(reviewLitigation);
  return null;
}

function paragraphs(text: string): DocumentBlock[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ kind: 'paragraph', text: line }));
}

export function documentBlocks(report: AnnualReport): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  if (report.title) blocks.push({ kind: 'title', text: report.title });
  blocks.push(...paragraphs(report.preface));
  const section = (key: SectionKey, heading: string, text: string) => {
    blocks.push({ kind: 'heading', text: heading, section: key }, ...paragraphs(text));
    const layout = tableLayout(report, key);
    if (layout) blocks.push({ kind: 'table', layout });
  };
  for (const { key, heading, text } of report.sections) section(key, heading, text);
  // A table whose section the report lacks is still written, under the standard heading: no figure is dropped.
  const present = new Set(report.sections.map((s) => s.key));
  for (const key of TABLE_SECTIONS) if (!present.has(key)) section(key, SECTION_HEADINGS[key], '');
  if (report.publishedOn)
    blocks.push({ kind: 'date', isoDate: report.publishedOn, text: chineseDate(report.publishedOn) });
  return blocks;
}
