// The drill-down of the demo's 2023 report (issue 11): every cell of table 二's 第二十条第(一)项 and of tables 三 and 四 lists exactly as many
// requests or cases as its value, on both engines; a zero cell lists none; a row the table lacks is refused.
import { expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { NORMATIVE_COLUMNS } from '../../core/publications/proactive-table.ts';
import { NORMATIVE_GENRES } from '../../core/publications/vocabulary.ts';
import { APPLICANT_COLUMNS } from '../../core/taxonomy/applicants.ts';
import { REVIEW_RESULTS } from '../../core/taxonomy/review-table.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { fixedClock } from '../clock.ts';
import { loadDemo } from '../demo/load.ts';
import { buildAnnualReport } from '../statistics/report.ts';
import { drillDownCell } from './cells.ts';

forEachEngine((_engine, getDb) => {
  it('each cell of the demo 2023 report lists as many requests or cases as it counts', async () => {
    const ctx = testContext(getDb(), fixedClock('2024-01-20T02:00:00Z'));
    const { agency } = await loadDemo(ctx, SYSTEM_ACTOR);
    const clerk = staffAs('clerk', agency.id);
    const where = { agencyId: agency.id, year: 2023 };
    const { report } = await buildAnnualReport(ctx, clerk, where);
    let nonZero = 0;
    for (const [row, cells] of Object.entries(report.tables.applications!))
      for (const [i, value] of cells.entries()) {
        const column = APPLICANT_COLUMNS[i]!;
        const cell = { ...where, table: 'applications', row, column } as const;
        const { count, entries } = await drillDownCell(ctx, clerk, cell as never);
        expect([row, column, count, entries.length]).toEqual([row, column, value, value]);
        if (value) nonZero++;
      }
    for (const [row, cells] of Object.entries(report.tables.reviewLitigation!))
      for (const [i, value] of cells.entries()) {
        const cell = { ...where, table: 'reviewLitigation', row, column: REVIEW_RESULTS[i]! } as const;
        const { count, entries } = await drillDownCell(ctx, clerk, cell as never);
        expect([row, i, count]).toEqual([row, i, value]);
        if (value) expect(entries.every((e) => e.kind === 'reviewCase' && e.requestId)).toBe(true);
        if (value) nonZero++;
      }
    expect(nonZero).toBe(19);
    await expect(
      drillDownCell(ctx, clerk, { ...where, table: 'applications', row: 'nope', column: 'total' } as never),
    ).rejects.toThrow('表三没有这一行');
  });

  // The demo's 2023 table 二 counts no 规章 or 行政规范性文件; its 专栏 adds a 行政规范性文件 written in 2024, repealed on
  // 2025-06-30 by one written in 2025 — so 2024 and 2025 have cells to open.
  it('each catalogue cell of table 二 lists the catalogue items it counts', async () => {
    const ctx = testContext(getDb(), fixedClock('2026-01-20T02:00:00Z'));
    const { agency } = await loadDemo(ctx, SYSTEM_ACTOR);
    const clerk = staffAs('clerk', agency.id);
    let nonZero = 0;
    for (const year of [2023, 2024, 2025]) {
      const where = { agencyId: agency.id, year };
      const { report } = await buildAnnualReport(ctx, clerk, where);
      for (const row of NORMATIVE_GENRES)
        for (const [i, column] of NORMATIVE_COLUMNS.entries()) {
          const value = report.tables.proactive![row][i];
          const cell = { ...where, table: 'proactive', row, column } as const;
          const { count, entries } = await drillDownCell(ctx, clerk, cell);
          expect([year, row, column, count, entries.length]).toEqual([year, row, column, value, value]);
          expect(entries.every((e) => e.kind === 'catalogueItem' && e.label.length > 0)).toBe(true);
          if (value) nonZero++;
        }
    }
    // 2024: issued, in force; 2025: issued, repealed, in force.
    expect(nonZero).toBe(5);
    await expect(
      drillDownCell(ctx, clerk, {
        agencyId: agency.id,
        year: 2025,
        table: 'proactive',
        row: 'licensing',
        column: 'issued',
      } as never),
    ).rejects.toThrow('表二只有规章、行政规范性文件两行来自目录');
  });
});
