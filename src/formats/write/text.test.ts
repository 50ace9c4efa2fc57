import { describe, expect, it } from 'vitest';
import { hasShared } from '../../../test/shared.ts';
import { generateReports } from '../../../test/report-arbitrary.ts';
import { readSeedText, seedReport } from './seed-fixture.ts';
import { writeTextReport } from './text.ts';

/** The seed as its labels are meant to read: copying from the web left stray spaces inside some cells. */
function withoutStraySpaces(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.endsWith(' |') ? line.slice(0, -2).replace(/\s+/g, '') + ' |' : line))
    .join('\n');
}

describe.runIf(hasShared())('plain-text writer on the seed', () => {
  it('writes the seed report back line for line, cells and all', () => {
    const seed = readSeedText();
    expect(writeTextReport(seedReport(seed))).toBe(withoutStraySpaces(seed));
  });
});

describe('plain-text writer', () => {
  const report = generateReports(1, 11)[0]!;

  it('writes a blank cell as an empty cell, never as 0', () => {
    const blank = structuredClone(report);
    blank.tables.reviewLitigation!.review = [null, 0, 0, 0, null];
    const lines = writeTextReport(blank).split('\n');
    const start = lines.indexOf('复议后起诉 |') + 11;
    expect(lines.slice(start, start + 5)).toEqual([' |', '0 |', '0 |', '0 |', ' |']);
  });

  it('prints numbers plain: no thousands separators, decimals as they are', () => {
    const big = structuredClone(report);
    big.tables.applications!.received[0] = 12345;
    big.tables.proactive!.administrativeFees = [1234.56];
    const text = writeTextReport(big);
    expect(text).toContain('\n12345 |\n');
    expect(text).toContain('\n1234.56 |\n');
  });

  it('prints 10 + 175 + 15 value cells and every label once', () => {
    const lines = writeTextReport(report)
      .split('\n')
      .filter((line) => line.endsWith(' |'));
    const values = lines.filter((line) => /^[\d.]* \|$/.test(line));
    expect(values).toHaveLength(200);
    expect(lines.filter((line) => line === '三、本年度办理结果 |')).toHaveLength(1);
    expect(lines.filter((line) => line === '(三)不予公开 |')).toHaveLength(1);
  });

  it('still writes a table whose section is missing, under the standard heading', () => {
    const partial = structuredClone(report);
    partial.sections = partial.sections.filter((s) => s.key !== 'reviewLitigation');
    const text = writeTextReport(partial);
    expect(text).toMatch(/\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 \|\n/);
  });
});
