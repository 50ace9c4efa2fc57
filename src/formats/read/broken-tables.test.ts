// Tables that cannot be aligned unambiguously are refused — that table only — with READ-TABLE naming the table
// and the row; nothing is invented. Each case breaks one row of a layout fixture that otherwise reads cleanly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUTS, layoutTables } from '../../../test/fixtures/reports/layouts/expected.ts';
import type { ReportTables } from '../../core/report/model.ts';
import { readReportText } from './index.ts';

const tabs = readFileSync(join(LAYOUTS, 'tabs.txt'), 'utf8');
const spaces = readFileSync(join(LAYOUTS, 'spaces.txt'), 'utf8');

const T2 = '二、主动公开政府信息情况';
const T3 = '三、收到和处理政府信息公开申请情况';
const T4 = '四、政府信息公开行政复议、行政诉讼情况';
const TABLE_KEY: Record<string, keyof ReportTables> = {
  [T2]: 'proactive',
  [T3]: 'applications',
  [T4]: 'reviewLitigation',
};

function edited(text: string, from: string, to: string): string {
  expect(text, `fixture has “${from}”`).toContain(from);
  return text.replace(from, to);
}

const cases: { name: string; text: string; table: string; row: string; reason: RegExp }[] = [
  {
    name: 'figures run together that no split makes agree with the table (10000011 for 1,0,0,0,0,0,1)',
    text: edited(tabs, '1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1', '1.属于国家秘密\t10000011'),
    table: T3,
    row: '1.属于国家秘密',
    reason: /数字粘连在一起，没有一种拆法满足表内勾稽关系（可拆分的行：“1.属于国家秘密”）/,
  },
  {
    name: 'a figure missing from a space-separated row',
    text: edited(spaces, '2.重复申请   1   0   0   0   0   1   2', '2.重复申请   1   0   0   0   1   2'),
    table: T3,
    row: '2.重复申请',
    reason: /应有 7 个数据，读到 6 个后遇到/,
  },
  {
    name: 'one figure too many',
    text: edited(tabs, '行政处罚\t56', '行政处罚\t56\t3'),
    table: T2,
    row: '行政处罚',
    reason: /数据多于 1 个（多出“3”）/,
  },
  {
    name: 'a row label that is not in the format',
    text: edited(tabs, '(七)总计', '(七)小计'),
    table: T3,
    row: '(七)小计',
    reason: /前没有可对应的行名/,
  },
  {
    name: 'a decimal where a count belongs',
    text: edited(tabs, '2.重复申请\t1\t', '2.重复申请\t1.5\t'),
    table: T3,
    row: '2.重复申请',
    reason: /“1.5”不是整数/,
  },
  {
    name: 'table 四 short of a cell',
    text: edited(
      tabs,
      '3\t1\t0\t1\t5\t2\t0\t1\t0\t3\t1\t1\t0\t0\t2',
      '3\t1\t0\t1\t5\t2\t0\t1\t0\t3\t1\t1\t0\t2',
    ),
    table: T4,
    row: '行政复议、行政诉讼',
    reason: /应有 15 个数据，只读到 14 个/,
  },
  {
    name: 'a row twice',
    text: edited(tabs, '行政强制\t7', '行政处罚\t7'),
    table: T2,
    row: '行政处罚',
    reason: /出现了两次/,
  },
  {
    name: 'a row missing',
    text: edited(tabs, '3.其他\t1\t0\t0\t0\t0\t0\t1\n', ''),
    table: T3,
    row: '3.其他',
    reason: /找不到这一行/,
  },
];

describe('tables that cannot be aligned', () => {
  it.each(cases)(
    '$name → READ-TABLE on that table and row, the others read',
    ({ text, table, row, reason }) => {
      const { report, findings } = readReportText(text);
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding).toMatchObject({ rule: 'READ-TABLE', severity: 'error', location: { table, row } });
      expect(finding!.message).toMatch(reason);
      expect(finding!.message).toContain(table);
      const expected = layoutTables();
      expected.applications!['unavailable.stillUnclear'][2] = null; // the tabs fixture's blank cell
      expected[TABLE_KEY[table]!] = null;
      expect(report.tables).toEqual(expected);
    },
  );

  it('reads figures run together when they split one way only (1000001 is seven cells of one digit)', () => {
    const { report, findings } = readReportText(
      edited(tabs, '1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1', '1.属于国家秘密\t1000001'),
    );
    expect(findings).toEqual([]);
    expect(report.tables.applications!['withheld.stateSecret']).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('reports a missing agency and year as READ-META warnings, and nothing else', () => {
    const text = tabs
      .split('\n')
      .filter((line) => !line.includes('青岚市'))
      .join('\n');
    const { report, findings } = readReportText(text);
    expect([report.agency, report.year]).toEqual([null, null]);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['READ-META', 'warning'],
      ['READ-META', 'warning'],
    ]);
  });
});
