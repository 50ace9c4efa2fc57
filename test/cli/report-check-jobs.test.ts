// `gongkai report check --jobs N` and its progress bar, end to end through bin/gongkai: several threads give the
// same verdicts in the same order as one; the bar is drawn only when the command runs in a terminal.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/formats/write/index.ts';
import { generateReports } from '../report-arbitrary.ts';
import { HUAIAN_2024_PDF, hasShared, repoRoot, sharedFile } from '../shared.ts';
import { runCli } from './run-cli.ts';

let dir: string;
const FILES = 40;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongkai-jobs-'));
  const reports = generateReports(FILES, 7);
  await Promise.all(
    reports.map(async (report, i) =>
      writeFile(join(dir, `r-${String(i).padStart(2, '0')}.txt`), await writeReport(report, 'text')),
    ),
  );
  await writeFile(join(dir, 'r-99-broken.txt'), '随便写点什么，没有表格。');
  if (hasShared()) await copyFile(sharedFile(HUAIAN_2024_PDF), join(dir, 'huaian.pdf'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}-out.json`, { force: true });
});

describe('report check --jobs', () => {
  it('gives on two threads exactly the verdicts of one, in the same order', async () => {
    const [one, two] = await Promise.all([
      runCli(['report', 'check', dir, '--format', 'json', '--jobs', '1']),
      runCli(['report', 'check', dir, '--format', 'json', '--jobs', '2']),
    ]);
    expect(one.code).toBe(2); // the broken file
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const items: { file: string }[] = JSON.parse(two.stdout);
    expect(items).toHaveLength(FILES + 1 + (hasShared() ? 1 : 0));
    expect(items.map((item) => item.file)).toEqual([...items.map((item) => item.file)].sort());
  }, 120_000);

  it('refuses a thread count that is not a positive integer', async () => {
    for (const jobs of ['0', 'abc', '1.5']) {
      const result = await runCli(['report', 'check', dir, '--jobs', jobs]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--jobs');
    }
  });
});

const BAR = /\[#*\.*\] \d+\/\d+/;

describe('progress bar', () => {
  it('is not drawn when the output is not a terminal', async () => {
    const result = await runCli(['report', 'check', dir, '--format', 'json', '--jobs', '1']);
    expect(result.stderr).not.toMatch(BAR);
    expect(result.stdout).not.toMatch(BAR);
  }, 60_000);

  /** What a pseudo-terminal shows while the command runs on it (script(1): stdout and stderr are a TTY there). */
  async function onTerminal(command: string): Promise<string> {
    const { stdout } = await promisify(execFile)('script', ['-qec', command, '/dev/null'], {
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 1 << 24,
    }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    return stdout;
  }
  const check = `${process.execPath} ${join(repoRoot, 'bin/gongkai')} report check`;

  it('is not drawn when stdout is redirected, even with stderr on a terminal', async () => {
    const shown = await onTerminal(`${check} ${dir} --format json --jobs 1 > ${dir}-out.json`);
    expect(shown).not.toMatch(BAR);
  }, 60_000);

  it('is drawn in a terminal, and cleared before the verdicts', async () => {
    const stdout = await onTerminal(`${check} ${dir} --quiet --jobs 1`);
    expect(stdout).toMatch(BAR);
    expect(stdout).toContain(`${FILES + 1 + (hasShared() ? 1 : 0)}/${FILES + 1 + (hasShared() ? 1 : 0)}`);
    expect(stdout).toContain('\r\x1b[K');
    expect(stdout).toContain('共 ');
  }, 60_000);
});
