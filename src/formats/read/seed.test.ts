// The seed report (../shared/seeds, docs/statute.md §2.7) read cell by cell, against the checker's hand-written seed figures
// (core/report/check/fixture.ts: copied by hand from the seed's text, not computed).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_REPORT, hasShared, sharedFile } from '../../../test/shared.ts';
import { consistentReport } from '../../core/report/check/fixture.ts';
import { readReportFile, readReportText } from './index.ts';

describe.skipIf(!hasShared())('the seed report', () => {
  it('reads to exactly its figures, sections, agency and year, with no reader findings', async () => {
    const { report, findings } = await readReportFile(sharedFile(SEED_REPORT));
    expect(findings).toEqual([]);
    expect(report.agency).toBe('临沂市国防动员办公室');
    expect(report.year).toBe(2023);
    expect(report.format).toBe('2021');
    expect(report.title).toBeNull();
    expect(report.mappingLosses).toEqual([]);
    expect(report.tables).toEqual(consistentReport().tables);
    expect(Object.values(report.tables.proactive!).flat()).toHaveLength(10);
    expect(Object.values(report.tables.applications!).flat()).toHaveLength(175);
    expect(Object.values(report.tables.reviewLitigation!).flat()).toHaveLength(15);
    expect(report.tables.applications!['withheld.stateSecret']).toEqual([5, 2, 0, 0, 0, 0, 7]);
    expect(report.tables.reviewLitigation!.litigationDirect).toEqual([0, 0, 0, 1, 1]);
    expect(report.sections.map((s) => [s.key, s.heading])).toEqual([
      ['overview', '一、总体情况'],
      ['proactive', '二、主动公开政府信息情况'],
      ['applications', '三、收到和处理政府信息公开申请情况'],
      ['reviewLitigation', '四、政府信息公开行政复议、行政诉讼情况'],
      ['problems', '五、存在的主要问题和改进计划'],
      ['other', '六、其他需要报告的事项'],
    ]);
  });

  it('loses no prose: every line that is not a heading or a table cell is in the preface or a section', () => {
    const text = readFileSync(sharedFile(SEED_REPORT), 'utf8');
    const { report } = readReportText(text);
    expect(report.preface).toMatch(/^根据《中华人民共和国政府信息公开条例》.*邮编:276001\)。$/);
    const overview = report.sections[0]!.text.split('\n');
    expect(overview).toHaveLength(6);
    expect(overview[2]).toContain('共收到依申请公开事项29项');
    expect(report.sections[4]!.text.split('\n').map((p) => p.slice(0, 7))).toEqual([
      '存在的主要问题',
      '下一步改进计划',
    ]);
    expect(report.sections[5]!.text.split('\n')).toHaveLength(5);
    for (const key of ['proactive', 'applications', 'reviewLitigation']) {
      expect(report.sections.find((s) => s.key === key)!.text).toBe('');
    }
    const everything = [report.preface, ...report.sections.flatMap((s) => [s.heading, s.text])].join('\n');
    for (const line of text.split('\n')) {
      if (line.trim() !== '' && !line.endsWith('|')) expect(everything).toContain(line.trim());
    }
  });

  it('reads the same when the copied cells lost their " |" separators', async () => {
    const text = readFileSync(sharedFile(SEED_REPORT), 'utf8');
    expect(readReportText(text.replace(/ \|$/gm, ''))).toEqual(readReportText(text));
  });
});
