// The /apply form as multipart/form-data, read as a stream: text fields are kept (each bounded), and each file is
// written to a private temporary directory as it arrives — cut off at the per-file limit — then checked by its bytes
// (services/requests/attachments.ts) with only that one file in memory. Nothing refused is kept; the caller removes
// the directory when the request is answered. A problem with a file is a message for the form, not a failure: the
// person gets the form back with what they typed.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { isDomainError } from '../../core/errors/index.ts';
import { attachmentFileName } from '../../contracts/attachment-name.ts';
import {
  checkRequestAttachment,
  type UploadedFile,
  type UploadLimits,
} from '../../services/requests/attachments.ts';
import { discard, spoolStream, type Spool } from '../spool.ts';
import { megabytes } from './apply.ts';

/** Text fields a form may carry and the longest one in bytes (5,000 characters of Chinese is 15,000). */
const MAX_FIELDS = 30;
const MAX_FIELD_BYTES = 32 * 1024;

/** A file kept in the spool, with the digest the submission key's fingerprint takes. */
export interface SpooledFile extends UploadedFile {
  sha256: string;
}

export interface UploadedForm {
  fields: Record<string, string>;
  files: SpooledFile[];
  /** What was wrong with the files, one sentence each (the form shows them). */
  fileProblems: string[];
  /** A field longer than any the form has, or too many fields: not something the form sends (a 400 page). */
  malformed: boolean;
}

/**
 * Reads the request's parts in order. Throws what the multipart parser throws for a body no browser sends (cut
 * short, broken boundaries); the route answers that with a 400 page.
 */
export async function readUploadedForm(
  request: FastifyRequest,
  limits: UploadLimits,
  spool: Spool,
): Promise<UploadedForm> {
  const form: UploadedForm = { fields: {}, files: [], fileProblems: [], malformed: false };
  const parts = request.parts({
    // The real names, directory parts included, so that a name with one is refused rather than quietly cut.
    preservePath: true,
    limits: {
      fileSize: limits.maxFileBytes,
      // One more than allowed, so "too many" is told in the form's words rather than by the parser.
      files: limits.maxFiles + 1,
      fields: MAX_FIELDS,
      fieldSize: MAX_FIELD_BYTES,
      fieldNameSize: 100,
      parts: MAX_FIELDS + limits.maxFiles + 1,
      headerPairs: 20,
    },
  });
  for await (const part of parts) {
    if (part.type === 'field') {
      if (part.valueTruncated || part.fieldnameTruncated) form.malformed = true;
      else if (typeof part.value === 'string') form.fields[part.fieldname] = part.value;
      continue;
    }
    // A file input left empty still sends a part, with no name and no bytes.
    if (part.filename === '') {
      await discard(part.file);
      continue;
    }
    const problem = await spoolFile(part.filename, part.file, form.files.length, limits, spool);
    if (typeof problem === 'string') form.fileProblems.push(problem);
    else form.files.push(problem);
  }
  return form;
}

async function spoolFile(
  fileName: string,
  stream: Readable & { truncated?: boolean },
  index: number,
  limits: UploadLimits,
  spool: Spool,
): Promise<string | SpooledFile> {
  if (index >= limits.maxFiles) {
    await discard(stream);
    return `最多上传 ${limits.maxFiles} 个文件，多出的文件未被接收`;
  }
  const name = attachmentFileName.safeParse(fileName);
  if (!name.success) {
    await discard(stream);
    return name.error.issues[0]!.message;
  }
  const path = join(spool.dir, String(index));
  if ((await spoolStream(stream, path)).overLimit) {
    await rm(path, { force: true });
    return `文件“${fileName}”超过 ${megabytes(limits.maxFileBytes)} 的上限，请压缩或分成几个文件后重新上传`;
  }
  const bytes = await readFile(path);
  try {
    checkRequestAttachment(fileName, bytes, limits.maxFileBytes);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    await rm(path, { force: true });
    return error.message;
  }
  return {
    fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    content: async () => new Uint8Array(await readFile(path)),
  };
}
