// Real reports and the seed as rule N-3's no-false-match corpus, with the 50 generated ones (skipped without shared/).
import { describe, expect, it } from 'vitest';
import { copyDoc, independentReport } from '../../src/core/report/copies/fixture.ts';
import { detectCopies } from '../../src/core/report/copies/index.ts';
import { readReportFile } from '../../src/formats/read/index.ts';
import { hasShared, sharedFile } from '../shared.ts';

describe('copy detection over real reports', () => {
  const corpus = Array.from({ length: 50 }, (_, i) =>
    copyDoc(`r${i}`, `a${i}`, 2024, independentReport(`第${i}机关`, 2024, 1000 + i)),
  );
  // Real reports (and the seed) as a no-false-match corpus: skipped when the workspace's files are absent.
  const files = [
    'reports/pingtan_2021.txt',
    'reports/pingtan_2023.txt',
    'reports/shanghai_bgt_2025.md',
    'reports/huaian_2024.pdf',
    'reports/hongze_2023.pdf',
    'seeds/000_29e0fab2fe19fb07.txt',
  ].map(sharedFile);
  it.skipIf(!hasShared())(
    'finds no copies across real reports and the seed',
    async () => {
      const real = await Promise.all(files.map((f) => readReportFile(f)));
      const docs = real.map((r, i) => {
        // Different agencies all in one year, so every pair is compared.
        return copyDoc(`real${i}`, `real${i}`, 2024, r.report);
      });
      expect(docs.every((d) => d.report.sections.length > 0)).toBe(true);
      expect(detectCopies([...docs, ...corpus])).toEqual([]);
    },
    60_000,
  );
});
