// N-1 on real published reports (issue 15): precision first — no N-1 finding other than "not checked" on the seed,
// the five real reports in ../shared/reports/ (all consistent in their prose) and the layout fixtures; and the
// narrative figures those reports state are found. Where the reader on this branch refuses a table or a whole file,
// the hand-checked figures (`*.truth.json`) stand in for the tables, so the prose is still compared.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/core/report/check/index.ts';
import type { AnnualReport, ApplicationsTable, ReviewLitigationTable } from '../src/core/report/model.ts';
import { findNarrativeFigures } from '../src/core/report/narrative/index.ts';
import { APPLICATION_ROW_KEYS, SECTION_HEADINGS } from '../src/core/taxonomy/index.ts';
import { readReportFile } from '../src/formats/read/index.ts';
import { SEED_REPORT, hasShared, repoRoot, sharedFile } from './shared.ts';

interface Truth {
  tables: { applications: Record<string, number[]>; reviewLitigation: ReviewLitigationTable };
}

function truthOf(file: string): Truth | null {
  try {
    return JSON.parse(readFileSync(sharedFile(`reports/${file.replace(/\.\w+$/, '')}.truth.json`), 'utf8'));
  } catch {
    return null;
  }
}

function truthApplications(truth: Truth): ApplicationsTable {
  return Object.fromEntries(
    APPLICATION_ROW_KEYS.map((key) => [
      key,
      truth.tables.applications[key] ?? [null, null, null, null, null, null, null],
    ]),
  ) as ApplicationsTable;
}

/** A file the reader refuses as a whole (crawler text on this branch): its 一、总体情况 cut from the raw text. */
function fromRawText(path: string): AnnualReport {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf('一、总体情况');
  const end = text.indexOf('二、主动公开');
  return {
    agency: null,
    year: null,
    format: '2021',
    publishedOn: null,
    title: null,
    preface: '',
    sections: [{ key: 'overview', heading: SECTION_HEADINGS.overview, text: text.slice(start + 6, end) }],
    tables: { proactive: null, applications: null, reviewLitigation: null },
    mappingLosses: [],
  };
}

async function realReport(path: string, file: string): Promise<AnnualReport> {
  const report = await readReportFile(path).then(
    (read) => read.report,
    () => fromRawText(path),
  );
  const truth = truthOf(file);
  if (truth === null) return report;
  return {
    ...report,
    tables: {
      ...report.tables,
      applications: truthApplications(truth),
      reviewLitigation: truth.tables.reviewLitigation,
    },
  };
}

const REAL = [
  'huaian_2024.pdf',
  'hongze_2023.pdf',
  'pingtan_2021.txt',
  'pingtan_2023.txt',
  'shanghai_bgt_2025.md',
];
/** Figures each report's prose states that N-1 must find and find in agreement (a floor: recall must not fall). */
const MATCHED_AT_LEAST: Record<string, number> = {
  'huaian_2024.pdf': 14,
  'hongze_2023.pdf': 1,
  'pingtan_2021.txt': 3,
  'pingtan_2023.txt': 11,
  'shanghai_bgt_2025.md': 14,
};

function falseN1(report: AnnualReport) {
  return checkReport(report).filter((f) => f.rule === 'N-1' && f.severity !== 'notChecked');
}

describe.skipIf(!hasShared())('N-1 on real reports: no false finding, the stated figures found', () => {
  it.each(REAL)('%s', async (file) => {
    const report = await realReport(sharedFile(`reports/${file}`), file);
    expect(falseN1(report)).toEqual([]);
    const matched = findNarrativeFigures(report).filter((f) => f.matched);
    expect(matched.length).toBeGreaterThanOrEqual(MATCHED_AT_LEAST[file]!);
  });

  it('the seed', async () => {
    const report = await realReport(sharedFile(SEED_REPORT), 'seed.txt');
    expect(falseN1(report)).toEqual([]);
    expect(findNarrativeFigures(report).filter((f) => f.matched).length).toBeGreaterThanOrEqual(2);
  });

  it('上海市政府办公厅 2025: the combined count, every bracketed share and the no-correction claim', async () => {
    const report = await realReport(sharedFile('reports/shanghai_bgt_2025.md'), 'shanghai_bgt_2025.md');
    const figures = findNarrativeFigures(report).map((f) => [f.aggregate, f.value, f.matched]);
    expect(figures).toEqual(
      expect.arrayContaining([
        ['granted+partiallyGranted', 208, true],
        ['granted+partiallyGranted', 17.46, true],
        ['withheld', 20, true],
        ['unavailable', 564, true],
        ['notProcessed', 80, true],
        ['otherDisposal', 26.78, true],
        ['review.corrected', 0, true],
        ['litigation.corrected', 0, true],
      ]),
    );
  });

  it('平潭 2023: 予以公开及部分公开42件，占51.85%', async () => {
    const report = await realReport(sharedFile('reports/pingtan_2023.txt'), 'pingtan_2023.txt');
    const figures = findNarrativeFigures(report).map((f) => [f.aggregate, f.value, f.matched]);
    expect(figures).toEqual(
      expect.arrayContaining([
        ['granted+partiallyGranted', 42, true],
        ['granted+partiallyGranted', 51.85, true],
        ['review', 2, true],
        ['litigation', 7, true],
      ]),
    );
  });
});

describe('N-1 on the layout fixtures of the repository', () => {
  const dir = join(repoRoot, 'test/fixtures/reports/layouts');
  const files = readdirSync(dir).filter((name) => /\.(txt|md|html)$/.test(name));
  it.each(files)('%s', async (name) => {
    const { report } = await readReportFile(join(dir, name));
    expect(falseN1(report)).toEqual([]);
  });
});

describe.skipIf(!hasShared())('T2-2 rule-making power inferred (《立法法》第九十三条)', () => {
  it('淮安市人民政府 2024 may make 规章 (its report speaks of its 县区): the 规章 row is checked, not "未核对"', async () => {
    const { report } = await readReportFile(sharedFile('reports/huaian_2024.pdf'));
    expect(report.tables.proactive!.regulation.some((cell) => cell !== 0)).toBe(true);
    expect(checkReport(report).filter((f) => f.rule === 'T2-2')).toEqual([]);
  });

  it('洪泽区人民政府 may not: a 规章 figure there is a warning', async () => {
    const { report } = await readReportFile(sharedFile('reports/hongze_2023.pdf'));
    const withRegulation = {
      ...report,
      tables: { ...report.tables, proactive: { ...report.tables.proactive!, regulation: [1, 0, 1] } },
    };
    expect(checkReport(withRegulation).filter((f) => f.rule === 'T2-2')).toMatchObject([
      { severity: 'warning', message: expect.stringContaining('第九十三条') },
    ]);
  });
});
