import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { generateReports } from '../../../test/report-arbitrary.ts';
import { reportFragmentHtml, writeHtmlReport } from './html.ts';

type Node = DefaultTreeAdapterTypes.Node;
function elementNames(node: Node, into: string[] = []): string[] {
  if ('tagName' in node) into.push(node.tagName);
  if ('childNodes' in node) for (const child of node.childNodes as Node[]) elementNames(child, into);
  return into;
}

const report = generateReports(1, 23)[0]!;

describe('HTML writer', () => {
  it('escapes every text it prints: no element comes from the report', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const html = writeHtmlReport({
      ...report,
      title: hostile,
      preface: hostile,
      sections: report.sections.map((s) => ({ ...s, heading: `${s.heading}${hostile}`, text: hostile })),
    });
    const names = elementNames(parse(html));
    expect(names).not.toContain('script');
    expect(names).not.toContain('img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('gives a report without a title a descriptive page title and top-level section headings', () => {
    const html = writeHtmlReport({ ...report, title: null });
    expect(html).toContain(`<title>${report.agency}${report.year}年度政府信息公开工作情况</title>`);
    expect(html).toContain('<h1 class="section">一、总体情况</h1>');
    expect(html).not.toMatch(/<h1>/);
  });

  it('puts the title in h1 and the sections in h2 when the report has a title', () => {
    const html = writeHtmlReport({ ...report, title: '某机关2024年政府信息公开工作年度报告' });
    expect(html).toContain('<h1>某机关2024年政府信息公开工作年度报告</h1>');
    expect(html).toContain('<h2 class="section">一、总体情况</h2>');
  });

  it('states the publication date as page metadata and in a footer outside the report', () => {
    const html = writeHtmlReport({ ...report, publishedOn: '2025-01-06' });
    expect(html).toContain('<meta name="PubDate" content="2025-01-06">');
    expect(html).toMatch(
      /<\/main>\n<footer><p class="date">发布日期：<time datetime="2025-01-06">2025年1月6日<\/time><\/p><\/footer>/,
    );
  });

  it('writes a blank cell as an empty cell, never 0', () => {
    const blank = structuredClone(report);
    blank.tables.applications!.received[1] = null;
    expect(writeHtmlReport(blank)).toContain(
      '<td headers="a-row-received a-applicants a-organizations a-col-commercialEnterprise"></td>',
    );
  });

  it('renders the report alone as a fragment for a page, tables in labelled scroll boxes when asked', () => {
    const fragment = reportFragmentHtml(
      { ...report, title: null, publishedOn: '2025-01-06' },
      { sectionHeading: 'h2', scrollableTables: true },
    );
    expect(fragment).not.toMatch(/<html|<main|<h1|<footer|2025年1月6日/);
    expect(fragment).toContain('<h2 class="section">三、收到和处理政府信息公开申请情况</h2>');
    expect(fragment).toContain(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="收到和处理政府信息公开申请情况">\n<table>',
    );
    // The standalone document's tables are not boxed.
    expect(writeHtmlReport(report)).not.toContain('table-scroll');
  });
});
