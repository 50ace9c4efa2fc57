// Read an annual report from JSON: the document writeJsonReport writes, or one item of
// `gongkai report check --format json` (issue 2 §5), which carries only agency, year, format and tables.
import { z } from 'zod';
import { DomainError } from '../../core/errors/index.ts';
import type { Finding } from '../../core/findings.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { annualReportSchema } from '../../core/report/schema.ts';
import { describeIssuePath } from './issue-path.ts';

const { shape } = annualReportSchema;

/** The report document, with the fields a check-output item lacks made optional, and that item's extras. */
const readableReportSchema = annualReportSchema.extend({
  publishedOn: shape.publishedOn.default(null),
  title: shape.title.default(null),
  preface: shape.preface.default(''),
  sections: shape.sections.optional(),
  mappingLosses: shape.mappingLosses.default([]),
  file: z.string().optional(),
  findings: z.array(z.unknown()).optional(),
});

const SHOWN_ISSUES = 3;

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues
    .slice(0, SHOWN_ISSUES)
    .map((issue) => `${describeIssuePath(issue.path)}：${issue.message}`);
  const more = issues.length > SHOWN_ISSUES ? `；另有 ${issues.length - SHOWN_ISSUES} 处问题` : '';
  return shown.join('；') + more;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DomainError('report.invalidJson', { reason: `不是有效的 JSON（${(error as Error).message}）` });
  }
}

export function readJsonReport(text: string): { report: AnnualReport; findings: Finding[] } {
  const data = parseJson(text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const got = Array.isArray(data) ? '数组' : data === null ? 'null' : typeof data;
    throw new DomainError('report.invalidJson', { reason: `顶层应为一份报告（对象），实际为${got}` });
  }
  const parsed = readableReportSchema.safeParse(data, { error: z.locales.zhCN().localeError });
  if (!parsed.success)
    throw new DomainError('report.invalidJson', { reason: describeIssues(parsed.error.issues) });
  const { file: _file, findings: _previousFindings, sections, ...fields } = parsed.data;
  const findings: Finding[] = [];
  if (sections === undefined) {
    findings.push({
      rule: 'json.sectionsMissing',
      severity: 'info',
      location: {},
      expected: null,
      actual: null,
      message: 'JSON 中只有表格数据，没有报告正文（sections）：依赖正文的检查（N-1、N-2）无从进行',
    });
  }
  const report: AnnualReport = { ...fields, sections: sections ?? [] };
  return { report, findings };
}
