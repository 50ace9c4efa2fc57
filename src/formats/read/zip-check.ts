// Looks at a DOCX's ZIP directory before any library inflates it (fflate, inflating nothing): a truncated file
// has no end-of-directory record, a ZIP that is not a Word document has no word/document.xml, and a zip bomb
// declares huge sizes.
import { unzipSync } from 'fflate';
import { DomainError } from '../../core/errors/index.ts';
import { MAX_DOCX_INFLATED_BYTES, formatBytes } from './limits.ts';

function corrupt(reason: string): DomainError {
  return new DomainError('report.corruptFile', { reason });
}

export function checkDocxZip(bytes: Uint8Array): void {
  let inflated = 0;
  let hasDocument = false;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        inflated += file.originalSize;
        if (file.name === 'word/document.xml') hasDocument = true;
        return false;
      },
    });
  } catch {
    throw corrupt('DOCX 文件不完整或 ZIP 目录已损坏（可能下载中断）');
  }
  if (!hasDocument) throw corrupt('ZIP 中没有 word/document.xml，不是 Word 文档');
  if (inflated > MAX_DOCX_INFLATED_BYTES) {
    throw new DomainError('report.fileTooLarge', {
      size: `解压后 ${formatBytes(inflated)}`,
      limit: formatBytes(MAX_DOCX_INFLATED_BYTES),
    });
  }
}
