// The material an applicant attaches to an online request (《条例》第二十九条: the proof of identity and anything
// else the request needs): which kinds are taken and the list staff read (a file name's rules: attachment-name.ts).
import { z } from 'zod';
import type { AttachmentType } from '../core/publications/attachments.ts';

/** Documents and scans a citizen has at hand; judged by their bytes (core/publications/attachments.ts). */
export const REQUEST_ATTACHMENT_TYPES = [
  'pdf',
  'jpeg',
  'png',
  'ofd',
  'docx',
] as const satisfies readonly AttachmentType[];

export const requestAttachmentSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  seq: z.number().int().describe('上传顺序'),
  fileName: z.string().describe('申请人上传时的文件名'),
  type: z.enum(REQUEST_ATTACHMENT_TYPES).describe('按文件内容识别的类型'),
  mime: z.string(),
  size: z.number().int().describe('字节数'),
  sha256: z.string(),
  createdAt: z.string(),
});
export type RequestAttachment = z.infer<typeof requestAttachmentSchema>;

export const requestAttachmentsResponse = z.object({ items: z.array(requestAttachmentSchema) });

export const requestAttachmentParams = z.strictObject({
  id: z.uuid({ error: '申请编号格式不正确' }),
  attachmentId: z.uuid({ error: '材料编号格式不正确' }),
});
