// Table 三 "收到和处理政府信息公开申请情况" (国办公开办函〔2021〕30号; docs/statute.md §2.3): 25 rows × 7 columns.
import { OUTCOME_GROUPS, OUTCOME_KEYS, type OutcomeKey } from './outcomes.ts';

export const APPLICATION_ROW_KEYS = [
  'received',
  'carriedIn',
  ...OUTCOME_KEYS,
  'total',
  'carriedOut',
] as const;
export type ApplicationRowKey = (typeof APPLICATION_ROW_KEYS)[number];

export interface ApplicationRow {
  key: ApplicationRowKey;
  /** Exact label of the row's own cell. */
  label: string;
  /** Labels of the merged cells to its left, outermost first (e.g. 三、本年度办理结果, (三)不予公开). */
  parents: readonly string[];
}

export const APPLICATIONS_TABLE_TITLE = '三、收到和处理政府信息公开申请情况';
/** The top-left merged header cell: it states rule T3-1 itself. */
export const APPLICATIONS_BALANCE_NOTE = '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)';
export const RESULTS_LABEL = '三、本年度办理结果';

function outcomeRows(): ApplicationRow[] {
  return OUTCOME_GROUPS.flatMap((group) =>
    group.leaves.length === 1
      ? [{ key: group.leaves[0]!.key, label: group.label, parents: [RESULTS_LABEL] }]
      : group.leaves.map((leaf) => ({
          key: leaf.key,
          label: leaf.label,
          parents: [RESULTS_LABEL, group.label],
        })),
  );
}

export const APPLICATION_ROWS: readonly ApplicationRow[] = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量', parents: [] },
  { key: 'carriedIn', label: '二、上年结转政府信息公开申请数量', parents: [] },
  ...outcomeRows(),
  { key: 'total', label: '(七)总计', parents: [RESULTS_LABEL] },
  { key: 'carriedOut', label: '四、结转下年度继续办理', parents: [] },
];

export const OUTCOME_ROW_KEYS: readonly OutcomeKey[] = OUTCOME_KEYS;

export function applicationRow(key: ApplicationRowKey): ApplicationRow {
  return APPLICATION_ROWS.find((row) => row.key === key)!;
}
