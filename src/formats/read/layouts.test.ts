// Every input layout of issue 2 §3, read cell by cell against the same figures (test/fixtures/reports/layouts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportTables } from '../../core/report/model.ts';
import { SECTION_KEYS } from '../../core/taxonomy/sections.ts';
import {
  LAYOUTS,
  LAYOUT_HEADINGS,
  LAYOUT_TITLE,
  expectLayoutReport,
  layoutTables,
} from '../../../test/fixtures/reports/layouts/expected.ts';
import { consistentReport } from '../../core/report/check/fixture.ts';
import { writeJsonReport } from '../json/write.ts';
import { readReportBytes, readReportFile, readReportText } from './index.ts';

function withBlanks(edit: (tables: ReportTables) => void): ReportTables {
  const tables = layoutTables();
  edit(tables);
  return tables;
}

async function read(name: string) {
  return readReportFile(join(LAYOUTS, name));
}

describe('layouts that carry the fixture figures', () => {
  it('text with tab-separated rows, a label broken over two lines and an empty cell', async () => {
    const result = await read('tabs.txt');
    expectLayoutReport(
      result,
      withBlanks((t) => (t.applications!['unavailable.stillUnclear'][2] = null)),
    );
    expect(result.report.title).toBe(LAYOUT_TITLE);
  });

  it('text with space-separated rows, stray spaces in labels, labels over lines and thousands separators', async () => {
    expectLayoutReport(await read('spaces.txt'));
  });

  it("the seed's cell-per-line layout in traditional characters with full-width brackets, quotes and digits", async () => {
    const { report, findings } = await read('cells-traditional.txt');
    expect(findings).toEqual([]);
    expect(report.tables).toEqual(layoutTables());
    expect(report.sections.map((s) => s.key)).toEqual(SECTION_KEYS);
    expect(report.sections[0]!.heading).toBe('一、總體情況');
    expect(report.sections[4]!.heading).toBe('五、存在的主要問題和改進計划');
    expect(report.sections[5]!.text).toBe(
      '（一）本年度未收取信息处理费。\n（二）本年度办理人大代表建议5件、政协提案3件。',
    );
    expect([report.agency, report.year]).toEqual(['青岚市交通运输局', 2024]);
  });

  it('HTML with rowspan/colspan, &nbsp;, an empty cell, a dash cell and nested markup', async () => {
    const result = await read('report.html');
    expectLayoutReport(
      result,
      withBlanks((t) => {
        t.applications!['notProcessed.publication'][3] = null;
        t.reviewLitigation!.litigationAfterReview[2] = null;
      }),
    );
    expect(result.report.title).toBe(LAYOUT_TITLE);
  });

  it('a whole saved page: navigation, layout table and footer dropped, date from the page metadata', async () => {
    for (const name of ['saved-page.html', 'saved-page-gbk.html']) {
      const result = await read(name);
      expectLayoutReport(result);
      const { report } = result;
      expect([report.title, report.publishedOn]).toEqual([LAYOUT_TITLE, '2025-01-20']);
      expect(report.preface).not.toMatch(/首页|发布日期/);
      expect(report.sections.at(-1)!.text).not.toMatch(/版权所有/);
    }
  });

  it('Markdown tables and headings', async () => {
    const result = await read('report.md');
    expectLayoutReport(result);
    expect(result.report.title).toBe(LAYOUT_TITLE);
    expect(result.report.sections.map((s) => s.heading)).toEqual(LAYOUT_HEADINGS);
  });

  it('reads the same bytes the same way whichever entry point is used', async () => {
    const bytes = readFileSync(join(LAYOUTS, 'report.md'));
    expect(await readReportBytes('x.md', bytes)).toEqual(await read('report.md'));
  });
});

describe('the issue date', () => {
  it('printed alone on the last line, is the publication date and not prose of section 六', async () => {
    const text = readFileSync(join(LAYOUTS, 'spaces.txt'), 'utf8') + '\n2025年1月24日\n';
    const result = readReportText(text);
    expectLayoutReport(result);
    expect(result.report.publishedOn).toBe('2025-01-24');
  });
});

describe('dispatch by extension', () => {
  it('reads .json through the JSON reader', async () => {
    const report = consistentReport();
    const bytes = new TextEncoder().encode(writeJsonReport(report));
    expect(await readReportBytes('report.JSON', bytes)).toEqual({ report, findings: [] });
  });
});
