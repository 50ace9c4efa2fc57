import { describe, expect, it } from 'vitest';
import { generateReports } from '../../../test/report-arbitrary.ts';
import { writeMarkdownReport } from './markdown.ts';

const report = structuredClone(generateReports(1, 17)[0]!);
report.tables.applications!.granted[0] = null;
const lines = writeMarkdownReport(report).split('\n');
const row = (label: string) => lines.find((line) => line.includes(`| ${label} |`));

describe('Markdown writer', () => {
  it('flattens the stacked column headers of table 三 into one header row', () => {
    expect(lines).toContain(
      '| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |  |  | 申请人情况·自然人 | 法人或其他组织·商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
    );
  });

  it('writes a merged row label once and puts each row label right beside its figures', () => {
    const [natural, ...rest] = report.tables.applications!.partiallyGranted;
    expect(row('(二)部分公开(区分处理的,只计这一情形,不计其他情形)')).toBe(
      `|  |  | (二)部分公开(区分处理的,只计这一情形,不计其他情形) | ${[natural, ...rest].join(' | ')} |`,
    );
    expect(lines.filter((line) => line.includes('三、本年度办理结果'))).toHaveLength(1);
    expect(row('三、本年度办理结果')).toMatch(/^\| 三、本年度办理结果 \| {2}\| \(一\)予以公开 \| {2}\| /);
  });

  it('gives table 二 one small table per item of 第二十条, under its caption', () => {
    const caption = lines.indexOf('第二十条第(五)项');
    expect(lines.slice(caption, caption + 5)).toEqual([
      '第二十条第(五)项',
      '',
      '| 信息内容 | 本年处理决定数量 |',
      '| --- | --- |',
      `| 行政许可 | ${report.tables.proactive!.licensing[0]} |`,
    ]);
  });

  it('keeps a paragraph that starts like Markdown syntax a paragraph', () => {
    const odd = { ...report, preface: '1. 本报告由本机关编制。\n# 不是标题' };
    const text = writeMarkdownReport(odd);
    expect(text).toContain('\n\\1. 本报告由本机关编制。\n');
    expect(text).toContain('\n\\# 不是标题\n');
  });
});
