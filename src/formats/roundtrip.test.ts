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

const datedDocument = annualReportArbitrary({ documentOnly: true, blankCells: true });

const TEXT: Reader = (w) => readReportText(asText(w));
const MARKDOWN: Reader = (w) => readReportMarkdown(asText(w));
const DOCX: Reader = (w) => readReportDocx(asBytes(w));

// A document carries neither the 2019 format nor its mapping notes (documentOnly): JSON alone records those. Text,
// Markdown and DOCX print the publication date as the document's last line; HTML states it as page metadata.
const CASES: {
  format: ReportWriteFormat;
  read: Reader;
  runs: number;
  arbitrary: fc.Arbitrary<AnnualReport>;
}[] = [
  { format: 'text', read: TEXT, runs: 30, arbitrary: datedDocument },
  { format: 'html', read: (w) => readReportHtml(asText(w)), runs: 30, arbitrary: datedDocument },
  { format: 'md', read: MARKDOWN, runs: 30, arbitrary: datedDocument },
  {
    format: 'json',
    read: (w) => readJsonReport(asText(w)),
    runs: 30,
    arbitrary: annualReportArbitrary({ blankCells: true }),
  },
  { format: 'docx', read: DOCX, runs: 6, arbitrary: datedDocument },
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
});

describe.runIf(hasShared())('write → read round trip of the seed', () => {
  it.each(CASES)('$format gives back the seed as read from its text', async ({ format, read }) => {
    const seed = readReportText(readSeedText()).report;
    const { report: back } = await read(await writeReport(seed, format));
    expect(back).toStrictEqual(seed);
  });
});
