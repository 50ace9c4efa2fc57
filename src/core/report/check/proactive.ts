// Table 二 "主动公开政府信息情况" (docs/statute.md §2.2): rules on a single year, T2-2 and T2-3 (T2-1 spans two years).
import type { Finding } from '../../findings.ts';
import { PROACTIVE_SUBTABLES, PROACTIVE_TABLE_TITLE } from '../../taxonomy/index.ts';
import type { RuleContext } from './context.ts';
import { cellAt } from './cells.ts';
import { finding, formatNumber, notChecked } from './finding.ts';

const TABLE = { table: PROACTIVE_TABLE_TITLE };
const [ARTICLE_20_1, , , ARTICLE_20_8] = PROACTIVE_SUBTABLES;
const REGULATION_LABEL = ARTICLE_20_1!.rows[0]!.label;
const FEES_LABEL = ARTICLE_20_8!.rows[0]!.label;
const FEES_COLUMN = ARTICLE_20_8!.columns[0]!.label;

export function checkProactive(context: RuleContext): Finding[] {
  if (context.report.tables.proactive === null) {
    return ['T2-2', 'T2-3'].map((rule) => notChecked(rule, TABLE, '报告中没有表二，无法核对'));
  }
  return [...checkRegulationPower(context), ...checkAdministrativeFees(context)];
}

/**
 * T2-2 — 《立法法》(2023) 第九十一条、第九十三条 ((2015) 第八十条、第八十二条): only State Council departments and the
 * governments of provinces, 自治区, 直辖市, 设区的市 and 自治州 make 规章; any other agency's 规章 row must be 0 (a
 * municipal department such as the seed's cannot, nor a county or district government such as 洪泽区人民政府).
 */
function checkRegulationPower({ report, severities, canMakeRegulations }: RuleContext): Finding[] {
  const row = report.tables.proactive!.regulation;
  const columns = ARTICLE_20_1!.columns.map((column, i) => ({ label: column.label, value: cellAt(row, i) }));
  const here = { ...TABLE, row: REGULATION_LABEL };
  const nonZero = columns.filter((column) => column.value !== null && column.value !== 0);
  if (canMakeRegulations === true) return [];
  if (nonZero.length === 0) {
    const blanks = columns.filter((column) => column.value === null).map((column) => column.label);
    return blanks.length === 0 ? [] : [notChecked('T2-2', here, `“规章”行的${blanks.join('、')}为空白`)];
  }
  if (canMakeRegulations === null) {
    return [
      notChecked(
        'T2-2',
        here,
        `“规章”行有数字，但无法从机关名称“${report.agency ?? '（未知）'}”及报告内容判断其是否有规章制定权（《立法法》第九十三条：省、自治区、直辖市和设区的市、自治州的人民政府可以制定规章）`,
      ),
    ];
  }
  const listed = nonZero.map((column) => `${column.label} ${formatNumber(column.value!)}`).join('、');
  return [
    finding(
      'T2-2',
      severities['T2-2'],
      { ...here, column: nonZero.map((column) => column.label).join('、') },
      0,
      listed,
      `${report.agency ?? '本机关'}没有规章制定权（《立法法》第九十一条、第九十三条，2015年文本为第八十条、第八十二条），表二“规章”行应为 0，实为：${listed}`,
    ),
  ];
}

/** T2-3 — the column header itself: "本年收费金额(单位:万元)"; an amount cannot be negative (decimals allowed). */
function checkAdministrativeFees({ report, severities }: RuleContext): Finding[] {
  const amount = cellAt(report.tables.proactive!.administrativeFees, 0);
  const here = { ...TABLE, row: FEES_LABEL, column: FEES_COLUMN };
  if (amount === null) return [notChecked('T2-3', here, `“${FEES_LABEL}”的收费金额为空白`)];
  if (amount >= 0) return [];
  return [
    finding(
      'T2-3',
      severities['T2-3'],
      here,
      '≥0',
      amount,
      `表二“${FEES_LABEL}”的${FEES_COLUMN}为 ${formatNumber(amount)}，金额不能为负数`,
    ),
  ];
}
