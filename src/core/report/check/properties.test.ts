// Properties over random reports (fast-check): a report balanced by construction gets no error or warning, and
// no input makes the checker throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../findings.ts';
import { APPLICANT_COLUMNS, APPLICATION_ROW_KEYS, OUTCOME_KEYS } from '../../taxonomy/index.ts';
import type { AnnualReport, ApplicationsTable, Cell } from '../model.ts';
import { consistentReport } from './fixture.ts';
import { checkAcrossYears, checkReport } from './index.ts';

const KINDS = APPLICANT_COLUMNS.length - 1;
const count = fc.integer({ min: 0, max: 500 });

/** Per applicant kind: the 21 results, the requests still open at the year's end, and how many came from last year. */
const balancedTable = fc
  .array(
    fc.record({ results: fc.array(count, { minLength: 21, maxLength: 21 }), open: count, carried: count }),
    {
      minLength: KINDS,
      maxLength: KINDS,
    },
  )
  .map((kinds) => {
    const table = Object.fromEntries(
      APPLICATION_ROW_KEYS.map((key) => [key, [] as Cell[]]),
    ) as ApplicationsTable;
    const put = (key: keyof ApplicationsTable, values: number[]) => {
      table[key] = [...values, values.reduce((a, b) => a + b, 0)];
    };
    OUTCOME_KEYS.forEach((key, leaf) =>
      put(
        key,
        kinds.map((kind) => kind.results[leaf]!),
      ),
    );
    const decided = kinds.map((kind) => kind.results.reduce((a, b) => a + b, 0));
    const requests = kinds.map((kind, i) => decided[i]! + kind.open);
    const carriedIn = kinds.map((kind, i) => Math.min(kind.carried, requests[i]!));
    put('total', decided);
    put(
      'carriedOut',
      kinds.map((kind) => kind.open),
    );
    put('carriedIn', carriedIn);
    put(
      'received',
      requests.map((n, i) => n - carriedIn[i]!),
    );
    return table;
  });

const anyCell = fc.oneof(
  count,
  fc.constant(null),
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: false }),
);
const anyRow = (length: number) => fc.array(anyCell, { minLength: 0, maxLength: length + 2 });

const anyReport: fc.Arbitrary<AnnualReport> = fc.record({
  agency: fc.option(fc.string(), { nil: null }),
  year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
  format: fc.constantFrom('2021' as const, '2019' as const),
  publishedOn: fc.option(fc.oneof(fc.string(), fc.constant('2024-01-31')), { nil: null }),
  title: fc.constant(null),
  preface: fc.string(),
  sections: fc.array(
    fc.record({
      key: fc.constantFrom(
        'overview' as const,
        'applications' as const,
        'problems' as const,
        'other' as const,
      ),
      heading: fc.string(),
      text: fc.oneof(
        fc.string(),
        fc.stringMatching(
          /^[收到申请予以公开结转下年度行政复议诉讼信息处理费0-9一二十百件项个起元%，,。；]{0,80}$/,
        ),
      ),
    }),
    { maxLength: 8 },
  ),
  tables: fc.record({
    proactive: fc.option(
      fc.record({
        regulation: anyRow(3),
        normativeDocument: anyRow(3),
        licensing: anyRow(1),
        penalty: anyRow(1),
        coercion: anyRow(1),
        administrativeFees: anyRow(1),
      }),
      { nil: null },
    ),
    applications: fc.option(
      fc.record(
        Object.fromEntries(APPLICATION_ROW_KEYS.map((key) => [key, anyRow(7)])) as Record<
          keyof ApplicationsTable,
          fc.Arbitrary<Cell[]>
        >,
      ),
      { nil: null },
    ),
    reviewLitigation: fc.option(
      fc.record({ review: anyRow(5), litigationDirect: anyRow(5), litigationAfterReview: anyRow(5) }),
      { nil: null },
    ),
  }),
  mappingLosses: fc.constant([]),
});

describe('checker properties', () => {
  it('a table 三 balanced by construction gets no error or warning', () => {
    fc.assert(
      fc.property(balancedTable, (applications) => {
        const report = { ...consistentReport(), tables: { ...consistentReport().tables, applications } };
        const judged = checkReport(report).filter((f) => f.rule !== 'N-1');
        expect(judged.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws, and every finding is well formed', () => {
    fc.assert(
      fc.property(anyReport, anyReport, (report, other) => {
        const findings = [
          ...checkReport(report),
          ...checkAcrossYears([report, { ...other, agency: report.agency }]),
        ];
        for (const f of findings) {
          expect(SEVERITIES).toContain(f.severity);
          expect(f.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
