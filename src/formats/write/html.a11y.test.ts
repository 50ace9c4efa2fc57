// The written HTML in real Chromium with axe-core: zero violations, every rule axe runs by default (WCAG 2.x A and
// AA plus best practices). Also checks that the browser sees the merged cells the format prints.
import { describe, expect, it } from 'vitest';
import { hasShared } from '../../../test/shared.ts';
import { generateReports } from '../../../test/report-arbitrary.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { axeViolations, useChromiumPage } from '../../../test/chromium.ts';
import { writeHtmlReport } from './html.ts';
import { seedReport } from './seed-fixture.ts';

const currentPage = useChromiumPage();

/** The rules that judge what this page is about: they must have run and passed, not been skipped. */
const TABLE_AND_PAGE_RULES = [
  'td-headers-attr',
  'th-has-data-cells',
  'document-title',
  'html-lang-valid',
  'page-has-heading-one',
  'heading-order',
];

const violations = (report: AnnualReport) =>
  axeViolations(currentPage(), writeHtmlReport(report), TABLE_AND_PAGE_RULES);

describe.runIf(hasShared())('HTML report of the seed in Chromium', () => {
  it('has no accessibility violations', async () => {
    expect(await violations(seedReport())).toEqual([]);
  });

  it('draws the merged header cells of tables 三 and 四 as the format does', async () => {
    const page = currentPage();
    await page.setContent(writeHtmlReport(seedReport()));
    const span = (text: string) =>
      page.$eval(`xpath=//th[normalize-space()="${text}"]`, (th) => [
        (th as HTMLTableCellElement).rowSpan,
        (th as HTMLTableCellElement).colSpan,
      ]);
    expect(await span('三、本年度办理结果')).toEqual([22, 1]);
    expect(await span('(三)不予公开')).toEqual([8, 1]);
    expect(await span('(四)无法提供')).toEqual([3, 1]);
    expect(await span('(五)不予处理')).toEqual([5, 1]);
    expect(await span('(六)其他处理')).toEqual([3, 1]);
    expect(await span('申请人情况')).toEqual([1, 7]);
    expect(await span('法人或其他组织')).toEqual([1, 5]);
    expect(await span('自然人')).toEqual([2, 1]);
    expect(await span('行政诉讼')).toEqual([1, 10]);
    expect(await span('未经复议直接起诉')).toEqual([1, 5]);
  });
});

describe('HTML report of generated reports in Chromium', () => {
  it('has no accessibility violations, with a title, a publication date and blank cells', async () => {
    const [report] = generateReports(1, 5, { blankCells: true });
    expect(
      await violations({
        ...report!,
        title: '某机关2024年政府信息公开工作年度报告',
        publishedOn: '2025-01-20',
      }),
    ).toEqual([]);
  });

  it('shows the title as the one visible h1, the sections as h2 under it (issue 11)', async () => {
    const [report] = generateReports(1, 6);
    const title = '某机关2024年政府信息公开工作年度报告';
    const page = currentPage();
    await page.setContent(writeHtmlReport({ ...report!, title }));
    expect(await page.locator('h1').allInnerTexts()).toEqual([title]);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('h2').allInnerTexts()).toEqual(report!.sections.map((s) => s.heading));
  });
});
