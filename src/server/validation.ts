// Request validation with zod, in Chinese. A schema's own message (e.g. 日期格式应为 YYYY-MM-DD) wins; otherwise
// the issue is phrased here. The failing field is always named, so a caller can fix the right input.
import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值',
  undefined: '未提供',
  date: '日期',
  bigint: '整数',
};

const typeName = (type: string) => TYPE_NAMES[type] ?? type;

function describeSize(
  origin: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
  big: boolean,
): string {
  const n = Number(bound);
  const cmp = big ? (inclusive === false ? '小于' : '不超过') : inclusive === false ? '大于' : '不少于';
  if (origin === 'string') return `长度应${cmp} ${n} 个字符`;
  if (origin === 'array' || origin === 'set') return `元素个数应${cmp} ${n} 个`;
  if (origin === 'file') return `文件大小应${cmp} ${n} 字节`;
  return `数值应${cmp} ${n}`;
}

function received(input: unknown): string {
  if (input === null) return 'null';
  if (typeof input === 'number' && Number.isNaN(input)) return '非数字（或未提供）';
  if (Array.isArray(input)) return '数组';
  return typeName(typeof input);
}

/** Phrases an issue that carries no message of its own. */
export const chineseIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? '必填'
        : `类型应为${typeName(issue.expected)}，实际为${received(issue.input)}`;
    case 'too_big':
      return describeSize(issue.origin, issue.maximum, issue.inclusive, true);
    case 'too_small':
      return describeSize(issue.origin, issue.minimum, issue.inclusive, false);
    case 'invalid_format':
      return `格式不正确（应为 ${issue.format}）`;
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_value':
      return `取值应为以下之一：${issue.values.map(String).join('、')}`;
    case 'invalid_union':
      return '不符合任何一种允许的形式';
    case 'invalid_key':
      return '字段名无效';
    case 'invalid_element':
      return '元素无效';
    default:
      return '取值无效';
  }
};

const CONTEXT_NAMES: Record<string, string> = {
  body: '请求体',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

/** "请求体字段 applicant.name：长度应不超过 100 个字符；…" — every issue, at most five. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], context: string | undefined): string {
  const where = CONTEXT_NAMES[context ?? ''] ?? '输入';
  const parts = issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${where}字段 ${path}：${issue.message}` : `${where}：${issue.message}`;
  });
  if (issues.length > 5) parts.push(`另有 ${issues.length - 5} 处错误`);
  return parts.join('；');
}

/** Fastify validator: zod schemas, Chinese messages; the ZodError travels to the error handler. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { error: chineseIssueMessage });
    return result.success ? { value: result.data } : { error: result.error };
  };
