// Where uploaded files wait while they are checked: a private directory per request, written as the bytes arrive
// (never the whole body in memory), removed when the request is answered — stored, refused or cut off alike.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';

export interface Spool {
  dir: string;
  remove(): Promise<void>;
}

/** A fresh directory under `parent` (the server's uploads.tempDir; the system's temporary directory if unset). */
export async function openSpool(parent: string = tmpdir()): Promise<Spool> {
  const dir = await mkdtemp(join(parent, 'gongkai-upload-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Writes `stream` to `path`, readable by this process only. Past `maxBytes` the rest is read and dropped, so the
 * client's request still ends cleanly and is answered with the refusal; `overLimit` says so (the parser's own cut,
 * `truncated`, says the same for its ceiling).
 */
export async function spoolStream(
  stream: Readable & { truncated?: boolean },
  path: string,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<{ overLimit: boolean }> {
  let received = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(null, received > maxBytes ? undefined : chunk);
    },
  });
  await pipeline(stream, limit, createWriteStream(path, { mode: 0o600 }));
  return { overLimit: received > maxBytes || stream.truncated === true };
}

/**
 * Whether a multipart parser's error is the client's fault (broken boundaries or headers, a body cut short, too many
 * parts) rather than the server's own failure (the disk, a bug): the former is answered 400.
 */
export function isClientUploadFault(error: unknown): boolean {
  const { statusCode, syscall } = error as { statusCode?: number; syscall?: string };
  return syscall === undefined && (statusCode === undefined || statusCode < 500);
}

/** Reads a refused file to its end without keeping it (the parser moves on, and the request ends, only then). */
export async function discard(stream: Readable): Promise<void> {
  await finished(stream.resume()).catch(() => undefined);
}
