// The /apply form's fields and their checks, in Chinese: each field says exactly what is missing or wrong
// ("请选择申请人类型", not an enum list or a character count for a drop-down). The contract
// (contracts/requests.ts) still has the last word; these checks only phrase the common mistakes for a person.
import { z } from 'zod';
import { APPLICANT_KINDS } from '../../core/taxonomy/applicants.ts';
import { publicSubmissionSchema, type PublicSubmission } from '../../contracts/public.ts';
import { chineseIssueMessage } from '../validation.ts';
import type { FieldErrors } from './form.ts';

export const FORMS_WANTED = ['纸质文本', '电子邮件', '光盘等存储介质', '当场阅读、抄录'] as const;

interface FieldRule {
  label: string;
  /** The message for an empty value; absent: the field is optional. */
  required?: string;
  /** Longest value, in characters, after trimming. */
  max: number;
  /** A drop-down: the value must be one of these. */
  choices?: readonly string[];
}

export const APPLY_FIELDS = {
  applicantKind: {
    label: '申请人类型',
    required: '请选择申请人类型',
    max: 40,
    choices: APPLICANT_KINDS,
  },
  name: { label: '申请人姓名或名称', required: '请填写申请人姓名或名称', max: 100 },
  idDocument: { label: '身份证明', max: 100 },
  contact: { label: '联系方式', required: '请填写联系方式（电话、通信地址或电子邮箱）', max: 200 },
  email: { label: '接收通知的电子邮箱', max: 200 },
  informationSought: {
    label: '申请公开的政府信息',
    required: '请填写申请公开的政府信息的名称、文号或特征性描述',
    max: 5000,
  },
  formWanted: {
    label: '获取信息的方式',
    required: '请选择获取信息的方式',
    max: 40,
    choices: FORMS_WANTED,
  },
} as const satisfies Record<string, FieldRule>;

export type ApplyField = keyof typeof APPLY_FIELDS;
export type ApplyValues = Record<ApplyField, string>;

/** Labels for the error summary, the upload included. */
export const APPLY_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(APPLY_FIELDS).map(([name, rule]) => [name, rule.label])),
  files: '申请材料',
};

export const EMPTY_APPLY = Object.fromEntries(Object.keys(APPLY_FIELDS).map((k) => [k, ''])) as ApplyValues;

/** The form's text fields out of a posted body (absent ones empty). */
export function applyValuesOf(body: Readonly<Record<string, string>>): ApplyValues {
  return Object.fromEntries(Object.keys(APPLY_FIELDS).map((k) => [k, body[k] ?? ''])) as ApplyValues;
}

// Tab, line feed and carriage return are text; every other C0/C1 control (NUL first) is not, and PostgreSQL
// refuses NUL in text outright.
// eslint-disable-next-line no-control-regex -- the control characters are what this refuses
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const emailFormat = z.email();

function problemOf(name: ApplyField, raw: string): string | undefined {
  const rule: FieldRule = APPLY_FIELDS[name];
  const value = raw.trim();
  if (CONTROL_CHARACTERS.test(raw)) return '含有无法识别的控制字符，请删除后重新填写';
  if (!value) return rule.required;
  if (rule.choices) return rule.choices.includes(value) ? undefined : rule.required;
  if ([...value].length > rule.max) return `不能超过 ${rule.max} 个字`;
  if (name === 'email' && !emailFormat.safeParse(value).success)
    return '电子邮箱格式不正确，请填写如 name@example.com 的地址，或留空';
  return undefined;
}

export type CheckedApply = { ok: true; submission: PublicSubmission } | { ok: false; errors: FieldErrors };

/** The form's values as the online submission for `agencyId`, or a Chinese message per field at fault. */
export function checkApply(agencyId: string, values: ApplyValues): CheckedApply {
  const errors: FieldErrors = {};
  for (const name of Object.keys(APPLY_FIELDS) as ApplyField[]) {
    const problem = problemOf(name, values[name]);
    if (problem) errors[name] = problem;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const optional = (value: string) => (value.trim() ? value.trim() : null);
  const parsed = publicSubmissionSchema.safeParse(
    {
      agencyId,
      applicant: {
        kind: values.applicantKind.trim(),
        name: values.name,
        idDocument: optional(values.idDocument),
        contact: values.contact,
        email: optional(values.email),
      },
      informationSought: values.informationSought,
      formWanted: values.formWanted.trim(),
    },
    { error: chineseIssueMessage },
  );
  if (parsed.success) return { ok: true, submission: parsed.data };
  // Only what the checks above do not foresee reaches here; it is still named on its field.
  for (const issue of parsed.error.issues) {
    const [first, second] = issue.path.map(String);
    const field = first === 'applicant' ? (second === 'kind' ? 'applicantKind' : second) : first;
    const name = field && field in APPLY_FIELDS ? field : 'informationSought';
    errors[name] ??= issue.message;
  }
  return { ok: false, errors };
}
