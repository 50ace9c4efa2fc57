// What a finding's severity (core/findings.ts) means to the person who must act on it, in Chinese.
import type { Severity } from './findings.ts';

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: '必须修改',
  warning: '建议修改',
  info: '提示',
  notChecked: '未检查',
};
