// Error codes of the annual report's review (issue 11) with their Chinese messages. Add codes here; never reuse or
// rename one.
export const REPORT_WORKFLOW_ERRORS = {
  // 《条例》第五十条: the report's figures are the tables'; prose that contradicts them misleads the public (spec N-1).
  'reports.narrativeContradictsTables':
    '年度报告叙述中的数字与表格不一致：{findings}。请修改后再{step}，或填写理由（至少 {min} 个字）说明为何仍要{step}',
  // Separation of duties: a second person checks what the first one wrote, a third signs.
  'reports.reviewerIsSubmitter': '审核人不能是提交人本人（{name}），请由其他负责人审核',
  'reports.signerIsReviewer': '签发人不能是审核人本人（{name}），请由其他领导签发',
} as const satisfies Record<string, string>;
