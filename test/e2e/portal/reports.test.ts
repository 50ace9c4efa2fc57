// The 政府信息公开年报 pages on the demo (SQLite) in real Chromium: the list of published years and the demo's 2023
// report — each at 1280 px, 375 px and in the large-font mode, axe clean — with the seed's figures in tables 三 and
// 四, one h1 and no skipped heading level, and the downloads linked; after a correction, the earlier version with
// its notice and the record of versions.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readReportText } from '../../../src/formats/read/index.ts';
import { tableCaption } from '../../../src/formats/write/html.ts';
import {
  applicationsLayout,
  reviewLitigationLayout,
  type TableLayout,
} from '../../../src/formats/write/table-layout.ts';
import { publishThroughWorkflow } from '../../report-workflow.ts';
import { hasShared, SEED_REPORT, sharedFile } from '../../shared.ts';
import { lookEverywhere, usePortal } from './harness.ts';

/** The printed values of a layout's data cells in reading order, as the page must show them. */
const cellsOf = (layout: TableLayout) =>
  layout.rows.flat().flatMap((cell) => (cell.kind === 'data' ? [cell.text] : []));

async function tableCells(page: Page, caption: string): Promise<string[]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  return (await table.locator('td').allTextContents()).map((t) => t.trim());
}

async function headingLevels(page: Page): Promise<number[]> {
  return page.locator('main :is(h1,h2,h3,h4,h5,h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
}

describe('portal 年报 pages (SQLite, demo data)', () => {
  const portalOf = usePortal('sqlite');

  it('lists the published 2023 report with its date', { timeout: 60_000 }, async () => {
    const portal = portalOf();
    const page = await lookEverywhere(portal, `${portal.site}reports`, 'reports-list');
    expect(await page.locator('h1').textContent()).toBe('政府信息公开工作年度报告');
    const link = page.getByRole('link', { name: `${portal.agency.name}2023年政府信息公开工作年度报告` });
    expect(await link.getAttribute('href')).toBe(`${portal.site}reports/2023`);
    expect(await page.locator('main').textContent()).toContain('发布日期 2026-12-04');
    expect(await page.locator('nav.column [aria-current=page]').textContent()).toBe('政府信息公开年报');
  });

  it.runIf(hasShared())(
    'the 2023 report: a visible title, h1 → h2 without skips, the seed’s tables 三 and 四, PDF, DOCX and XLSX',
    { timeout: 90_000 },
    async () => {
      const portal = portalOf();
      const page = await lookEverywhere(portal, `${portal.site}reports/2023`, 'report-2023');
      const title = `${portal.agency.name}2023年政府信息公开工作年度报告`;
      expect(await page.locator('h1').allTextContents()).toEqual([title]);
      expect(await page.title()).toContain(title);
      const levels = await headingLevels(page);
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => {
        if (i > 0)
          expect(level, `heading ${i} after h${levels[i - 1]}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      });
      expect(await page.locator('main h2').allTextContents()).toEqual(
        expect.arrayContaining([
          '一、总体情况',
          '三、收到和处理政府信息公开申请情况',
          '六、其他需要报告的事项',
        ]),
      );

      const seed = readReportText(readFileSync(sharedFile(SEED_REPORT), 'utf8')).report;
      const applications = applicationsLayout(seed.tables.applications!);
      const review = reviewLitigationLayout(seed.tables.reviewLitigation!);
      expect(await tableCells(page, tableCaption(applications))).toEqual(cellsOf(applications));
      expect(await tableCells(page, tableCaption(review))).toEqual(cellsOf(review));
      // Every column header is a th with a scope, every table has its caption.
      expect(await page.locator('.report-body th:not([scope])').count()).toBe(0);
      expect(await page.locator('.report-body table:not(:has(caption))').count()).toBe(0);

      for (const [name, extension] of [
        ['PDF 文件', 'pdf'],
        ['Word 文档（DOCX）', 'docx'],
        ['Excel 表格（XLSX）', 'xlsx'],
      ] as const) {
        const href = await page.getByRole('link', { name }).getAttribute('href');
        expect(href).toBe(`${portal.site}reports/2023.${extension}`);
        const response = await fetch(`${portal.base}${href}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-disposition')).toContain(
          `filename*=UTF-8''${encodeURIComponent(`${title}.${extension}`)}`,
        );
        // Read the body: an unread 600 KB PDF keeps its connection busy and app.close() waits for it.
        const body = new Uint8Array(await response.arrayBuffer());
        expect(body.length).toBeGreaterThan(1000);
      }
    },
  );

  it(
    'a corrected year: the list marks it, the earlier version says it was corrected',
    { timeout: 60_000 },
    async () => {
      const portal = portalOf();
      const note = '更正表二中行政处罚的处理决定数量。';
      await publishThroughWorkflow(portal.ctx, {
        agencyId: portal.agency.id,
        year: 2023,
        correctionNote: note,
      });
      const page = await lookEverywhere(portal, `${portal.site}reports/2023?version=1`, 'report-2023-v1');
      expect(await page.getByRole('note').textContent()).toContain('已于 2026-12-04 更正');
      expect(await page.locator('ol.versions').textContent()).toContain(note);
      expect(await page.getByRole('link', { name: '第 2 版' }).getAttribute('href')).toBe(
        `${portal.site}reports/2023`,
      );
      // A new reader (the pages above keep the list as it was, for up to its max-age of 60 s).
      const reader = await portal.newPage();
      await reader.goto(`${portal.base}${portal.site}reports`);
      expect(await reader.locator('ul.items').textContent()).toContain('已更正（第 2 版）');
    },
  );
});
