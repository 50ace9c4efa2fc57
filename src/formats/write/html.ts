// The report as one complete, accessible HTML page (checked with axe in html.a11y.test.ts): real <table>s with
// captions, the format's merged header cells as rowspan/colspan (docs/statute.md §2.3–2.4), th with scope and data cells
// naming their headers, lang="zh-CN". All text is escaped.
//
// What the page says beyond the report is kept apart so that reading the page back gives the same report: a
// report without a title gets a page <title> that is a description, not a report title, and its section headings
// are the page's top-level (h1) headings; the publication date is page metadata (PubDate) and a footer line,
// outside <main> where the report is.
import type { AnnualReport } from '../../core/report/model.ts';
import { chineseDate } from './dates.ts';
import { documentBlocks, type DocumentBlock } from './document-blocks.ts';
import { escapeHtml } from './html-escape.ts';
import type { LayoutCell, TableLayout } from './table-layout.ts';

const STYLE = `
body { margin: 0; background: #fff; color: #1a1a1a; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; font: 16px/1.8 "FangSong", "仿宋_GB2312", "Noto Serif CJK SC", serif; }
h1 { font: 22px/1.5 "方正小标宋简体", "Noto Serif CJK SC", serif; text-align: center; margin: 0 0 1.5rem; }
.section { font: bold 16px/1.8 "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; text-align: left; margin: 1.5rem 0 0.5rem; }
p { text-indent: 2em; margin: 0; }
p.date { text-align: right; text-indent: 0; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.5rem; font-size: 14px; line-height: 1.5; }
caption { font-weight: bold; padding-bottom: 0.5rem; }
th, td { border: 1px solid #333; padding: 0.25rem 0.4rem; vertical-align: middle; }
th { font-weight: normal; text-align: center; background: #f2f2f2; }
td { text-align: right; font-variant-numeric: tabular-nums; }
`;

/** The table's caption: its section heading without the list numeral. */
export function tableCaption(layout: TableLayout): string {
  return layout.title.replace(/^[一二三四五六]、/, '');
}

function spans(cell: LayoutCell): string {
  return (
    (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') +
    (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '')
  );
}

function cellHtml(cell: LayoutCell): string {
  if (cell.kind === 'header') {
    return `<th id="${cell.id}" scope="${cell.scope}"${spans(cell)}>${escapeHtml(cell.text)}</th>`;
  }
  return `<td headers="${cell.headers.join(' ')}"${spans(cell)}>${escapeHtml(cell.text)}</td>`;
}

function rowsHtml(rows: readonly LayoutCell[][]): string {
  return rows.map((cells) => `<tr>${cells.map(cellHtml).join('')}</tr>`).join('\n');
}

function tableHtml(layout: TableLayout, scrollable: boolean): string {
  const head = layout.rows.slice(0, layout.headerRowCount);
  const body = layout.rows.slice(layout.headerRowCount);
  const table = [
    `<table>`,
    `<caption>${escapeHtml(tableCaption(layout))}</caption>`,
    head.length ? `<thead>\n${rowsHtml(head)}\n</thead>` : '',
    `<tbody>\n${rowsHtml(body)}\n</tbody>`,
    `</table>`,
  ]
    .filter(Boolean)
    .join('\n');
  // A table wider than a phone scrolls inside its own box, which a keyboard can reach and a screen reader names.
  return scrollable
    ? `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(tableCaption(layout))}">\n${table}\n</div>`
    : table;
}

export interface FragmentOptions {
  /** The level of the section headings (一…六): h2 under the report's title, h1 when it has none, h3 in a page's h2. */
  sectionHeading: 'h1' | 'h2' | 'h3';
  /** Wrap each table in a focusable, labelled box that scrolls sideways (pages narrower than the table). */
  scrollableTables?: boolean;
}

function blockHtml(block: DocumentBlock, options: FragmentOptions): string {
  const tag = options.sectionHeading;
  switch (block.kind) {
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'heading':
      return `<${tag} class="section">${escapeHtml(block.text)}</${tag}>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'table':
      return tableHtml(block.layout, options.scrollableTables ?? false);
    case 'date':
      return '';
  }
}

/**
 * The report itself as HTML elements, to place inside a page: the title (h1) when it has one, the preface, the
 * sections with their prose and tables. The publication date is left to the page around it. All text is escaped.
 */
export function reportFragmentHtml(report: AnnualReport, options: FragmentOptions): string {
  return documentBlocks(report)
    .map((block) => blockHtml(block, options))
    .filter(Boolean)
    .join('\n');
}

/** The browser tab's title: the report's own title, else a description of the page (not posing as a title). */
function pageTitle(report: AnnualReport): string {
  if (report.title) return report.title;
  const year = report.year ? `${report.year}年度` : '';
  return `${report.agency ?? ''}${year}政府信息公开工作情况`;
}

function footer(isoDate: string | null): string {
  if (!isoDate) return '';
  return `\n<footer><p class="date">发布日期：<time datetime="${isoDate}">${escapeHtml(chineseDate(isoDate))}</time></p></footer>`;
}

export function writeHtmlReport(report: AnnualReport): string {
  const meta = report.publishedOn ? `\n<meta name="PubDate" content="${report.publishedOn}">` : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${meta}
<title>${escapeHtml(pageTitle(report))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${reportFragmentHtml(report, { sectionHeading: report.title ? 'h2' : 'h1' })}
</main>${footer(report.publishedOn)}
</body>
</html>
`;
}
