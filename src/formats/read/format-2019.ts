// The 2019 trial format (国办公开办函〔2019〕60号; docs/statute.md §2.6) read into the 2021 model. Each figure that has no
// place in the 2021 tables, or each 2021 cell the 2019 table does not give, is written down in mappingLosses.
import type { ApplicationsTable, Cell, ProactiveTable } from '../../core/report/model.ts';
import { APPLICANT_COLUMNS } from '../../core/taxonomy/applicants.ts';
import { APPLICATION_ROW_KEYS } from '../../core/taxonomy/applications-table.ts';

/** Words only the 2019 table 二 has (docs/statute.md §2.6 detection heuristic 1), as label keys. */
export const MARKERS_2019 = ['本年新制作数量', '第二十条第(九)项', '采购总金额'];

const zeros = (): Cell[] => APPLICANT_COLUMNS.map(() => 0);

/** 2019 (六)其他处理 is one row: it goes to (六)3.其他, and the two sub-rows 2021 added are 0. */
export function applicationsFrom2019(rows: Map<string, Cell[]>, losses: string[]): ApplicationsTable {
  const table = {} as ApplicationsTable;
  for (const key of APPLICATION_ROW_KEYS) {
    if (key === 'otherDisposal.other') table[key] = rows.get('otherDisposal')!;
    else if (key.startsWith('otherDisposal.')) table[key] = zeros();
    else table[key] = rows.get(key)!;
  }
  losses.push(
    '表三按 2019 年格式只有一行“(六)其他处理”，已全部计入“3.其他”；“1.申请人无正当理由逾期不补正…”和“2.申请人逾期未按收费通知要求缴纳费用…”两行在 2019 年格式中没有，记为 0。',
  );
  return table;
}

/** 2019 table 二: the columns differ; only what means the same is carried over, the rest is noted. */
export function proactiveFrom2019(rows: Map<string, Cell[]>, losses: string[]): ProactiveTable {
  const decisions = (key: string): Cell[] => [rows.get(key)![2]!];
  const newlyMade = (key: string): Cell[] => [rows.get(key)![0]!, null, null];
  losses.push(
    '表二“规章”“规范性文件”按 2019 年格式填的是本年新制作数量、本年新公开数量和对外公开总数量：本年新制作数量计入“本年制发件数”；“本年废止件数”“现行有效件数”在 2019 年格式中没有，留空；本年新公开数量和对外公开总数量未计入。',
    '表二“行政许可”“行政处罚”“行政强制”只计入了“处理决定数量”；2019 年格式的“上一年项目数量”和“本年增/减”在 2021 年格式中没有，未计入。',
    '表二“其他对外管理服务事项”一行在 2021 年格式中已取消，未计入。',
    '表二“行政事业性收费”在 2019 年格式中没有收费金额（只有项目数量），“本年收费金额”留空。',
    '表二“第二十条第(九)项 政府集中采购”在 2021 年格式中已取消，其采购项目数量和采购总金额未计入。',
  );
  return {
    regulation: newlyMade('regulation'),
    normativeDocument: newlyMade('normativeDocument'),
    licensing: decisions('licensing'),
    penalty: decisions('penalty'),
    coercion: decisions('coercion'),
    administrativeFees: [null],
  };
}
