// The material attached to online requests: metadata and bytes in one table beside the request. The list never
// reads the bytes; one download reads one file's.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { RequestAttachment } from '../contracts/request-attachments.ts';
import type { Database, RequestAttachmentTable } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const COLUMNS = [
  'id',
  'request_id',
  'seq',
  'file_name',
  'type',
  'mime',
  'size',
  'sha256',
  'created_at',
] as const;

function attachmentOf(row: Omit<Selectable<RequestAttachmentTable>, 'content'>): RequestAttachment {
  return {
    id: row.id,
    requestId: row.request_id,
    seq: Number(row.seq),
    fileName: row.file_name,
    type: row.type as RequestAttachment['type'],
    mime: row.mime,
    size: Number(row.size),
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}

export async function insertRequestAttachment(
  trx: Transaction<Database>,
  attachment: RequestAttachment,
  content: Uint8Array,
): Promise<void> {
  await trx
    .insertInto('request_attachments')
    .values({
      id: attachment.id,
      request_id: attachment.requestId,
      seq: attachment.seq,
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

/** The number the request's next file takes (files are numbered in the order they arrived). */
export async function nextAttachmentSeq(trx: Transaction<Database>, requestId: string): Promise<number> {
  const row = await trx
    .selectFrom('request_attachments')
    .select((eb) => eb.fn.max('seq').as('last'))
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function requestAttachments(db: Executor, requestId: string): Promise<RequestAttachment[]> {
  const rows = await db
    .selectFrom('request_attachments')
    .select(COLUMNS)
    .where('request_id', '=', requestId)
    .orderBy('seq')
    .execute();
  return rows.map(attachmentOf);
}

export async function requestAttachmentContent(
  db: Executor,
  requestId: string,
  attachmentId: string,
): Promise<{ attachment: RequestAttachment; content: Uint8Array } | undefined> {
  const row = await db
    .selectFrom('request_attachments')
    .select([...COLUMNS, 'content'])
    .where('request_id', '=', requestId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  return row ? { attachment: attachmentOf(row), content: new Uint8Array(row.content) } : undefined;
}
