// What each rule of the report checker checks, in a few Chinese words, for people reading a finding outside the
// console (年报体检). The full statement of each rule, with its source, is docs/report-rules.md.
export const REPORT_RULE_LABELS: Record<string, string> = {
  'T2-1': '表二：现行有效件数与上年衔接',
  'T2-2': '表二：无规章制定权的机关不应有规章',
  'T2-3': '表二：行政事业性收费的单位和数值',
  'T3-1': '表三：新收 + 上年结转 = 办结 + 结转下年度',
  'T3-2': '表三：每行总计 = 各类申请人之和',
  'T3-3': '表三：（七）总计 = 各办理结果之和',
  'T3-4': '表三：每件申请只计入一个办理结果',
  'T3-5': '表三：单元格应为非负整数',
  'T3-6': '表三：上年结转 = 上年报告的结转下年度',
  'T4-1': '表四：行政复议总计 = 各结果之和',
  'T4-2': '表四：未经复议直接起诉的总计 = 各结果之和',
  'T4-3': '表四：复议后起诉的总计 = 各结果之和',
  'N-1': '正文中的数字与表格一致',
  'N-2': '六个部分齐全、顺序和标题符合格式',
  'N-3': '正文段落不与其他报告雷同',
  'P-1': '按期公布（《条例》第四十九条）',
  'READ-TABLE': '读取：表格',
  'READ-META': '读取：机关和年度',
};

/** The rule's label, by its id or the id's family (`N-2/missing` → N-2); the id itself when unknown. */
export function ruleLabel(rule: string): string {
  return REPORT_RULE_LABELS[rule] ?? REPORT_RULE_LABELS[rule.split('/')[0]!] ?? rule;
}
