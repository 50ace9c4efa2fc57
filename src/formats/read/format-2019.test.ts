// The 2019 trial format (docs/statute.md §2.6) read into the 2021 model, every loss written down.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUTS, layoutTables } from '../../../test/fixtures/reports/layouts/expected.ts';
import { readReportFile, readReportText } from './index.ts';

describe('2019 trial format', () => {
  it('maps table 二 and the single (六) row into the 2021 model and records each loss', async () => {
    const { report, findings } = await readReportFile(join(LAYOUTS, 'format-2019.txt'));
    expect(findings).toEqual([]);
    expect(report.format).toBe('2019');
    expect([report.agency, report.year]).toEqual(['青岚市交通运输局', 2020]);
    expect(report.tables.proactive).toEqual({
      regulation: [0, null, null],
      normativeDocument: [4, null, null],
      licensing: [315],
      penalty: [88],
      coercion: [9],
      administrativeFees: [null],
    });
    const expected = layoutTables().applications!;
    expected['otherDisposal.correctionLapsed'] = [0, 0, 0, 0, 0, 0, 0];
    expected['otherDisposal.feeLapsed'] = [0, 0, 0, 0, 0, 0, 0];
    expected['otherDisposal.other'] = [2, 0, 0, 0, 0, 0, 2];
    expect(report.tables.applications).toEqual(expected);
    expect(report.tables.reviewLitigation).toEqual(layoutTables().reviewLitigation);
    const losses = report.mappingLosses.join('\n');
    expect(report.mappingLosses).toHaveLength(6);
    for (const lost of [
      '(六)其他处理',
      '本年新制作数量',
      '上一年项目数量',
      '其他对外管理服务事项',
      '收费金额',
      '第二十条第(九)项',
    ]) {
      expect(losses).toContain(lost);
    }
  });

  it('recognises the 2019 table 三 by its single (六) row even when table 二 follows 2021', () => {
    const lines = readFileSync(join(LAYOUTS, 'tabs.txt'), 'utf8').split('\n');
    const first = lines.findIndex((l) => l.startsWith('(六)其他处理'));
    lines.splice(first, 3, '(六)其他处理\t2\t0\t0\t0\t0\t0\t2');
    const { report, findings } = readReportText(lines.join('\n'));
    expect(findings).toEqual([]);
    expect(report.format).toBe('2019');
    expect(report.tables.proactive).toEqual(layoutTables().proactive);
    expect(report.tables.applications!['otherDisposal.other']).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(report.tables.applications!['otherDisposal.correctionLapsed']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.mappingLosses).toHaveLength(1);
    expect(report.mappingLosses[0]).toContain('(六)其他处理');
  });
});
