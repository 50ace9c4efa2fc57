// Tests that read ../shared/ (the seed report, real published reports). CI always has it beside the clone; a
// developer's checkout elsewhere may not, and then these tests are skipped with a message saying so — in CI a
// missing shared/ is a failure, never a silent skip.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedRoot = process.env.GONGKAI_SHARED_DIR ?? resolve(repoRoot, '..', 'shared');

export const SEED_REPORT = 'seeds/000_29e0fab2fe19fb07.txt';
export const HUAIAN_2024_PDF = 'reports/huaian_2024.pdf';
/** The published reports beside HUAIAN_2024_PDF that have hand-checked figures in a `.truth.json` next to them. */
export const REPORTS_WITH_TRUTH = [
  'reports/hongze_2023.pdf',
  'reports/pingtan_2021.txt',
  'reports/pingtan_2023.txt',
  'reports/shanghai_bgt_2025.md',
] as const;

export function sharedFile(relative: string): string {
  return join(sharedRoot, relative);
}

/** True when ../shared/ is there. Outside CI, prints once why the dependent tests are skipped. */
export function hasShared(): boolean {
  const present = existsSync(sharedFile(SEED_REPORT));
  if (!present && process.env.CI) {
    throw new Error(`CI 中找不到 shared/ 目录（${sharedRoot}）：依赖种子报告的测试不能跳过。`);
  }
  if (!present && !warned) {
    warned = true;
    console.warn(`找不到 ${sharedRoot}：读取种子报告和真实报告的测试将跳过（可设置 GONGKAI_SHARED_DIR）。`);
  }
  return present;
}
let warned = false;
