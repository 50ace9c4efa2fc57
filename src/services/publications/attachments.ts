// Attachments of a catalogue item: judged by their bytes (type by magic bytes, size by the agency's limit) before
// they are stored, kept in the database beside the item (one transaction, one audit row, a SHA-256 to show they
// are unchanged), and served back with the type that was detected, never the one the uploader claimed.
import { createHash, randomUUID } from 'node:crypto';
import { DomainError } from '../../core/errors/index.ts';
import { checkAttachment } from '../../core/publications/attachments.ts';
import { PUBLICATION_STATUS_LABELS } from '../../core/publications/review-workflow.ts';
import {
  attachmentWithContent,
  insertAttachment,
  listAttachments,
  type StoredAttachment,
} from '../../storage/publications/repository.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import { transact, type Db } from '../database.ts';
import { loadPublication } from './catalogue.ts';
import { catalogueSettings } from './settings.ts';
import { authorize } from '../policy/authorize.ts';

/** Adds an attachment to a draft (what reviewers approve must not change under them). */
export async function addAttachment(
  db: Db,
  actor: Actor,
  publicationId: string,
  fileName: string,
  bytes: Uint8Array,
  now = new Date(),
): Promise<StoredAttachment> {
  const item = await loadPublication(db, publicationId);
  authorize(actor, 'catalogue.attach', item.agencyId);
  if (item.review.status !== 'draft')
    throw new DomainError('publications.notEditable', {
      status: PUBLICATION_STATUS_LABELS[item.review.status],
    });
  const settings = await catalogueSettings(db, item.agencyId);
  const checked = checkAttachment(fileName, bytes, settings.attachments);
  const attachment: StoredAttachment = {
    id: randomUUID(),
    publicationId,
    fileName: checked.fileName,
    type: checked.type,
    mime: checked.mime,
    size: checked.size,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    createdAt: now.toISOString(),
  };
  await transact(db, async (trx) => {
    await insertAttachment(trx, attachment, bytes);
    await recordChange(trx, actor, {
      at: now,
      action: 'publication.attachmentAdded',
      subjectType: 'publication',
      subjectId: publicationId,
      agencyId: item.agencyId,
      details: attachment,
    });
  });
  return attachment;
}

export function attachmentsOf(db: Db, publicationId: string): Promise<StoredAttachment[]> {
  return listAttachments(db, publicationId);
}

/** The bytes of an attachment; `publishedOnly` hides those of unpublished items (the public side). */
export async function attachmentDownload(
  db: Db,
  id: string,
  publishedOnly: boolean,
): Promise<{ attachment: StoredAttachment; content: Uint8Array }> {
  const found = await attachmentWithContent(db, id);
  if (!found) throw new DomainError('publications.notFound', { id });
  if (
    publishedOnly &&
    (await loadPublication(db, found.attachment.publicationId)).review.status !== 'published'
  ) {
    throw new DomainError('publications.notFound', { id });
  }
  return found;
}
