// Looks at a DOCX's ZIP directory before any library inflates it: a truncated file has no end-of-directory
// record, a ZIP that is not a Word document has no word/document.xml, and a zip bomb declares huge sizes.
import { DomainError } from '../../core/errors/index.ts';
import { MAX_DOCX_INFLATED_BYTES, formatBytes } from './limits.ts';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ENTRY_HEADER_SIZE = 46;

function corrupt(reason: string): DomainError {
  return new DomainError('report.corruptFile', { reason });
}

export function checkDocxZip(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let i = bytes.length - END_RECORD_SIZE; i >= lowest; i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw corrupt('DOCX 文件不完整（找不到 ZIP 目录，可能下载中断）');
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let inflated = 0;
  let hasDocument = false;
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (offset + ENTRY_HEADER_SIZE > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) {
      throw corrupt('DOCX 的 ZIP 目录已损坏');
    }
    inflated += view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = decoder.decode(
      bytes.subarray(offset + ENTRY_HEADER_SIZE, offset + ENTRY_HEADER_SIZE + nameLength),
    );
    if (name === 'word/document.xml') hasDocument = true;
    offset += ENTRY_HEADER_SIZE + nameLength + extraLength + commentLength;
  }
  if (!hasDocument) throw corrupt('ZIP 中没有 word/document.xml，不是 Word 文档');
  if (inflated > MAX_DOCX_INFLATED_BYTES) {
    throw new DomainError('report.fileTooLarge', {
      size: `解压后 ${formatBytes(inflated)}`,
      limit: formatBytes(MAX_DOCX_INFLATED_BYTES),
    });
  }
}
