// The unit tier (`npm run test:unit`): the pure tests of src/core and src/formats — no database, no socket, no
// browser, no child process — for the inner loop, in seconds. test/unit/no-io.ts fails a test here that opens any of
// those, so the tier stays pure; such a test belongs to the full suite. `npm test` runs this tier too, as one of the
// projects of vitest.config.ts, so the guard holds in CI as well.
import { configDefaults, defineConfig } from 'vitest/config';

/** The unit tier's test files. */
export const UNIT_TESTS = ['src/core/**/*.test.ts', 'src/formats/**/*.test.ts', 'test/unit/**/*.test.ts'];

/** Tests in those folders that drive Chromium (axe checks, PDF printing): they run in the full suite only. */
export const BROWSER_TESTS = [
  'src/formats/**/*.a11y.test.ts',
  'src/formats/read/chromium-pdf.test.ts',
  'src/formats/write/pdf.test.ts',
];

export default defineConfig({
  test: {
    name: 'unit',
    include: UNIT_TESTS,
    exclude: [...configDefaults.exclude, ...BROWSER_TESTS],
    setupFiles: ['test/unit/no-io.ts'],
    // Pure tests hold no state between files, so one module graph per worker thread is safe and saves most of the
    // tier's time (starting a fresh graph per file costs more than the tests themselves).
    pool: 'threads',
    isolate: false,
    testTimeout: 30_000,
  },
});
