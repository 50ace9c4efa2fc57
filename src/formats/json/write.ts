// Write an annual report as JSON (described by docs/annual-report.schema.json). Fields come in the order of the
// `report check` JSON (issue 2 §5): agency, year, format, tables first; each row of cells stays on one line.
import type { AnnualReport } from '../../core/report/model.ts';

const INDENT = '  ';

function isFlat(value: unknown[]): boolean {
  return value.every((item) => item === null || typeof item !== 'object');
}

function serialize(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = INDENT.repeat(depth + 1);
  const outer = INDENT.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (isFlat(value)) return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    return `[\n${value.map((item) => inner + serialize(item, depth + 1)).join(',\n')}\n${outer}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  const body = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${serialize(item, depth + 1)}`);
  return `{\n${body.join(',\n')}\n${outer}}`;
}

export function writeJsonReport(report: AnnualReport): string {
  const ordered = {
    agency: report.agency,
    year: report.year,
    format: report.format,
    tables: report.tables,
    publishedOn: report.publishedOn,
    title: report.title,
    preface: report.preface,
    sections: report.sections,
    mappingLosses: report.mappingLosses,
  } satisfies AnnualReport;
  return serialize(ordered, 0) + '\n';
}
