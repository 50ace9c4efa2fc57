// Published reports as they reach a supervising office (../shared/reports, hand-checked figures in *.truth.json):
// crawler text with every table cell glued to the next, a third party's PDF→Markdown conversion, and the older
// PDF table with a single "(六)其他处理" row. Every cell the truth file gives must read exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORTS_WITH_TRUTH, hasShared, sharedFile } from '../../../test/shared.ts';
import { checkReport } from '../../core/report/check/index.ts';
import type { ReadResult } from './index.ts';
import { readReportFile } from './index.ts';

interface Truth {
  year: number;
  tables: Record<'applications' | 'reviewLitigation', Record<string, (number | null)[]>>;
  verdict: { table_consistent: boolean };
}

const truthOf = (file: string): Truth =>
  JSON.parse(readFileSync(sharedFile(file.replace(/\.\w+$/, '.truth.json')), 'utf8')) as Truth;

describe.skipIf(!hasShared())('published reports against their hand-checked figures', () => {
  const reads = new Map<string, Promise<ReadResult>>();
  const read = (file: string) => {
    if (!reads.has(file)) reads.set(file, readReportFile(sharedFile(file)));
    return reads.get(file)!;
  };

  it.each(REPORTS_WITH_TRUTH)('%s reads every cell of tables 三 and 四 exactly', async (file) => {
    const truth = truthOf(file);
    const { report, findings } = await read(file);
    expect(report.year).toBe(truth.year);
    for (const table of ['applications', 'reviewLitigation'] as const) {
      const read = report.tables[table] as Record<string, (number | null)[]> | null;
      expect(read, `${file} ${table}`).not.toBeNull();
      for (const [row, cells] of Object.entries(truth.tables[table])) {
        expect(read![row], `${file} ${table} ${row}`).toEqual(cells);
      }
    }
    // A table the reader refuses is named; only table 二 may be refused (the truth files do not give it).
    for (const finding of findings)
      expect(finding.location).toMatchObject({ table: '二、主动公开政府信息情况' });
  });

  it('finds 洪泽 2023 inconsistent exactly where the truth says: T4-1 and T4-3', async () => {
    const { report } = await read('reports/hongze_2023.pdf');
    expect(report.format).toBe('2019'); // table 三 has the single (六)其他处理 row of the older format
    expect(report.tables.applications!['otherDisposal.other']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const tableErrors = checkReport(report)
      .filter((f) => f.severity === 'error' && /^T\d/.test(f.rule))
      .map((f) => f.rule);
    expect(tableErrors.sort()).toEqual(['T4-1', 'T4-3']);
  });

  it.each(REPORTS_WITH_TRUTH.filter((f) => !f.includes('hongze')))(
    '%s: its tables agree with themselves (no table rule fails)',
    async (file) => {
      expect(truthOf(file).verdict.table_consistent).toBe(true);
      const { report } = await read(file);
      const tableErrors = checkReport(report).filter((f) => f.severity === 'error' && /^T\d/.test(f.rule));
      expect(tableErrors).toEqual([]);
    },
  );

  it('reads the run-on crawler text into its six sections, and 上海 by a title that puts the year first', async () => {
    const { report } = await read('reports/pingtan_2021.txt');
    expect(report.sections.map((s) => s.key)).toEqual([
      'overview',
      'proactive',
      'applications',
      'reviewLitigation',
      'problems',
      'other',
    ]);
    expect(report.sections[5]!.text).toContain('无收取信息处理费情况');
    const shanghai = await read('reports/shanghai_bgt_2025.md');
    expect([shanghai.report.agency, shanghai.report.year]).toEqual(['上海市人民政府办公厅', 2025]);
  });
});
