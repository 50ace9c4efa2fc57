// Each consistency rule broken once, in each input layout: a report written as text, HTML, Markdown, DOCX or JSON
// and read back must give exactly the findings that checking the model itself gives — the expected rule and
// nothing else (notChecked aside) — and a consistent report gives no error in any layout.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/core/findings.ts';
import type { AnnualReport } from '../src/core/report/model.ts';
import { checkAcrossYears, checkReport } from '../src/core/report/check/index.ts';
import { consistentReport, withApplicationCells, withSection } from '../src/core/report/check/fixture.ts';
import { readReportBytes } from '../src/formats/read/index.ts';
import { writeReport } from '../src/formats/write/index.ts';

const LAYOUTS = [
  { format: 'text', file: 'r.txt' },
  { format: 'html', file: 'r.html' },
  { format: 'md', file: 'r.md' },
  { format: 'docx', file: 'r.docx' },
  { format: 'json', file: 'r.json' },
] as const;

const base = consistentReport();
const withTables = (tables: Partial<AnnualReport['tables']>): AnnualReport => ({
  ...base,
  tables: { ...base.tables, ...tables },
});

/** [reason, report, the rules (with severity) it must break — and only these]. */
const CASES: [string, AnnualReport, string[]][] = [
  ['consistent (the seed figures)', base, []],
  [
    'T3-1 carried-in request missing from the results',
    withApplicationCells(base, ['carriedIn', 'naturalPerson', 1], ['carriedIn', 'total', 1]),
    ['T3-1:error'],
  ],
  [
    'T3-2 row total not the sum of its columns',
    withApplicationCells(base, ['granted', 'naturalPerson', 3], ['partiallyGranted', 'naturalPerson', 13]),
    ['T3-2:error'],
  ],
  [
    'T3-5 a blank cell',
    withApplicationCells(base, ['withheld.lawProhibited', 'researchInstitution', null]),
    ['T3-5:warning'],
  ],
  [
    'T4-1 review total wrong',
    withTables({ reviewLitigation: { ...base.tables.reviewLitigation!, review: [1, 0, 0, 0, 0] } }),
    ['T4-1:error'],
  ],
  [
    'T4-2 direct litigation total wrong',
    withTables({ reviewLitigation: { ...base.tables.reviewLitigation!, litigationDirect: [0, 0, 0, 1, 2] } }),
    ['T4-2:error'],
  ],
  [
    'T4-3 litigation after review total wrong',
    withTables({
      reviewLitigation: { ...base.tables.reviewLitigation!, litigationAfterReview: [0, 1, 0, 0, 0] },
    }),
    ['T4-3:error'],
  ],
  [
    'T2-2 规章 issued by a municipal department',
    withTables({ proactive: { ...base.tables.proactive!, regulation: [1, 0, 1] } }),
    ['T2-2:warning'],
  ],
  [
    'N-1 the 自然人 cell quoted as the year’s total',
    withSection(base, 'overview', '2023年本机关共收到依申请公开事项27项,已全部办理完毕。'),
    ['N-1:warning'],
  ],
  [
    'N-2 a heading worded differently',
    withSection(base, 'problems', base.sections[4]!.text, '五、存在的主要问题和改进计划'),
    ['N-2:warning'],
  ],
  [
    'N-2 a missing section',
    { ...base, sections: base.sections.filter((s) => s.key !== 'other') },
    ['N-2:error'],
  ],
  ['P-1 published after 31 January', { ...base, publishedOn: '2024-02-20' }, ['P-1:error']],
];

const judged = (findings: readonly Finding[]) =>
  [
    ...new Set(findings.filter((f) => f.severity !== 'notChecked').map((f) => `${f.rule}:${f.severity}`)),
  ].sort();

async function roundTrip(report: AnnualReport, layout: (typeof LAYOUTS)[number]) {
  const written = await writeReport(report, layout.format);
  const bytes = typeof written === 'string' ? new TextEncoder().encode(written) : written;
  return readReportBytes(layout.file, bytes);
}

describe.each(LAYOUTS)('rules in the $format layout', (layout) => {
  it.each(CASES)('%s', async (_reason, report, expected) => {
    expect(judged(checkReport(report))).toEqual(expected);
    const read = await roundTrip(report, layout);
    expect(read.findings).toEqual([]);
    expect(judged(checkReport(read.report))).toEqual(expected);
    expect(checkReport(read.report)).toEqual(checkReport(report));
  });

  it('T3-6 and T2-1 across consecutive years', async () => {
    // 2022 carried one request forward that 2023 does not carry in; 3 normative documents in force in 2022, none
    // issued or repealed in 2023, yet 0 in force.
    const carriedForward = withApplicationCells(
      base,
      ['received', 'naturalPerson', 28],
      ['received', 'total', 30],
      ['carriedOut', 'naturalPerson', 1],
      ['carriedOut', 'total', 1],
    );
    const previous: AnnualReport = {
      ...carriedForward,
      year: 2022,
      title: base.title!.replace('2023', '2022'),
      preface: base.preface.replaceAll('2023', '2022'),
      publishedOn: '2023-01-20',
      tables: {
        ...carriedForward.tables,
        proactive: { ...base.tables.proactive!, normativeDocument: [0, 0, 3] },
      },
    };
    const [a, b] = await Promise.all([roundTrip(previous, layout), roundTrip(base, layout)]);
    expect(a.report.year).toBe(2022);
    expect(judged(checkAcrossYears([a.report, b.report]))).toEqual(['T2-1:warning', 'T3-6:warning']);
  });
});
