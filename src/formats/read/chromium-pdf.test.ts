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
import { CHROMIUM_ARGS, chromiumPath } from '../write/pdf.ts';

const CHROMIUM = chromiumPath();
const PRINT_STYLE = `<style>
  body { font-family: "Noto Serif CJK SC", serif; font-size: 12pt; }
  table { border-collapse: collapse; font-size: 9pt; }
  td { border: 1px solid #000; padding: 6pt 3pt; }
  td[rowspan="22"], td[rowspan="8"] { width: 9pt; word-break: break-all; }
</style></head>`;

async function printFixture(): Promise<Uint8Array> {
  const html = readFileSync(join(LAYOUTS, 'report.html'), 'utf8').replace('</head>', PRINT_STYLE);
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
