// Where in a report JSON a validation issue sits, said in the report's own Chinese labels
// ("表三 … / 一、本年新收政府信息公开申请数量 / 科研机构") rather than as a raw key path.
import { describeLocation, type FindingLocation } from '../../core/findings.ts';
import { APPLICANT_COLUMNS, APPLICANT_LABELS } from '../../core/taxonomy/applicants.ts';
import {
  APPLICATION_ROW_KEYS,
  APPLICATIONS_TABLE_TITLE,
  applicationRow,
  type ApplicationRowKey,
} from '../../core/taxonomy/applications-table.ts';
import { PROACTIVE_SUBTABLES, PROACTIVE_TABLE_TITLE } from '../../core/taxonomy/proactive-table.ts';
import {
  REVIEW_GROUP_LABELS,
  REVIEW_RESULT_LABELS,
  REVIEW_RESULTS,
  REVIEW_TABLE_TITLE,
  type ReviewGroup,
} from '../../core/taxonomy/review-table.ts';

type PathKey = PropertyKey;

const FIELD_LABELS: Record<string, string> = {
  agency: '机关名称',
  year: '年度',
  format: '报告格式',
  publishedOn: '发布日期',
  title: '标题',
  preface: '前言',
  sections: '正文各部分',
  tables: '表格',
  mappingLosses: '格式转换说明',
  heading: '标题',
  text: '正文',
  key: '部分代码',
};

function tableLocation(
  table: PathKey,
  row: PathKey | undefined,
  column: PathKey | undefined,
): FindingLocation {
  const index = typeof column === 'number' ? column : undefined;
  if (table === 'proactive') {
    const sub = PROACTIVE_SUBTABLES.find((s) => s.rows.some((r) => r.key === row));
    const label = sub?.rows.find((r) => r.key === row)?.label;
    const columnLabel = index === undefined ? undefined : sub?.columns[index]?.label;
    return {
      table: PROACTIVE_TABLE_TITLE,
      row: label ?? optional(row),
      column: columnLabel ?? optional(column),
    };
  }
  if (table === 'applications') {
    const known = APPLICATION_ROW_KEYS.includes(row as ApplicationRowKey);
    const columnKey = index === undefined ? undefined : APPLICANT_COLUMNS[index];
    return {
      table: APPLICATIONS_TABLE_TITLE,
      row: known ? applicationRow(row as ApplicationRowKey).label : optional(row),
      column: columnKey ? APPLICANT_LABELS[columnKey] : optional(column),
    };
  }
  if (table === 'reviewLitigation') {
    const result = index === undefined ? undefined : REVIEW_RESULTS[index];
    return {
      table: REVIEW_TABLE_TITLE,
      row: REVIEW_GROUP_LABELS[row as ReviewGroup] ?? optional(row),
      column: result ? REVIEW_RESULT_LABELS[result] : optional(column),
    };
  }
  return { table: String(table) };
}

function optional(key: PathKey | undefined): string | undefined {
  return key === undefined ? undefined : String(key);
}

/** A zod issue path as a readable Chinese place; the empty path is the document itself. */
export function describeIssuePath(path: readonly PathKey[]): string {
  const [head, ...rest] = path;
  if (head === undefined) return '报告';
  if (head === 'tables' && rest.length > 0)
    return describeLocation(tableLocation(rest[0]!, rest[1], rest[2]));
  if (head === 'sections' && typeof rest[0] === 'number') {
    const field = rest[1] === undefined ? '' : ` / ${FIELD_LABELS[String(rest[1])] ?? String(rest[1])}`;
    return `正文第 ${rest[0] + 1} 部分${field}`;
  }
  const tail = rest.map((key) => (typeof key === 'number' ? `第 ${key + 1} 项` : String(key)));
  return [FIELD_LABELS[String(head)] ?? String(head), ...tail].join(' / ');
}
