// The budget of what signing in and opening 工作台 download (issue 9): ≤ 350 KB gzipped, counted on the console the
// integration tests' global setup has just built (bench/workbench-bundle.ts prints the same figures per file). 工作台's
// own chunks stay small: antd's light components only, no charts.
import { describe, expect, it } from 'vitest';
import { BUDGET_KB, loginAndWorkbenchFiles } from '../../../bench/workbench-bundle.ts';

describe('login and 工作台 code size', () => {
  it('stays within the budget', () => {
    const files = loginAndWorkbenchFiles();
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    const workbench = files.filter((f) => f.part === '工作台').reduce((sum, f) => sum + f.gzip, 0);
    expect(files.some((f) => f.part === '工作台')).toBe(true);
    expect(total / 1024, files.map((f) => `${f.file} ${f.gzip}`).join('\n')).toBeLessThanOrEqual(BUDGET_KB);
    expect(workbench / 1024).toBeLessThan(20);
  });
});
