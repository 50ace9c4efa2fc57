// A PDF printed here by Chromium from the HTML layout fixture: the vertical "三、本年度办理结果" one character per
// line, table 三 broken across pages, a blank cell that a PDF does not print, Kangxi-radical look-alikes in the
// text layer — read cell by cell like the HTML it came from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  LAYOUTS,
  LAYOUT_AGENCY,
  LAYOUT_HEADINGS,
  LAYOUT_PROSE,
  LAYOUT_TITLE,
  LAYOUT_YEAR,
  layoutTables,
} from '../../../test/fixtures/reports/layouts/expected.ts';
import { readReportPdf } from './index.ts';
import { toSimplified } from './traditional.ts';
import type { Cell } from '../../core/report/model.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../write/pdf.ts';

const CHROMIUM = chromiumPath();
const PRINT_STYLE = `<style>
  body { font-family: "Noto Serif CJK SC", serif; font-size: 12pt; }
  table { border-collapse: collapse; font-size: 9pt; }
  td { border: 1px solid #000; padding: 6pt 3pt; }
  td[rowspan="22"], td[rowspan="8"] { width: 9pt; word-break: break-all; }
</style></head>`;

async function printFixture(
  html = readFileSync(join(LAYOUTS, 'report.html'), 'utf8').replace('</head>', PRINT_STYLE),
): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.setContent(html);
    return new Uint8Array(
      await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } }),
    );
  } finally {
    await browser.close();
  }
}

const TIGHT_STYLE = `<style>
  body { font-family: "Noto Serif CJK SC", serif; font-size: 12pt; }
  p, h1, h3, table { margin: 0; }
  h3 { font-size: 12pt; }
  table { border-collapse: collapse; font-size: 9pt; }
  td { border: 1px solid #000; padding: 1pt 3pt; }
  td[rowspan="22"], td[rowspan="8"] { width: 9pt; word-break: break-all; }
</style></head>`;

const cellsOf = (row: string) => [...row.matchAll(/font-family:仿宋">([^<]*)</g)].map((m) => m[1]!);

/** The fixture with the three (六) rows as one, a page number inside table 三, heading 四's numeral set apart. */
function variantHtml(): string {
  let html = readFileSync(join(LAYOUTS, 'report.html'), 'utf8').replace('</head>', TIGHT_STYLE);
  const lines = html.split('\n');
  const first = lines.findIndex((l) => l.includes('<td rowspan="3">(六)其他处理</td>'));
  const sum = [0, 1, 2].map((i) => cellsOf(lines[first + i]!).map(Number));
  const merged = sum[0]!.map((_, c) => sum.reduce((n, row) => n + row[c]!, 0));
  const cells = merged.map((v) => `<td><p><span style="font-family:仿宋">${v}</span></p></td>`).join('');
  lines.splice(first, 3, `<tr><td colspan="2">(六)其他处理</td>${cells}</tr>`);
  const middle = lines.findIndex((l) => l.includes('4.保护第三方合法权益'));
  lines.splice(middle, 0, '<tr><td colspan="10" style="border:none;text-align:center">- 3 -</td></tr>');
  html = lines.join('\n');
  return html.replace(
    '<h3>四、政府信息公开行政复议、行政诉讼情况</h3>',
    '<h3><span style="font-size:16pt">四</span>、政府信息公开行政复议、行政诉讼情况</h3>',
  );
}

describe.skipIf(!existsSync(CHROMIUM))('a PDF printed by Chromium', () => {
  it('reads the tables cell by cell, placing the unprinted blank cell by its column', async () => {
    const { report, findings } = await readReportPdf(await printFixture());
    expect(findings).toEqual([]);
    const expected = layoutTables();
    expected.applications!['notProcessed.publication'][3] = null;
    expected.reviewLitigation!.litigationAfterReview[2] = null;
    expect(report.tables).toEqual(expected);
    expect(report.sections.map((s) => s.heading)).toEqual(LAYOUT_HEADINGS);
    expect([report.title, report.agency, report.year]).toEqual([LAYOUT_TITLE, LAYOUT_AGENCY, LAYOUT_YEAR]);
    // Chromium's text layer gives 戶 for 户 (one glyph in the font): compare prose in simplified form.
    for (const [key, paragraphs] of Object.entries(LAYOUT_PROSE)) {
      expect(toSimplified(report.sections.find((s) => s.key === key)!.text), key).toBe(paragraphs.join('\n'));
    }
  }, 60_000);
});

// PDF variants (issue 15): headings set tight under the table before them (the line "三、收到和处理政府信息公开申请情况"
// is table wording too and must not become a label of the last row of table 二), the older table 三 with one
// "(六)其他处理" row and no sub-rows, a page number printed inside table 三, a section numeral set in another size.
describe.skipIf(!existsSync(CHROMIUM))('PDF variants', () => {
  it('finds every heading set tight under a table, and reads the older single (六) row and past a page number', async () => {
    const { report, findings } = await readReportPdf(await printFixture(variantHtml()));
    expect(findings).toEqual([]);
    expect(report.sections.map((s) => s.heading)).toEqual(LAYOUT_HEADINGS);
    expect(report.format).toBe('2019');
    const expected = layoutTables();
    expected.applications!['notProcessed.publication'][3] = null; // blank cells a PDF does not print
    expected.reviewLitigation!.litigationAfterReview[2] = null;
    const sub = ['correctionLapsed', 'feeLapsed', 'other'].map(
      (k) => expected.applications![`otherDisposal.${k}` as 'otherDisposal.other'],
    );
    expected.applications!['otherDisposal.other'] = sub[0]!.map(
      (_, c) => sub.reduce((n, row) => n + (row[c] ?? 0), 0) as Cell,
    );
    expected.applications!['otherDisposal.correctionLapsed'] = [0, 0, 0, 0, 0, 0, 0];
    expected.applications!['otherDisposal.feeLapsed'] = [0, 0, 0, 0, 0, 0, 0];
    expect(report.tables).toEqual(expected);
  }, 60_000);
});
