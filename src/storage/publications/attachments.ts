// Attachments of catalogue items: their metadata and bytes in one table beside the item.
import type { Attachment } from '../../core/publications/publication.ts';
import type { Db } from './db.ts';
import type { PublicationAttachmentTable } from './tables.ts';

export async function insertAttachment(trx: Db, attachment: Attachment, content: Uint8Array): Promise<void> {
  await trx
    .insertInto('publication_attachments')
    .values({
      id: attachment.id,
      publication_id: attachment.publicationId,
      file_name: attachment.fileName,
      type: attachment.type,
      mime: attachment.mime,
      size: attachment.size,
      sha256: attachment.sha256,
      content: Buffer.from(content.buffer, content.byteOffset, content.byteLength),
      created_at: attachment.createdAt,
    })
    .execute();
}

const ATTACHMENT_COLUMNS = [
  'id',
  'publication_id',
  'file_name',
  'type',
  'mime',
  'size',
  'sha256',
  'created_at',
] as const;

function attachmentOf(r: Omit<PublicationAttachmentTable, 'content'>): Attachment {
  return {
    id: r.id,
    publicationId: r.publication_id,
    fileName: r.file_name,
    type: r.type,
    mime: r.mime,
    size: Number(r.size),
    sha256: r.sha256,
    createdAt: r.created_at,
  };
}

export async function listAttachments(db: Db, publicationId: string): Promise<Attachment[]> {
  const rows = await db
    .selectFrom('publication_attachments')
    .select(ATTACHMENT_COLUMNS)
    .where('publication_id', '=', publicationId)
    .orderBy('created_at')
    .execute();
  return rows.map(attachmentOf);
}

export async function attachmentWithContent(
  db: Db,
  id: string,
): Promise<{ attachment: Attachment; content: Uint8Array } | undefined> {
  const row = await db
    .selectFrom('publication_attachments')
    .select([...ATTACHMENT_COLUMNS, 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { attachment: attachmentOf(row), content: new Uint8Array(row.content) } : undefined;
}
