import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/index.ts';
import { checkAttachment, DEFAULT_ATTACHMENT_POLICY, detectAttachmentType } from './attachments.ts';

async function realDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph('关于做好2023年人防宣传工作的通知')] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00]);

function refusal(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isDomainError(error) ? error.code : 'not a DomainError';
  }
  return undefined;
}

describe('attachments', () => {
  it('recognises a real DOCX, a PDF and a PNG by their bytes', async () => {
    expect(detectAttachmentType(await realDocx())).toBe('docx');
    expect(detectAttachmentType(pdf)).toBe('pdf');
    expect(detectAttachmentType(png)).toBe('png');
    expect(detectAttachmentType(exe)).toBeNull();
  });

  it('accepts a file whose name matches its content', async () => {
    expect(checkAttachment('通知.docx', await realDocx(), DEFAULT_ATTACHMENT_POLICY)).toMatchObject({
      type: 'docx',
    });
    expect(checkAttachment('决定.PDF', pdf, DEFAULT_ATTACHMENT_POLICY).mime).toBe('application/pdf');
  });

  it.each([
    ['an HTML page named .pdf', '公告.pdf', html, 'publications.attachmentType'],
    ['an executable named .doc', '通知.doc', exe, 'publications.attachmentType'],
    ['a PDF named .docx', '通知.docx', pdf, 'publications.attachmentMismatch'],
    ['an empty file', '空.pdf', new Uint8Array(), 'publications.attachmentEmpty'],
  ])('refuses %s', (_why, name, bytes, code) => {
    expect(refusal(() => checkAttachment(name, bytes, DEFAULT_ATTACHMENT_POLICY))).toBe(code);
  });

  it('refuses a file over the size limit and a type the agency does not allow', () => {
    expect(refusal(() => checkAttachment('a.pdf', pdf, { maxBytes: 10, allowed: ['pdf'] }))).toBe(
      'publications.attachmentTooLarge',
    );
    expect(refusal(() => checkAttachment('a.png', png, { maxBytes: 1000, allowed: ['pdf'] }))).toBe(
      'publications.attachmentType',
    );
  });
});
