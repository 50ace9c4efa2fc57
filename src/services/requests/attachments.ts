// The material an applicant attaches to an online request (《条例》第二十九条: the proof of identity and anything
// else): checked by its bytes with the catalogue's own detector (core/publications/attachments.ts), stored in the
// transaction that files the request — a refused file leaves no request behind — and read by the staff who may
// read the request.
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '../../core/errors/index.ts';
import { checkAttachment, type CheckedAttachment } from '../../core/publications/attachments.ts';
import { attachmentFileName } from '../../contracts/attachment-name.ts';
import { REQUEST_ATTACHMENT_TYPES, type RequestAttachment } from '../../contracts/request-attachments.ts';
import {
  insertRequestAttachment,
  requestAttachmentContent,
  requestAttachments,
} from '../../storage/request-attachments.ts';
import { requestById } from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import { withDb, type ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { submitOnline, type Acknowledgement, type OnlineSubmissionInput } from './intake.ts';

/** A file received from the applicant, held outside memory until it is stored (server/pages/uploads.ts). */
export interface UploadedFile {
  fileName: string;
  /** Its bytes, read when needed: one file in memory at a time. */
  content(): Promise<Uint8Array>;
}

export interface UploadLimits {
  maxFileBytes: number;
  maxFiles: number;
}

/** Refuses a bad name, an empty, oversized or unknown file, or one whose extension lies about its bytes. */
export function checkRequestAttachment(
  fileName: string,
  bytes: Uint8Array,
  maxFileBytes: number,
): CheckedAttachment {
  const name = parseInput(attachmentFileName, fileName);
  return checkAttachment(name, bytes, { maxBytes: maxFileBytes, allowed: REQUEST_ATTACHMENT_TYPES });
}

/** submitOnline (services/requests/intake.ts) with the files stored in the same transaction. */
export async function submitOnlineWithAttachments(
  ctx: ServiceContext,
  actor: Actor,
  input: OnlineSubmissionInput,
  files: readonly UploadedFile[],
  limits: UploadLimits,
): Promise<Acknowledgement> {
  authorize(actor, 'requests.submitOnline');
  parseInput(
    z.array(z.string()).max(limits.maxFiles, { error: `最多上传 ${limits.maxFiles} 个文件` }),
    files.map((f) => f.fileName),
  );
  return transact(ctx.db, async (trx) => {
    const ack = await submitOnline(withDb(ctx, trx), actor, input);
    const createdAt = ctx.clock.now().toISOString();
    const stored: Pick<RequestAttachment, 'fileName' | 'size' | 'sha256'>[] = [];
    for (const [index, file] of files.entries()) {
      const bytes = await file.content();
      const checked = checkRequestAttachment(file.fileName, bytes, limits.maxFileBytes);
      const attachment: RequestAttachment = {
        id: randomUUID(),
        requestId: ack.request.id,
        seq: index + 1,
        fileName: checked.fileName,
        type: checked.type as RequestAttachment['type'],
        mime: checked.mime,
        size: checked.size,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        createdAt,
      };
      await insertRequestAttachment(trx, attachment, bytes);
      stored.push({ fileName: attachment.fileName, size: attachment.size, sha256: attachment.sha256 });
    }
    if (stored.length > 0)
      await recordChange(trx, actor, {
        at: new Date(createdAt),
        action: 'request.attachmentsReceived',
        subjectType: 'request',
        subjectId: ack.request.id,
        agencyId: ack.request.agencyId,
        details: { files: stored },
      });
    return ack;
  });
}

async function readableRequest(ctx: ServiceContext, actor: Actor, requestId: string) {
  const request = await requestById(ctx.db, requestId);
  if (!request) throw new DomainError('platform.requestNotFound', { request: requestId });
  authorize(actor, 'requests.read', request.agencyId);
  return request;
}

/** The files of a request, in the order they were sent: whoever may read the request may list them. */
export async function listRequestAttachments(
  ctx: ServiceContext,
  actor: Actor,
  { requestId }: { requestId: string },
): Promise<RequestAttachment[]> {
  await readableRequest(ctx, actor, requestId);
  return requestAttachments(ctx.db, requestId);
}

export async function requestAttachmentFile(
  ctx: ServiceContext,
  actor: Actor,
  { requestId, attachmentId }: { requestId: string; attachmentId: string },
): Promise<{ attachment: RequestAttachment; content: Uint8Array }> {
  await readableRequest(ctx, actor, requestId);
  const found = await requestAttachmentContent(ctx.db, requestId, attachmentId);
  if (!found) throw new DomainError('requests.attachmentNotFound', { attachment: attachmentId });
  return found;
}
