// The PDF export: the seed (as read from its text) printed by Chromium reads back through our own PDF reader with
// every table cell equal and the checker's findings the same as for the HTML and DOCX; the CJK fonts are embedded;
// concurrent prints share one browser.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateReports } from '../../../test/report-arbitrary.ts';
import { hasShared } from '../../../test/shared.ts';
import { checkReport } from '../../core/report/check/index.ts';
import { readReportBytes, readReportText } from '../read/index.ts';
import { writeReport } from './index.ts';
import { chromiumPath, closePdfBrowser, writePdfReport } from './pdf.ts';
import { readSeedText } from './seed-fixture.ts';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const findingsOf = (report: Parameters<typeof checkReport>[0]) =>
  checkReport(report).map((f) => [f.rule, f.severity]);

describe.runIf(hasShared() && existsSync(chromiumPath()))('PDF export of the seed', () => {
  afterAll(() => closePdfBrowser());

  it('reads back cell for cell with the same findings as HTML and DOCX, fonts embedded', async () => {
    const seed = readReportText(readSeedText()).report;
    const started = Date.now();
    // Two at once: both are printed by the one lazily launched browser.
    const [pdf, again] = await Promise.all([writePdfReport(seed), writePdfReport(seed)]);
    const printMs = Date.now() - started;
    expect(latin1(pdf).startsWith('%PDF-')).toBe(true);
    expect(again.length).toBeGreaterThan(10_000);
    const text = latin1(pdf);
    // Chromium (Skia) embeds a CFF-outlined face such as Noto CJK as Type3 fonts: the glyph outlines themselves
    // (CharProcs) are in the file, and a ToUnicode map gives the text layer. Every font is one of those or a font
    // program (FontFile*): none is left for the viewer's machine to supply.
    const fonts = text.match(/\/Type \/Font\b(?!Descriptor)/g)?.length ?? 0;
    const type3 = text.match(/\/Subtype \/Type3/g)?.length ?? 0;
    const programs = text.match(/\/FontFile[23]? \d+ 0 R/g)?.length ?? 0;
    expect(fonts).toBeGreaterThan(0);
    expect(type3 + programs).toBe(fonts);
    expect(text.match(/\/CharProcs/g)?.length).toBe(type3);
    expect(text.match(/\/ToUnicode/g)?.length).toBe(fonts);
    expect(text).toMatch(/\/FontName \/[A-Z]{6}\+NotoSerifCJKsc-Regular/);
    // A4 in points.
    expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 595\.9\d* 842\.\d+\s*\]/);

    const { report: back, findings: reading } = await readReportBytes('seed.pdf', pdf);
    expect(reading).toEqual([]);
    expect(back.tables).toStrictEqual(seed.tables);
    const html = (
      await readReportBytes(
        'seed.html',
        new TextEncoder().encode((await writeReport(seed, 'html')) as string),
      )
    ).report;
    const docx = (await readReportBytes('seed.docx', (await writeReport(seed, 'docx')) as Uint8Array)).report;
    expect(findingsOf(back)).toEqual(findingsOf(html));
    expect(findingsOf(back)).toEqual(findingsOf(docx));
    expect(findingsOf(back).map(([rule]) => rule)).toContain('N-2');
    console.info(`PDF: ${pdf.length} bytes, two concurrent prints in ${printMs} ms`);
  }, 120_000);
});

describe('PDF export without Chromium', () => {
  it('refuses in Chinese, naming the path and GONGKAI_CHROMIUM', async () => {
    const before = process.env.GONGKAI_CHROMIUM;
    process.env.GONGKAI_CHROMIUM = '/nonexistent/chromium';
    try {
      await closePdfBrowser();
      const [report] = generateReports(1, 7);
      await expect(writePdfReport(report!)).rejects.toMatchObject({
        code: 'report.chromiumMissing',
        message: expect.stringMatching(/找不到 Chromium.*\/nonexistent\/chromium.*GONGKAI_CHROMIUM/),
      });
    } finally {
      if (before === undefined) delete process.env.GONGKAI_CHROMIUM;
      else process.env.GONGKAI_CHROMIUM = before;
    }
  });
});
