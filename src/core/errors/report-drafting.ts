// Error codes of writing the annual report's prose (issue 11). Add codes here; never reuse or rename one.
export const REPORT_DRAFTING_ERRORS = {
  // Spec N-1: a figure in the prose comes from the tables; a name the builder cannot fill would print as typed.
  'reports.unknownPlaceholder':
    '“{section}”中有无法识别的占位符：{names}。请从占位符列表中选用，或去掉花括号',
} as const satisfies Record<string, string>;
