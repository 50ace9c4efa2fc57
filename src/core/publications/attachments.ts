// Attachments are judged by their bytes, not by the name the uploader gave them: a renamed executable or an
// HTML page called .pdf must not be served from a government site. Size and type limits are per agency.
import { DomainError } from '../errors/index.ts';

export const ATTACHMENT_TYPES = {
  pdf: { label: 'PDF', extensions: ['pdf'], mime: 'application/pdf' },
  docx: {
    label: 'Word 文档',
    extensions: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: {
    label: 'Excel 表格',
    extensions: ['xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  pptx: {
    label: 'PowerPoint 演示文稿',
    extensions: ['pptx'],
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  ofd: { label: 'OFD 版式文件', extensions: ['ofd'], mime: 'application/ofd' },
  legacyOffice: {
    label: '旧版 Office/WPS 文档',
    extensions: ['doc', 'xls', 'ppt', 'wps', 'et'],
    mime: 'application/x-ole-storage',
  },
  zip: { label: 'ZIP 压缩包', extensions: ['zip'], mime: 'application/zip' },
  jpeg: { label: 'JPEG 图片', extensions: ['jpg', 'jpeg'], mime: 'image/jpeg' },
  png: { label: 'PNG 图片', extensions: ['png'], mime: 'image/png' },
  gif: { label: 'GIF 图片', extensions: ['gif'], mime: 'image/gif' },
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

export interface AttachmentPolicy {
  maxBytes: number;
  allowed: readonly AttachmentType[];
}

/** [I] 50 MB and the usual document and image types; agencies may narrow or widen it. */
export const DEFAULT_ATTACHMENT_POLICY: AttachmentPolicy = {
  maxBytes: 50 * 1024 * 1024,
  allowed: ['pdf', 'docx', 'xlsx', 'pptx', 'ofd', 'legacyOffice', 'jpeg', 'png', 'gif', 'zip'],
};

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

/** The container's real type: ZIP-based formats are told apart by the part names they hold. */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) &&
    (bytes[4] === 0x37 || bytes[4] === 0x39) &&
    bytes[5] === 0x61
  )
    return 'gif';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'legacyOffice';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (containsAscii(bytes, '[Content_Types].xml')) {
      if (containsAscii(bytes, 'word/')) return 'docx';
      if (containsAscii(bytes, 'xl/')) return 'xlsx';
      if (containsAscii(bytes, 'ppt/')) return 'pptx';
    }
    if (containsAscii(bytes, 'OFD.xml')) return 'ofd';
    return 'zip';
  }
  return null;
}

export interface CheckedAttachment {
  fileName: string;
  type: AttachmentType;
  mime: string;
  size: number;
}

/** Refuses an empty, oversized, unknown or misnamed file; returns what the bytes really are. */
export function checkAttachment(
  fileName: string,
  bytes: Uint8Array,
  policy: AttachmentPolicy,
): CheckedAttachment {
  const size = bytes.byteLength;
  if (size === 0) throw new DomainError('publications.attachmentEmpty', { name: fileName });
  if (size > policy.maxBytes) {
    throw new DomainError('publications.attachmentTooLarge', {
      name: fileName,
      size: formatBytes(size),
      limit: formatBytes(policy.maxBytes),
    });
  }
  const type = detectAttachmentType(bytes);
  const allowedLabels = policy.allowed.map((t) => ATTACHMENT_TYPES[t].label).join('、');
  if (type === null || !policy.allowed.includes(type)) {
    throw new DomainError('publications.attachmentType', {
      name: fileName,
      detected: type === null ? '无法识别' : ATTACHMENT_TYPES[type].label,
      allowed: allowedLabels,
    });
  }
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (!(ATTACHMENT_TYPES[type].extensions as readonly string[]).includes(ext)) {
    throw new DomainError('publications.attachmentMismatch', {
      name: fileName,
      ext: ext || '（无）',
      detected: ATTACHMENT_TYPES[type].label,
    });
  }
  return { fileName, type, mime: ATTACHMENT_TYPES[type].mime, size };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} 字节`;
}
