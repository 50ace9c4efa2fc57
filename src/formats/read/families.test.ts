// The families of layouts the published reports come in (issue 15), made here from random valid reports so that
// the reader is judged on more than the five files in ../shared/reports: crawler text with the whole body on one
// line and every cell glued to the next; Markdown shredded by a PDF converter into one small table per row under
// placeholder headers (数据1…), with page numbers, repeated headings, a wrong header row, labels split over two
// cells and a row whose label was lost. Each table reads exactly or is refused with its reason — never otherwise.
import { describe, expect, it } from 'vitest';
import { generateReports } from '../../../test/report-arbitrary.ts';
import { seeded } from '../../../test/report-mutations.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { writeMarkdownReport } from '../write/markdown.ts';
import { writeTextReport } from '../write/text.ts';
import { readReportHtml, readReportMarkdown, readReportText } from './index.ts';

const TABLES = ['proactive', 'applications', 'reviewLitigation'] as const;

/** What a crawler makes of the page: one line, no separator between cells. */
function crawled(report: AnnualReport): string {
  return writeTextReport(report)
    .split('\n')
    .map((line) => line.replace(/ \|$/, '').trim())
    .join('');
}

const PLACEHOLDER_HEADER = `| 项目 | ${[1, 2, 3, 4, 5, 6, 7].map((i) => `数据${i}`).join(' | ')} |\n|---|---|---|---|---|---|---|---|`;

/** Table 三 as a converter shreds it: a small table per row, page marks, a repeated heading, damaged labels. */
function shredded(report: AnnualReport, random: () => number): string {
  const lines = writeMarkdownReport(report).split('\n');
  const start = lines.findIndex((l) => l.startsWith('## 三、'));
  const end = lines.findIndex((l) => l.startsWith('## 四、'));
  const rows = lines.slice(start + 1, end).filter((l) => /^\|.*\d+ \|$/.test(l));
  const lost = 2 + Math.floor(random() * (rows.length - 4)); // a row in the middle loses its label
  const split = (lost + 5) % rows.length;
  const out: string[] = [
    '| 等于第三项加第四项之和） | 自然人 | 商业 | 科研 | 总计 |',
    '|---|---|---|---|---|',
  ];
  rows.forEach((row, i) => {
    const cells = row
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    const label = cells.findLastIndex((c) => /[^\d]/.test(c) && c !== '');
    if (i === lost) cells[label] = '';
    if (i === split) cells.splice(label, 1, cells[label]!.slice(0, 4), cells[label]!.slice(4));
    const body = cells.filter((c, at) => c !== '' || at > label);
    out.push('', PLACEHOLDER_HEADER, `| ${body.join(' | ')} |`);
    if (i % 9 === 4) out.push('', `— ${i} —`, '', '## 表三：收到和处理政府信息公开申请情况');
  });
  return [...lines.slice(0, start + 1), ...out, '', ...lines.slice(end)].join('\n');
}

/** The same shredded document as a web page: each small table a <table>, every other line a paragraph. */
function asHtml(markdown: string): string {
  const out: string[] = ['<html><head><meta charset="utf-8"></head><body>'];
  let inTable = false;
  for (const line of markdown.split('\n')) {
    const row = line.startsWith('|');
    if (row !== inTable) out.push(row ? '<table>' : '</table>');
    inTable = row;
    if (/^\|[-| ]+\|$/.test(line)) continue;
    if (row)
      out.push(
        `<tr>${line
          .slice(1, -1)
          .split('|')
          .map((c) => `<td>${c.trim()}</td>`)
          .join('')}</tr>`,
      );
    else if (line.trim() !== '') out.push(`<p>${line.replace(/^#+\s*/, '')}</p>`);
  }
  return [...out, inTable ? '</table>' : '', '</body></html>'].join('\n');
}

describe('report families made from random valid reports', () => {
  const reports = generateReports(40, 15);

  it('crawler text, cells glued, body on one line: every table exact or refused, most read', () => {
    const read = { applications: 0, reviewLitigation: 0 };
    for (const report of reports) {
      const { report: got, findings } = readReportText(crawled(report));
      for (const table of TABLES) {
        if (got.tables[table] === null) {
          expect(findings.some((f) => f.rule === 'READ-TABLE')).toBe(true);
          continue;
        }
        expect(got.tables[table], table).toEqual(report.tables[table]);
        if (table !== 'proactive') read[table]++;
      }
    }
    expect(read.applications).toBeGreaterThan(reports.length / 2);
    expect(read.reviewLitigation).toBeGreaterThan(reports.length / 2);
  });

  it('crawler text with a sentence before a table and a note after it: the table reads, the words stay prose', () => {
    const report = reports.find((r) => readReportText(crawled(r)).report.tables.applications !== null)!;
    const text = crawled(report).replace(
      '三、收到和处理政府信息公开申请情况',
      '三、收到和处理政府信息公开申请情况本年度办理情况见下表。',
    );
    const noted = text.replace(
      '四、政府信息公开行政复议',
      '注：数据截至当年12月31日。四、政府信息公开行政复议',
    );
    const { report: got } = readReportText(noted);
    expect(got.tables.applications).toEqual(report.tables.applications);
    expect(got.sections.find((s) => s.key === 'applications')!.text).toBe(
      '本年度办理情况见下表。注：数据截至当年12月31日。',
    );
  });

  it('shredded Markdown: table 三 reads exactly, the lost label placed by its position', () => {
    const random = seeded(15);
    for (const report of reports) {
      const text = shredded(report, random);
      const { report: got, findings } = readReportMarkdown(text);
      expect(findings, text).toEqual([]);
      expect(got.tables).toEqual(report.tables);
    }
  });

  it('shredded HTML (the same small tables as a web page): table 三 reads exactly', () => {
    const random = seeded(16);
    for (const report of reports.slice(0, 20)) {
      const html = asHtml(shredded(report, random));
      const { report: got, findings } = readReportHtml(html);
      expect(findings, html).toEqual([]);
      expect(got.tables).toEqual(report.tables);
    }
  });

  it('a table that breaks its own sums: read as printed when its digits split one way only, else refused', () => {
    const report = structuredClone(reports[1]!);
    const review = report.tables.reviewLitigation!;
    review.review = [1, 1, 0, 0, 0]; // 总计 0 while 1 + 1: "11000" is five cells of one digit, whatever the sums
    const once = readReportText(crawled(report)).report.tables.reviewLitigation;
    expect(once).toEqual(review);
    review.review = [10, 1, 0, 0, 0]; // "101000": 10|1|0|0|0 or 1|0|10|0|0, and no sum can choose
    const { report: got, findings } = readReportText(crawled(report));
    expect(got.tables.reviewLitigation).toBeNull();
    expect(
      findings.find((f) => f.location.table === '四、政府信息公开行政复议、行政诉讼情况')!.message,
    ).toMatch(/没有一种拆法满足表内勾稽关系/);
  });

  it('refuses, naming the rows, a glued table its sums cannot settle (table 二 has none)', () => {
    const report = structuredClone(reports[0]!);
    report.tables.proactive!.normativeDocument = [12, 3, 45]; // "12345": 1|23|45, 12|3|45, 12|34|5, …
    const { report: got, findings } = readReportText(crawled(report));
    expect(got.tables.proactive).toBeNull();
    const refusal = findings.find((f) => f.location.table === '二、主动公开政府信息情况')!;
    expect(refusal.message).toMatch(/不止一种拆法.*“行政规范性文件”/);
  });
});
