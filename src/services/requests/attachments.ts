// The material an applicant attaches to an online request (《条例》第二十九条: the proof of identity and anything
// else): checked by its bytes with the catalogue's own detector (core/publications/attachments.ts), stored in the
// transaction that files the request — a refused file leaves no request behind — and read by the staff who may
// read the request. Staff who handle a case add material the same way (a paper request's scanned proof of identity).
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '../../core/errors/index.ts';
import { checkAttachment, type CheckedAttachment } from '../../core/publications/attachments.ts';
import { attachmentFileName } from '../../contracts/attachment-name.ts';
import { REQUEST_ATTACHMENT_TYPES, type RequestAttachment } from '../../contracts/request-attachments.ts';
import type { DisclosureRequest } from '../../contracts/requests.ts';
import {
  insertRequestAttachment,
  nextAttachmentSeq,
  requestAttachmentContent,
  requestAttachments,
} from '../../storage/request-attachments.ts';
import { isUniqueViolation } from '../../storage/rows.ts';
import { requestById } from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import { withDb, type ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import type { IncomingFile } from '../incoming-file.ts';
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

/** The stored record of a file that passed checkRequestAttachment. */
function attachmentRecord(
  requestId: string,
  seq: number,
  checked: CheckedAttachment,
  bytes: Uint8Array,
  createdAt: string,
): RequestAttachment {
  return {
    id: randomUUID(),
    requestId,
    seq,
    fileName: checked.fileName,
    type: checked.type as RequestAttachment['type'],
    mime: checked.mime,
    size: checked.size,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    createdAt,
  };
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
      const attachment = attachmentRecord(ack.request.id, index + 1, checked, bytes, createdAt);
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

/** Refuses an actor who may not handle the request, or a case whose file is closed (archived). */
export function assertMayAddCaseMaterial(actor: Actor, request: DisclosureRequest): void {
  authorize(actor, 'requests.handle', request.agencyId);
  if (request.state === 'archived')
    throw new DomainError('requests.alreadyArchived', { event: '添加申请材料' });
}

/** Whether the case page offers the upload (the same rule the upload is refused by). */
export function mayAddCaseMaterial(actor: Actor, request: DisclosureRequest): boolean {
  try {
    assertMayAddCaseMaterial(actor, request);
    return true;
  } catch {
    return false;
  }
}

/**
 * Material a clerk adds to a case. The file is received only once the actor may handle the request, the case is
 * not archived (its file is closed) and the name passes; it is stored as the next of the request's files with an
 * audit row in one transaction — nothing when any step fails.
 */
export async function addCaseAttachment(
  ctx: ServiceContext,
  actor: Actor,
  { requestId, file }: { requestId: string; file: IncomingFile },
): Promise<RequestAttachment> {
  const request = await requestById(ctx.db, requestId);
  if (!request) throw new DomainError('platform.requestNotFound', { request: requestId });
  assertMayAddCaseMaterial(actor, request);
  parseInput(attachmentFileName, file.fileName);
  const { bytes, limit } = await file.receive();
  const checked = checkRequestAttachment(file.fileName, bytes, limit);
  const createdAt = ctx.clock.now().toISOString();
  try {
    return await transact(ctx.db, async (trx) => {
      const attachment = attachmentRecord(
        requestId,
        await nextAttachmentSeq(trx, requestId),
        checked,
        bytes,
        createdAt,
      );
      await insertRequestAttachment(trx, attachment, bytes);
      await recordChange(trx, actor, {
        at: new Date(createdAt),
        action: 'request.attachmentAdded',
        subjectType: 'request',
        subjectId: requestId,
        agencyId: request.agencyId,
        details: {
          fileName: attachment.fileName,
          seq: attachment.seq,
          size: attachment.size,
          sha256: attachment.sha256,
        },
      });
      return attachment;
    });
  } catch (error) {
    // Two uploads to one case racing for the same number: one wins, the other is told to try again.
    if (isUniqueViolation(error)) throw new DomainError('platform.concurrentChange');
    throw error;
  }
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
