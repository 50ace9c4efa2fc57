// Which files `gongkai report check` was given: files named directly are taken whatever their extension;
// directories are searched (recursively, in name order) for report files.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { REPORT_EXTENSIONS } from '../../formats/read/index.ts';

const isReportFile = (name: string) =>
  (REPORT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

export async function collectReportFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  return files;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else if (isReportFile(entry.name)) found.push(path);
  }
  return found;
}
