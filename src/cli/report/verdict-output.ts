// How `gongkai report check` prints its verdicts: an aligned table with a summary (people), JSON (programs; the
// shape of issue 2 §5) or CSV (spreadsheets, one row per finding).
import { describeLocation, type Finding } from '../../core/findings.ts';
import { alignColumns } from '../terminal.ts';
import type { DocumentVerdict } from '../../services/reports/check.ts';

const SEVERITY_LABELS: Record<Finding['severity'], string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
  notChecked: '未检查',
};

export type Verdict = 'pass' | 'error' | 'unreadable';

export function verdictOf(v: DocumentVerdict): Verdict {
  if (v.failure) return 'unreadable';
  return v.findings.some((f) => f.severity === 'error') ? 'error' : 'pass';
}

/** 0 when no file has an error finding, 1 when some has, 2 when some file could not be read. */
export function exitCodeOf(verdicts: readonly DocumentVerdict[]): number {
  const kinds = new Set(verdicts.map(verdictOf));
  if (kinds.has('unreadable')) return 2;
  return kinds.has('error') ? 1 : 0;
}

const count = (v: DocumentVerdict, severity: Finding['severity']) =>
  v.findings.filter((f) => f.severity === severity).length;

export function renderTable(verdicts: readonly DocumentVerdict[], withDetails: boolean): string {
  const header = ['文件', '机关', '年度', '结论', '错误', '警告', '未检查'];
  const rows = verdicts.map((v) => [
    v.name,
    v.report?.agency ?? '—',
    v.report?.year ? String(v.report.year) : '—',
    v.failure ? '无法读取' : verdictOf(v) === 'error' ? '有错误' : '通过',
    String(count(v, 'error')),
    String(count(v, 'warning')),
    String(count(v, 'notChecked')),
  ]);
  const parts = [alignColumns([header, ...rows], new Set([4, 5, 6]))];
  if (withDetails) parts.push(...verdicts.map(renderDetails).filter(Boolean));
  parts.push(renderSummary(verdicts));
  return parts.join('\n\n') + '\n';
}

function renderDetails(v: DocumentVerdict): string {
  if (v.failure) return `${v.name}：${v.failure.message}`;
  const shown = v.findings.filter((f) => f.severity !== 'info');
  if (shown.length === 0) return '';
  const lines = shown.map((f) => {
    const where = describeLocation(f.location);
    return `  [${SEVERITY_LABELS[f.severity]}] ${f.rule}${where ? `（${where}）` : ''}：${f.message}`;
  });
  return [`${v.name}：`, ...lines].join('\n');
}

function renderSummary(verdicts: readonly DocumentVerdict[]): string {
  const tally = { pass: 0, error: 0, unreadable: 0 };
  for (const v of verdicts) tally[verdictOf(v)] += 1;
  return `共 ${verdicts.length} 个文件：通过 ${tally.pass}，有错误 ${tally.error}，无法读取 ${tally.unreadable}。`;
}

export function renderJson(verdicts: readonly DocumentVerdict[]): string {
  const items = verdicts.map((v) => ({
    file: v.name,
    agency: v.report?.agency ?? null,
    year: v.report?.year ?? null,
    format: v.report?.format ?? null,
    tables: v.report?.tables ?? null,
    findings: v.findings.map(({ rule, severity, location, expected, actual, message }) => ({
      rule,
      severity,
      location,
      expected,
      actual,
      message,
    })),
    ...(v.failure ? { error: v.failure } : {}),
  }));
  return JSON.stringify(items, null, 2) + '\n';
}

const CSV_HEADER = [
  'file',
  'agency',
  'year',
  'rule',
  'severity',
  'location',
  'expected',
  'actual',
  'message',
];

export function renderCsv(verdicts: readonly DocumentVerdict[]): string {
  const rows: (string | number | null)[][] = [CSV_HEADER];
  for (const v of verdicts) {
    const agency = v.report?.agency ?? '';
    const year = v.report?.year ?? '';
    if (v.failure)
      rows.push([v.name, agency, year, v.failure.code, 'unreadable', '', '', '', v.failure.message]);
    for (const f of v.findings) {
      rows.push([
        v.name,
        agency,
        year,
        f.rule,
        f.severity,
        describeLocation(f.location),
        f.expected,
        f.actual,
        f.message,
      ]);
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
