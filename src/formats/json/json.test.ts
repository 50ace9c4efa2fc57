import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DomainError } from '../../core/errors/index.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { annualReportSchema } from '../../core/report/schema.ts';
import { annualReportArbitrary, generateReports } from '../../../test/report-arbitrary.ts';
import { annualReportJsonSchemaText, SCHEMA_FILE } from './json-schema.ts';
import { readJsonReport } from './read.ts';
import { writeJsonReport } from './write.ts';

const sample = generateReports(1, 7)[0]!;

/** The tests below deliberately break the document's types, so they handle it untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseDoc = Record<string, any>;

function refusal(text: string): DomainError {
  try {
    readJsonReport(text);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the JSON to be refused');
}

function withChange(change: (data: LooseDoc) => void): string {
  const data = JSON.parse(writeJsonReport(sample));
  change(data);
  return JSON.stringify(data);
}

describe('JSON report', () => {
  it('the schema and the model describe the same value', () => {
    expectTypeOf<ReturnType<typeof annualReportSchema.parse>>().toEqualTypeOf<AnnualReport>();
  });

  it('reads back exactly what it wrote, blank cells and 2019 mapping notes included', () => {
    fc.assert(
      fc.property(annualReportArbitrary({ blankCells: true }), (report) => {
        expect(readJsonReport(writeJsonReport(report))).toEqual({ report, findings: [] });
      }),
      { numRuns: 50 },
    );
  });

  it('keeps a blank cell null, never 0, and fees as decimals', () => {
    const report = structuredClone(sample);
    report.tables.applications!.received[2] = null;
    report.tables.proactive!.administrativeFees = [12.36];
    const text = writeJsonReport(report);
    expect(text).toMatch(/"received": \[\d+, \d+, null, /);
    expect(text).toContain('"administrativeFees": [12.36]');
    expect(readJsonReport(text).report.tables.applications!.received[2]).toBeNull();
  });

  it('refuses malformed JSON with the reason', () => {
    const error = refusal('{"agency": ');
    expect(error.code).toBe('report.invalidJson');
    expect(error.message).toMatch(/^JSON 不符合年度报告模型：不是有效的 JSON/);
  });

  it('refuses a top-level array', () => {
    expect(refusal('[]').message).toContain('顶层应为一份报告（对象），实际为数组');
  });

  it.each([
    [
      'a negative count',
      (d: LooseDoc) => (d.tables.applications.received[2] = -1),
      '三、收到和处理政府信息公开申请情况 / 一、本年新收政府信息公开申请数量 / 科研机构：不能为负数',
    ],
    [
      'a fractional count',
      (d: LooseDoc) => (d.tables.reviewLitigation.litigationDirect[3] = 1.5),
      '四、政府信息公开行政复议、行政诉讼情况 / 未经复议直接起诉 / 尚未审结：应为整数',
    ],
    [
      'a row one cell short',
      (d: LooseDoc) => d.tables.applications['withheld.stateSecret'].pop(),
      '三、收到和处理政府信息公开申请情况 / 1.属于国家秘密：该行应有 7 个单元格',
    ],
    [
      'a number written as text',
      (d: LooseDoc) => (d.tables.proactive.normativeDocument[0] = '3'),
      '二、主动公开政府信息情况 / 行政规范性文件 / 本年制发件数：应为非负整数，空白单元格写 null',
    ],
    [
      'a negative fee',
      (d: LooseDoc) => (d.tables.proactive.administrativeFees = [-0.5]),
      '二、主动公开政府信息情况 / 行政事业性收费 / 本年收费金额(单位:万元)：不能为负数',
    ],
    ['an unknown row', (d: LooseDoc) => (d.tables.applications.subtotal = [0, 0, 0, 0, 0, 0, 0]), 'subtotal'],
    ['a section twice', (d: LooseDoc) => d.sections.push(d.sections[0]), '正文各部分：同一部分不能出现两次'],
    ['an impossible date', (d: LooseDoc) => (d.publishedOn = '2024-02-30'), '发布日期：日期不存在'],
  ])('refuses %s and says where, in the report’s labels', (_what, change, expected) => {
    const error = refusal(withChange(change));
    expect(error.code).toBe('report.invalidJson');
    expect(error.message).toContain(expected);
  });

  it('reads one item of `report check --format json` and says the prose is missing', () => {
    const { agency, year, format, tables } = sample;
    const item = { file: 'a.txt', agency, year, format, tables, findings: [{ rule: 'T3-1' }] };
    const { report, findings } = readJsonReport(JSON.stringify(item));
    expect(report).toEqual({
      ...sample,
      title: null,
      preface: '',
      sections: [],
      publishedOn: null,
      mappingLosses: [],
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['json.sectionsMissing', 'info']]);
  });
});

describe('docs/annual-report.schema.json', () => {
  it('is what the zod schema generates (regenerate: node --import tsx src/formats/json/json-schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(annualReportJsonSchemaText());
  });
});
