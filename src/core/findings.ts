// Judging functions (checker, narrative checks, readers, screening) return findings, never throw
// (docs/architecture.md, idea 4). Messages are Chinese: the statute and the report are Chinese documents.

/** notChecked: the rule could not run (a blank total, a missing table); it says why instead of staying silent. */
export const SEVERITIES = ['error', 'warning', 'info', 'notChecked'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How a report check's severities read (the report checker's words; screening calls its own 阻断/提醒). */
export const SEVERITY_LABELS: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
  notChecked: '未检查',
};

export interface FindingLocation {
  /** Section heading or table title, in Chinese. */
  section?: string;
  table?: string;
  row?: string;
  column?: string;
  /** 1-based line in the source document, when known. */
  line?: number;
  /** Character offset and length in a screened text. */
  offset?: number;
  length?: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  location: FindingLocation;
  expected: string | number | null;
  actual: string | number | null;
  message: string;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, notChecked: 2, info: 3 };

export function bySeverity(a: Finding, b: Finding): number {
  return severityRank[a.severity] - severityRank[b.severity];
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** "表三 / (七)总计 / 自然人" — a location as one readable Chinese string. */
export function describeLocation(location: FindingLocation): string {
  const parts = [location.section, location.table, location.row, location.column].filter(Boolean);
  if (location.line !== undefined) parts.push(`第${location.line}行`);
  return parts.join(' / ');
}
