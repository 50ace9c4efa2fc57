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

const undatedDocument = annualReportArbitrary({ documentOnly: true, undated: true, blankCells: true });
const datedDocument = annualReportArbitrary({ documentOnly: true, blankCells: true });

const TEXT: Reader = (w) => readReportText(asText(w));
const MARKDOWN: Reader = (w) => readReportMarkdown(asText(w));
const DOCX: Reader = (w) => readReportDocx(asBytes(w));

// A document carries neither the 2019 format nor its mapping notes (documentOnly): JSON alone records those. Text,
// Markdown and DOCX print the publication date as the document's last line, which the readers do not yet take out
// of section 六's prose (see the known defect below), so they are tested on undated reports; HTML states it as page
// metadata outside the report and is tested on dated ones.
const CASES: {
  format: ReportWriteFormat;
  read: Reader;
  runs: number;
  arbitrary: fc.Arbitrary<AnnualReport>;
}[] = [
  { format: 'text', read: TEXT, runs: 30, arbitrary: undatedDocument },
  { format: 'html', read: (w) => readReportHtml(asText(w)), runs: 30, arbitrary: datedDocument },
  { format: 'md', read: MARKDOWN, runs: 30, arbitrary: undatedDocument },
  {
    format: 'json',
    read: (w) => readJsonReport(asText(w)),
    runs: 30,
    arbitrary: annualReportArbitrary({ blankCells: true }),
  },
  { format: 'docx', read: DOCX, runs: 6, arbitrary: undatedDocument },
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

  // Known defect of the readers (src/formats/read/assemble.ts): they read publishedOn from the last line but keep
  // that line in section 六's text. it.fails turns red once they take it out; then drop .fails and `undated` above.
  it.fails.each([
    { format: 'text' as const, read: TEXT },
    { format: 'md' as const, read: MARKDOWN },
    { format: 'docx' as const, read: DOCX },
  ])(
    '$format reads the date printed at the end back as the publication date only',
    async ({ format, read }) => {
      const [report] = fc.sample(undatedDocument, { numRuns: 1, seed: 3 });
      const dated = { ...report!, publishedOn: '2025-01-24' };
      expect((await read(await writeReport(dated, format))).report).toStrictEqual(dated);
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
