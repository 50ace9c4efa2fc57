// Which files `gongkai report check` was given: files named directly are taken whatever their extension;
// directories are searched (recursively, in name order) for report files. Synchronously: the command does nothing
// else meanwhile, and an awaited stat per named file (a shell glob names thousands) cost more than reading them.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { REPORT_EXTENSIONS } from '../../formats/read/index.ts';

const isReportFile = (name: string) =>
  (REPORT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

export function collectReportFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (isDirectory(path)) files.push(...filesUnder(path));
    else files.push(path);
  }
  return files;
}

/** False also for a path that cannot be looked at: reading it will then say why. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function filesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path));
    else if (isReportFile(entry.name)) found.push(path);
  }
  return found;
}
