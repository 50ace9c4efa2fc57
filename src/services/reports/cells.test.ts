// The drill-down of the demo's 2023 report (issue 11): every non-zero cell of tables 三 and 四 lists exactly as many
// requests or cases as its value, on both engines; a zero cell lists none; a row the table lacks is refused.
import { expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
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
});
