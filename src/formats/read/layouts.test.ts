// Every input layout of issue 2 §3, read cell by cell against the same figures (test/fixtures/reports/layouts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnualReport, ReportTables } from '../../core/report/model.ts';
import { SECTION_KEYS } from '../../core/taxonomy/sections.ts';
import {
  LAYOUTS,
  LAYOUT_AGENCY,
  LAYOUT_HEADINGS,
  LAYOUT_PROSE,
  LAYOUT_TITLE,
  LAYOUT_YEAR,
  layoutTables,
} from '../../../test/fixtures/reports/layouts/expected.ts';
import { readReportBytes, readReportFile } from './index.ts';

function withBlanks(edit: (tables: ReportTables) => void): ReportTables {
  const tables = layoutTables();
  edit(tables);
  return tables;
}

function expectProse(report: AnnualReport): void {
  for (const [key, paragraphs] of Object.entries(LAYOUT_PROSE)) {
    expect(report.sections.find((s) => s.key === key)?.text, key).toBe(paragraphs.join('\n'));
  }
  for (const key of ['applications', 'reviewLitigation'] as const) {
    expect(report.sections.find((s) => s.key === key)?.text, key).toBe('');
  }
}

async function read(name: string) {
  return readReportFile(join(LAYOUTS, name));
}

describe('layouts that carry the fixture figures', () => {
  it('text with tab-separated rows, a label broken over two lines and an empty cell', async () => {
    const { report, findings } = await read('tabs.txt');
    expect(findings).toEqual([]);
    expect(report.tables).toEqual(withBlanks((t) => (t.applications!['unavailable.stillUnclear'][2] = null)));
    expect(report.sections.map((s) => s.heading)).toEqual(LAYOUT_HEADINGS);
    expect([report.title, report.agency, report.year]).toEqual([LAYOUT_TITLE, LAYOUT_AGENCY, LAYOUT_YEAR]);
    expectProse(report);
  });

  it('text with space-separated rows, stray spaces in labels, labels over lines and thousands separators', async () => {
    const { report, findings } = await read('spaces.txt');
    expect(findings).toEqual([]);
    expect(report.tables).toEqual(layoutTables());
    expect(report.sections.map((s) => s.heading)).toEqual(LAYOUT_HEADINGS);
    expectProse(report);
  });

  it("the seed's cell-per-line layout in traditional characters with full-width brackets, quotes and digits", async () => {
    const { report, findings } = await read('cells-traditional.txt');
    expect(findings).toEqual([]);
    expect(report.tables).toEqual(layoutTables());
    expect(report.sections.map((s) => s.key)).toEqual(SECTION_KEYS);
    expect(report.sections[0]!.heading).toBe('一、總體情況');
    expect(report.sections[4]!.heading).toBe('五、存在的主要問題和改進計划');
    expect([report.agency, report.year]).toEqual([LAYOUT_AGENCY, LAYOUT_YEAR]);
  });

  it('HTML with rowspan/colspan, &nbsp;, an empty cell, a dash cell and nested markup', async () => {
    const { report, findings } = await read('report.html');
    expect(findings).toEqual([]);
    expect(report.tables).toEqual(
      withBlanks((t) => {
        t.applications!['notProcessed.publication'][3] = null;
        t.reviewLitigation!.litigationAfterReview[2] = null;
      }),
    );
    expect(report.sections.map((s) => s.heading)).toEqual(LAYOUT_HEADINGS);
    expect([report.title, report.agency, report.year]).toEqual([LAYOUT_TITLE, LAYOUT_AGENCY, LAYOUT_YEAR]);
    expectProse(report);
  });

  it('a whole saved page: navigation, layout table and footer dropped, date from the page metadata', async () => {
    for (const name of ['saved-page.html', 'saved-page-gbk.html']) {
      const { report, findings } = await read(name);
      expect(findings, name).toEqual([]);
      expect(report.tables, name).toEqual(layoutTables());
      expect(report.sections.map((s) => s.heading)).toEqual(LAYOUT_HEADINGS);
      expect([report.title, report.agency, report.year, report.publishedOn]).toEqual([
        LAYOUT_TITLE,
        LAYOUT_AGENCY,
        LAYOUT_YEAR,
        '2025-01-20',
      ]);
      expect(report.preface).not.toMatch(/首页|发布日期/);
      expect(report.sections.at(-1)!.text).not.toMatch(/版权所有/);
      expectProse(report);
    }
  });

  it('Markdown tables and headings', async () => {
    const { report, findings } = await read('report.md');
    expect(findings).toEqual([]);
    expect(report.tables).toEqual(layoutTables());
    expect(report.sections.map((s) => s.heading)).toEqual(LAYOUT_HEADINGS);
    expect([report.title, report.agency, report.year]).toEqual([LAYOUT_TITLE, LAYOUT_AGENCY, LAYOUT_YEAR]);
    expectProse(report);
  });

  it('reads the same bytes the same way whichever entry point is used', async () => {
    const bytes = readFileSync(join(LAYOUTS, 'report.md'));
    expect(await readReportBytes('x.md', bytes)).toEqual(await read('report.md'));
  });
});
