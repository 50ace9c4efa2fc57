// Done-when (issue 5), through the real entry point: `gongkai demo`, then `gongkai report build` gives the demo
// agency the seed's 2023 table 二 — on SQLite and on a PostgreSQL server (PGlite lives inside one process, so the
// PostgreSQL half needs GONGKAI_TEST_PG_URL; demo.test.ts runs the same builder on PGlite).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINES, type TestDatabase } from '../../../../test/db.ts';
import { hasShared, repoRoot, sharedFile, SEED_REPORT } from '../../../../test/shared.ts';
import { readReportFile } from '../../../formats/read/index.ts';

const run = promisify(execFile);

function gongkai(url: string, ...args: string[]) {
  return run('node', ['bin/gongkai', ...args], {
    cwd: repoRoot,
    env: { ...process.env, GONGKAI_DATABASE_URL: url },
    maxBuffer: 16 * 1024 * 1024,
  });
}

for (const engine of ENGINES) {
  describe.skipIf(engine === 'postgres' && !process.env.GONGKAI_TEST_PG_URL)(
    `${engine}: gongkai report build`,
    () => {
      let test: TestDatabase;
      beforeAll(async () => {
        test = await createTestDatabase(engine);
      });
      afterAll(async () => {
        await test?.dispose();
      });

      it('gives the demo agency the seed’s 2023 table 二', async () => {
        await gongkai(test.url, 'demo');
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
        const [item] = JSON.parse(built.stdout) as { tables: { proactive: unknown } }[];
        expect(item!.tables.proactive).toEqual({
          regulation: [0, 0, 0],
          normativeDocument: [0, 0, 0],
          licensing: [0],
          penalty: [1],
          coercion: [0],
          administrativeFees: [0],
        });
        if (hasShared()) {
          const seed = await readReportFile(sharedFile(SEED_REPORT));
          expect(item!.tables.proactive).toEqual(seed.report.tables.proactive);
        }
      }, 180_000);
    },
  );
}
