// The database commands through the real entry point (bin/gongkai in a child process), on SQLite and on a
// PostgreSQL server. PGlite lives inside one process, so without GONGKAI_TEST_PG_URL the PostgreSQL half is
// skipped here (CI sets it); the same use cases run on PGlite in the services' own tests.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINES, type TestDatabase } from '../db.ts';
import { hasShared, repoRoot, sharedFile, SEED_REPORT } from '../shared.ts';
import { readReportFile } from '../../src/formats/read/index.ts';
import { consistentReport } from '../../src/core/report/check/fixture.ts';
import { chromiumPath } from '../../src/formats/write/pdf.ts';

const run = promisify(execFile);
// Each test starts bin/gongkai (tsx) two or three times: allow for a loaded machine.
const SLOW = { timeout: 120_000 };

async function gongkai(
  url: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return gongkaiWith({}, url, ...args);
}

async function gongkaiWith(
  env: Record<string, string>,
  url: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/gongkai', ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env, GONGKAI_DATABASE_URL: url },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

for (const engine of ENGINES) {
  describe.skipIf(engine === 'postgres' && !process.env.GONGKAI_TEST_PG_URL)(
    `${engine} via bin/gongkai`,
    () => {
      let test: TestDatabase;
      beforeAll(async () => {
        test = await createTestDatabase(engine);
      });
      afterAll(async () => {
        await test?.dispose();
      });

      it('demo, then report build gives the seed agency its 2023 tables 二, 三 and 四', SLOW, async () => {
        const demo = await gongkai(test.url, 'demo');
        expect(demo.code, demo.stderr).toBe(0);
        const built = await gongkai(
          test.url,
          'report',
          'build',
          '--agency',
          '临沂市国防动员办公室',
          '--year',
          '2023',
          '--format',
          'json',
        );
        expect(built.code, built.stderr).toBe(0);
        const [item] = JSON.parse(built.stdout) as {
          agency: string;
          year: number;
          tables: Record<string, unknown>;
          findings: { severity: string }[];
        }[];
        expect(item).toMatchObject({ agency: '临沂市国防动员办公室', year: 2023, format: '2021' });
        expect(item!.findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect((item!.tables.applications as Record<string, number[]>).received).toEqual([
          27, 2, 0, 0, 0, 0, 29,
        ]);
        expect(item!.tables.reviewLitigation).toEqual({
          review: [0, 0, 0, 0, 0],
          litigationDirect: [0, 0, 0, 1, 1],
          litigationAfterReview: [0, 0, 0, 0, 0],
        });
        // Table 二 comes from the demo catalogue (issue 5): 行政处罚 1 is an entered external figure.
        expect(item!.tables.proactive).toEqual(consistentReport().tables.proactive);
        if (hasShared()) {
          const seed = await readReportFile(sharedFile(SEED_REPORT));
          expect(item!.tables).toEqual(seed.report.tables);
        }
      });

      // Issue 11: the same report printed to PDF by Chromium, then read back by `report check` like any published
      // PDF: every cell and every finding as built.
      it.skipIf(!existsSync(chromiumPath()))(
        'report build --format pdf writes a PDF that report check reads back cell for cell',
        SLOW,
        async () => {
          const dir = await mkdtemp(join(tmpdir(), 'gongkai-pdf-'));
          try {
            const file = join(dir, 'report.pdf');
            const common = ['--agency', '临沂市国防动员办公室', '--year', '2023'];
            const built = await gongkai(
              test.url,
              'report',
              'build',
              ...common,
              '--format',
              'pdf',
              '-o',
              file,
            );
            expect(built.code, built.stderr).toBe(0);
            const json = await gongkai(test.url, 'report', 'build', ...common, '--format', 'json');
            const checked = await gongkai(test.url, 'report', 'check', file, '--format', 'json');
            expect(checked.code, checked.stderr).toBe(0);
            type Item = {
              agency: string;
              year: number;
              tables: unknown;
              findings: { rule: string; severity: string }[];
            };
            const [fromDb] = JSON.parse(json.stdout) as Item[];
            const [fromPdf] = JSON.parse(checked.stdout) as Item[];
            expect([fromPdf!.agency, fromPdf!.year]).toEqual(['临沂市国防动员办公室', 2023]);
            expect(fromPdf!.tables).toEqual(fromDb!.tables);
            const rules = (item: Item) => item.findings.map((f) => `${f.rule}:${f.severity}`).sort();
            expect(rules(fromPdf!)).toEqual(rules(fromDb!));
          } finally {
            await rm(dir, { recursive: true, force: true });
          }
        },
      );

      it(
        "users add takes the password from the environment; users list shows the agency's users",
        SLOW,
        async () => {
          const added = await gongkaiWith(
            { GONGKAI_NEW_PASSWORD: 'Another-long-password' },
            test.url,
            'users',
            'add',
            '--agency',
            '临沂市国防动员办公室',
            '--username',
            'cli-clerk',
            '--name',
            '命令行承办人',
            '--role',
            'clerk',
          );
          expect(added.code, added.stderr).toBe(0);
          const refused = await gongkaiWith(
            { GONGKAI_NEW_PASSWORD: 'short' },
            test.url,
            'users',
            'add',
            '--agency',
            '临沂市国防动员办公室',
            '--username',
            'cli-x',
            '--name',
            '甲',
            '--role',
            'clerk',
          );
          expect(refused.code).toBe(2);
          expect(refused.stderr).toContain('platform.invalidInput');
          const listed = await gongkai(test.url, 'users', 'list', '--agency', '临沂市国防动员办公室');
          expect(listed.stdout).toMatch(/cli-clerk\t命令行承办人\t承办人\t临沂市国防动员办公室/);
          expect(listed.stdout).not.toContain('demo-supervisor');
        },
      );

      it('audit verify passes a clean chain and names the first tampered row', SLOW, async () => {
        const clean = await gongkai(test.url, 'audit', 'verify');
        expect(clean.code, clean.stderr).toBe(0);
        expect(clean.stdout).toContain('哈希链完整');
        await sql`update audit_log set actor = 'intruder' where seq in (40, 41)`.execute(test.db);
        const broken = await gongkai(test.url, 'audit', 'verify');
        expect(broken.code).toBe(1);
        expect(broken.stdout).toContain('第一个断点是第 40 条');
      });
    },
  );
}
