// One file sent as multipart/form-data (field `file`), turned into an IncomingFile (services/incoming-file.ts): the
// part's name is read at once, its bytes only when the use case asks — written to a spool file as they arrive,
// cut at the lower of the use case's limit and the server's (config `uploads`), then read back into one Buffer.
// Never the body as one string; the spool is gone when receive() settles, whether the file was kept, too large,
// or the client went away mid-stream.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { DomainError, isDomainError } from '../../core/errors/index.ts';
import { formatBytes } from '../../core/publications/attachments.ts';
import type { IncomingFile } from '../../services/incoming-file.ts';
import type { ServerConfig } from '../config.ts';
import { discard, isClientUploadFault, openSpool, spoolStream } from '../spool.ts';

/** The parser's refusals become a 400 with a Chinese message; the server's own failures stay what they are. */
function asClientFault(error: unknown): unknown {
  if (isDomainError(error) || !isClientUploadFault(error)) return error;
  return new DomainError('platform.invalidInput', {
    details: '上传的内容不完整或不是有效的 multipart/form-data',
  });
}

/**
 * Hands the request's file to `use` (a use case) as an IncomingFile. A file the use case never asked for (the
 * caller or the name was refused first) is read to its end and dropped, so the client's request ends and it
 * gets the refusal.
 */
export async function withIncomingFile<T>(
  request: FastifyRequest,
  { maxFileBytes, tempDir }: ServerConfig['uploads'],
  use: (file: IncomingFile) => Promise<T>,
): Promise<T> {
  if (!request.isMultipart()) throw new DomainError('platform.uploadNotMultipart');
  const part = await request
    .file({
      // The real name, directory parts included, so that a name with one is refused rather than quietly cut.
      preservePath: true,
      limits: { fileSize: maxFileBytes, files: 1, fields: 5, fieldSize: 1000, parts: 6, headerPairs: 20 },
    })
    .catch((error: unknown) => {
      throw asClientFault(error);
    });
  if (!part) throw new DomainError('platform.uploadMissing');
  let asked = false;
  try {
    if (part.fieldname !== 'file') throw new DomainError('platform.uploadMissing');
    return await use({
      fileName: part.filename,
      async receive(maxBytes = maxFileBytes) {
        asked = true;
        const limit = Math.min(maxBytes, maxFileBytes);
        const spool = await openSpool(tempDir);
        try {
          const path = join(spool.dir, 'file');
          const { overLimit } = await spoolStream(part.file, path, limit).catch((error: unknown) => {
            throw asClientFault(error);
          });
          if (overLimit)
            throw new DomainError('platform.uploadTooLarge', {
              name: part.filename,
              limit: formatBytes(limit),
            });
          return { bytes: await readFile(path), limit };
        } finally {
          await spool.remove();
        }
      },
    });
  } finally {
    if (!asked) await discard(part.file);
  }
}
