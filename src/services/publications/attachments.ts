// Attachments of a catalogue item: judged by their bytes (type by magic bytes, size by the agency's limit) before
// they are stored, kept in the database beside the item (one transaction, one audit row, a SHA-256 to show they
// are unchanged), and served back with the type that was detected, never the one the uploader claimed.
import { createHash, randomUUID } from 'node:crypto';
import { DomainError } from '../../core/errors/index.ts';
import { checkAttachment, type AttachmentPolicy } from '../../core/publications/attachments.ts';
import type { Attachment } from '../../core/publications/publication.ts';
import { PUBLICATION_STATUS_LABELS } from '../../core/publications/review-workflow.ts';
import {
  attachmentWithContent,
  insertAttachment,
  listAttachments,
} from '../../storage/publications/attachments.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { loadPublication, loadPublished } from './catalogue.ts';
import { catalogueSettings } from './settings.ts';
import { attachmentFileName } from '../../contracts/attachment-name.ts';
import { parseInput } from '../validation.ts';
import type { IncomingFile } from '../incoming-file.ts';

/** The record of a file about to be attached, once its bytes pass the agency's policy (type, size). */
export function newAttachment(
  publicationId: string,
  fileName: string,
  bytes: Uint8Array,
  policy: AttachmentPolicy,
  createdAt: string,
): Attachment {
  const checked = checkAttachment(fileName, bytes, policy);
  return {
    id: randomUUID(),
    publicationId,
    fileName: checked.fileName,
    type: checked.type,
    mime: checked.mime,
    size: checked.size,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    createdAt,
  };
}

/**
 * Adds an attachment to a draft (what reviewers approve must not change under them). The file is received only
 * after the actor, the item's stage and the name pass, and no larger than the agency allows.
 */
export async function addAttachment(
  ctx: ServiceContext,
  actor: Actor,
  input: { publicationId: string; file: IncomingFile },
): Promise<Attachment> {
  const { publicationId, file } = input;
  const item = await loadPublication(ctx.db, publicationId);
  authorize(actor, 'catalogue.attach', item.agencyId);
  if (item.review.status !== 'draft')
    throw new DomainError('publications.notEditable', {
      status: PUBLICATION_STATUS_LABELS[item.review.status],
    });
  const fileName = parseInput(attachmentFileName, file.fileName);
  const settings = await catalogueSettings(ctx.db, item.agencyId);
  const { bytes } = await file.receive(settings.attachments.maxBytes);
  const attachment = newAttachment(
    publicationId,
    fileName,
    bytes,
    settings.attachments,
    ctx.clock.now().toISOString(),
  );
  await transact(ctx.db, async (trx) => {
    await insertAttachment(trx, attachment, bytes);
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'publication.attachmentAdded',
      subjectType: 'publication',
      subjectId: publicationId,
      agencyId: item.agencyId,
      details: attachment,
    });
  });
  return attachment;
}

/** The attachments of an item as staff see it, whatever its stage. */
export async function attachmentsOf(
  ctx: ServiceContext,
  actor: Actor,
  input: { publicationId: string },
): Promise<Attachment[]> {
  const item = await loadPublication(ctx.db, input.publicationId);
  authorize(actor, 'catalogue.read', item.agencyId);
  return listAttachments(ctx.db, item.id);
}

/** The attachments of a published item (the public side); an unpublished item does not exist there. */
export async function publishedAttachments(
  ctx: ServiceContext,
  actor: Actor,
  input: { publicationId: string },
): Promise<Attachment[]> {
  const item = await loadPublished(ctx, actor, input.publicationId);
  return listAttachments(ctx.db, item.id);
}

/**
 * The bytes of an attachment: staff within reach get any, everyone else only those of published items. Asked for
 * under an item (`publicationId`), an attachment of another item does not exist.
 */
export async function downloadAttachment(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; publicationId?: string },
): Promise<{ attachment: Attachment; content: Uint8Array }> {
  const found = await attachmentWithContent(ctx.db, input.id);
  if (!found || (input.publicationId !== undefined && found.attachment.publicationId !== input.publicationId))
    throw new DomainError('publications.notFound', { id: input.id });
  const { publicationId } = found.attachment;
  if (actor.kind === 'staff') {
    authorize(actor, 'catalogue.read', (await loadPublication(ctx.db, publicationId)).agencyId);
  } else {
    try {
      await loadPublished(ctx, actor, publicationId);
    } catch (error) {
      // The answer names the attachment asked for, not the item it belongs to.
      throw error instanceof DomainError && error.code === 'publications.notFound'
        ? new DomainError('publications.notFound', { id: input.id })
        : error;
    }
  }
  return found;
}
