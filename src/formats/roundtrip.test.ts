// Every writer with a reader round-trips (issue 2 §4): write → read gives the very same AnnualReport, over random
// valid reports (fast-check) and over the seed, and reading what was written raises no reading finding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasShared } from '../../test/shared.ts';
import { annualReportArbitrary } from '../../test/report-arbitrary.ts';
import { checkReport } from '../core/report/check/index.ts';
import type { AnnualReport } from '../core/report/model.ts';
import { readJsonReport } from './json/read.ts';
import {
  readReportDocx,
  readReportHtml,
  readReportMarkdown,
  readReportText,
  type ReadResult,
} from './read/index.ts';
import { readSeedText } from './write/seed-fixture.ts';
import { writeReport, type ReportWriteFormat } from './write/index.ts';

type Reader = (written: string | Uint8Array) => ReadResult | Promise<ReadResult>;

const asText = (written: string | Uint8Array) => {
  if (typeof written !== 'string') throw new Error('expected the writer to return text');
  return written;
};
const asBytes = (written: string | Uint8Array) => {
  if (typeof written === 'string') throw new Error('expected the writer to return bytes');
  return written;
};

const CASES: {
  format: ReportWriteFormat;
  read: Reader;
  runs: number;
  arbitrary: fc.Arbitrary<AnnualReport>;
}[] = [
  // A document carries neither the mapping notes of a 2019 report nor (in the body) a publication date: those are
  // facts about a report that only JSON records, so documents are tested on documentOnly reports.
  {
    format: 'text',
    read: (w) => readReportText(asText(w)),
    runs: 30,
    arbitrary: annualReportArbitrary({ documentOnly: true, blankCells: true }),
  },
  {
    format: 'html',
    read: (w) => readReportHtml(asText(w)),
    runs: 30,
    arbitrary: annualReportArbitrary({ documentOnly: true, blankCells: true }),
  },
  {
    format: 'md',
    read: (w) => readReportMarkdown(asText(w)),
    runs: 30,
    arbitrary: annualReportArbitrary({ documentOnly: true, blankCells: true }),
  },
  {
    format: 'json',
    read: (w) => readJsonReport(asText(w)),
    runs: 30,
    arbitrary: annualReportArbitrary({ blankCells: true }),
  },
  {
    format: 'docx',
    read: (w) => readReportDocx(asBytes(w)),
    runs: 6,
    arbitrary: annualReportArbitrary({ documentOnly: true, blankCells: true }),
  },
];

describe('the generated reports', () => {
  it('are valid: the checker finds no error in them', () => {
    fc.assert(
      fc.property(annualReportArbitrary(), (report) => {
        expect(checkReport(report).filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('write → read round trip', () => {
  it.each(CASES)(
    '$format gives back the same report ($runs random reports)',
    async ({ format, read, runs, arbitrary }) => {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (report) => {
          const { report: back, findings } = await read(await writeReport(report, format));
          expect(back).toStrictEqual(report);
          expect(findings).toEqual([]);
        }),
        { numRuns: runs },
      );
    },
  );

  it('HTML carries the publication date too (page metadata)', async () => {
    const [report] = fc.sample(annualReportArbitrary({ documentOnly: true }), { numRuns: 1, seed: 3 });
    const dated = { ...report!, publishedOn: '2025-01-24' };
    expect(readReportHtml(asText(await writeReport(dated, 'html'))).report).toStrictEqual(dated);
  });
});

describe.runIf(hasShared())('write → read round trip of the seed', () => {
  it.each(CASES)('$format gives back the seed as read from its text', async ({ format, read }) => {
    const seed = readReportText(readSeedText()).report;
    const { report: back } = await read(await writeReport(seed, format));
    expect(back).toStrictEqual(seed);
  });
});
