// The material an applicant attaches to an online request (《条例》第二十九条: the proof of identity and anything
// else the request needs): which kinds are taken, what a file name may be, and the list staff read.
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

/**
 * A name shown to staff and offered as the download's name: no directory part, no control characters, and no
 * bidirectional overrides (U+202A–U+202E, U+2066–U+2069), which make "申请书‮fdp.exe" read as "申请书exe.pdf".
 */
// eslint-disable-next-line no-control-regex -- the control characters are what this refuses
const FORBIDDEN_NAME_CHARACTERS = /[/\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export const attachmentFileName = z
  .string()
  .min(1, { error: '文件名不能为空' })
  .max(200, { error: '文件名不能超过 200 个字符' })
  .refine((name) => !FORBIDDEN_NAME_CHARACTERS.test(name), {
    error: '文件名含有路径分隔符、控制字符或文字方向控制符，请改名后重新上传',
  })
  .refine((name) => !/^\.+$/.test(name.trim()), { error: '文件名无效，请改名后重新上传' });

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
