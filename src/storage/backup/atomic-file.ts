// Writing a file so that a crash leaves either the old file or the whole new one, never half of it: the content goes
// to a temporary file in the same directory (rename is atomic only within one file system), is fsynced, renamed over
// the target, and the directory is fsynced so the rename itself survives a power loss.
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Runs `write(tempPath)`, then moves the result to `target` durably; the temporary file is removed on failure. */
export async function writeAtomically(
  target: string,
  write: (tempPath: string) => Promise<void>,
): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(temp);
    fsyncPath(temp);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncPath(dirname(target));
}
