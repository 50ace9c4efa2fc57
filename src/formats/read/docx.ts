// DOCX through mammoth → HTML, then the HTML reader: tables keep their merged cells (gridSpan → colspan,
// vMerge → rowspan), and Word paragraphs become lines. Images are not converted (they carry no figures here).
import mammoth from 'mammoth';
import { DomainError } from '../../core/errors/index.ts';
import { checkDocxZip } from './zip-check.ts';

const noImages = mammoth.images.imgElement(async () => ({ src: '' }));

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  checkDocxZip(bytes);
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: noImages },
    );
    return result.value;
  } catch {
    throw new DomainError('report.corruptFile', { reason: 'DOCX 内容无法解析' });
  }
}
