// `npm test`: every test, as two projects — the unit tier (vitest.unit.config.ts, pure and guarded) and the
// integration tier (everything else: both database engines, the server, the CLI, Chromium).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BROWSER_TESTS } from './vitest.unit.config.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // At least two files at a time, even on two cores (vitest's default there is one): most files wait on another
    // process — Chromium, PostgreSQL, a spawned server or command — so two overlap well (on 2 cores the suite took
    // 943 s one at a time, 612 s two at a time).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A page or a server under that load may take more than expect.poll's default second to show a change.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      'vitest.unit.config.ts',
      {
        extends: true,
        test: {
          name: 'integration',
          // One module graph per worker for all the tier's files: re-importing the server, the readers and playwright
          // for each of ~130 files cost about two minutes. The tests keep their state in their own databases, servers
          // and browsers, and restore what they change in process-wide settings.
          isolate: false,
          globalSetup: ['test/console-global-setup.ts'],
          // Every test file outside the unit tier's folders, and the browser tests that live inside them.
          include: [
            'src/!(core|formats)/**/*.test.ts',
            'src/*.test.ts',
            'test/!(unit)/**/*.test.ts',
            'test/*.test.ts',
            ...BROWSER_TESTS,
          ],
        },
      },
    ],
  },
});
