// The seed report (docs/statute.md §2.7) through the checker. The reader is written elsewhere in parallel, so the report is
// assembled here: figures from docs/statute.md §2.7 (the fixture), prose from the seed file split at its section headings.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_REPORT, hasShared, sharedFile } from '../../../../test/shared.ts';
import { SECTION_KEYS } from '../../taxonomy/index.ts';
import type { AnnualReport, ReportSection } from '../model.ts';
import { findNarrativeFigures } from '../narrative/index.ts';
import { consistentReport } from './fixture.ts';
import { checkReport } from './index.ts';

const NUMERALS = '一二三四五六';

/** Headings are lines "一、…" without the " |" that marks a table cell; prose is every other line without it. */
function seedReport(text: string): AnnualReport {
  const lines = text.split('\n').map((line) => line.trim());
  const sections: ReportSection[] = [];
  const preface: string[] = [];
  for (const line of lines) {
    const heading = /^([一二三四五六])、/.exec(line);
    if (heading && !line.includes('|')) {
      sections.push({ key: SECTION_KEYS[NUMERALS.indexOf(heading[1]!)]!, heading: line, text: '' });
    } else if (line !== '' && !line.endsWith('|')) {
      const current = sections.at(-1);
      if (current) current.text += current.text === '' ? line : `\n${line}`;
      else preface.push(line);
    }
  }
  return { ...consistentReport(), title: null, publishedOn: null, preface: preface.join('\n'), sections };
}

describe.skipIf(!hasShared())(`the seed report (${SEED_REPORT})`, () => {
  // Read when the tests run, not when they are collected: a clone without ../shared skips them instead of failing.
  let report: AnnualReport;
  beforeAll(() => {
    report = seedReport(readFileSync(sharedFile(SEED_REPORT), 'utf8'));
  });

  it('has its six sections', () => {
    expect(report.sections.map((s) => s.key)).toEqual([...SECTION_KEYS]);
  });

  it('no error; one warning, for the heading of 五', () => {
    const findings = checkReport(report);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'warning')).toMatchObject([
      { rule: 'N-2', expected: '五、存在的主要问题及改进情况', actual: '五、存在的主要问题和改进计划' },
    ]);
  });

  it('its narrative "29项" is matched, and "全部办理完毕" agrees with nothing carried forward', () => {
    const figures = findNarrativeFigures(report);
    expect(figures.filter((f) => f.aggregate !== 'processingFee')).toMatchObject([
      { aggregate: 'received', value: 29, unit: '项', tableValue: 29, matched: true },
      { aggregate: 'carriedOut', value: 0, tableValue: 0, matched: true, quote: '已全部办理完毕' },
    ]);
    expect(figures.find((f) => f.aggregate === 'processingFee')).toMatchObject({
      value: 0,
      quote: '未收取依申请公开信息处理费',
    });
  });
});
