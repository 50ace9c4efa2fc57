// `gongkai report import` through the real entry point: a directory and a zip of reports of agencies not on the
// platform — the good ones kept, the others listed with their reason, a zip bomb refused unopened.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { independentReport } from '../../src/core/report/copies/fixture.ts';
import { writeAs } from '../../src/services/reports/convert.ts';
import { importedReportsOfYear } from '../../src/storage/supervision-reports.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { makeAgency } from '../db/factories.ts';
import { runCli } from './run-cli.ts';

describe('gongkai report import', () => {
  let test: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    test = await createTestDatabase('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'gk-import-'));
  });
  afterAll(async () => {
    await test.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the reports of the year and lists each refused file with its reason', async () => {
    const office = await makeAgency(test.db, { level: 'government', name: '导入测试市人民政府' });
    const md = (agency: string, year: number, seed: number) =>
      writeAs(independentReport(agency, year, seed), 'md').then(String);
    writeFileSync(join(dir, 'a.md'), await md('甲县自然资源局', 2024, 1));
    writeFileSync(join(dir, 'b.md'), await md('乙县自然资源局', 2023, 2));
    writeFileSync(join(dir, 'c.txt'), '会议纪要\n今天开会。');
    const enc = new TextEncoder();
    const zip = join(dir, 'batch.zip');
    writeFileSync(
      zip,
      zipSync({ '丙.md': enc.encode(await md('丙县民政局', 2024, 3)), '__MACOSX/._丙.md': enc.encode('x') }),
    );
    // A bomb: 300 MB of zeros deflate to a few hundred kilobytes.
    const bomb = join(dir, 'bomb.zip');
    writeFileSync(bomb, zipSync({ 'big.txt': new Uint8Array(300 * 1024 * 1024) }, { level: 9 }));

    const result = await runCli(
      ['report', 'import', '--supervisor', office.name, '--year', '2024', '--url', test.url, dir, zip, bomb],
      { timeoutMs: 120_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('甲县自然资源局 2024 年度');
    expect(result.stdout).toContain('丙县民政局 2024 年度');
    expect(result.stdout).toMatch(/未导入 {2}.*b\.md：报告年度为 2023，不是导入的 2024 年度/);
    expect(result.stdout).toMatch(/未导入 {2}.*c\.txt：不是政府信息公开工作年度报告/);
    expect(result.stdout).toMatch(/未导入 {2}.*bomb\.zip：压缩包解压后 .*可能是压缩炸弹/);
    expect(result.stdout).toContain('共导入 2 份，未导入 3 份。');
    const stored = await importedReportsOfYear(test.db, 2024);
    expect(stored.map((r) => r.agencyName).sort()).toEqual(['丙县民政局', '甲县自然资源局']);
  }, 150_000);
});
