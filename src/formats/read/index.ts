// The annual-report readers: any supported document → AnnualReport plus reading findings (READ-*).
// Unreadable input throws a DomainError with a report.* code and one Chinese line.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { DomainError } from '../../core/errors/index.ts';
import { readJsonReport } from '../json/read.ts';
import { assembleReport } from './assemble.ts';
import { decodeText } from './decode.ts';
import { htmlBlocks } from './html-blocks.ts';
import { MAX_REPORT_BYTES, READ_TIMEOUT_MS, formatBytes } from './limits.ts';
import { markdownBlocks } from './markdown-blocks.ts';
import { pdfBlocks } from './pdf-blocks.ts';
import type { ReadResult } from './read-result.ts';
import { textBlocks } from './text-blocks.ts';

export type { ReadResult } from './read-result.ts';
export { MAX_REPORT_BYTES } from './limits.ts';

export const REPORT_EXTENSIONS = ['.txt', '.html', '.htm', '.docx', '.pdf', '.md', '.json'] as const;

function requireText(text: string): string {
  if (text.trim() === '') throw new DomainError('report.fileEmpty');
  return text;
}

export function readReportText(text: string): ReadResult {
  return assembleReport({ blocks: textBlocks(requireText(text)), hints: {} });
}

export function readReportMarkdown(markdown: string): ReadResult {
  return assembleReport({ blocks: markdownBlocks(requireText(markdown)), hints: {} });
}

export function readReportHtml(html: string): ReadResult {
  const text = requireText(html);
  let document;
  try {
    document = htmlBlocks(text);
  } catch (error) {
    // Elements nested tens of thousands deep exhaust the stack of any tree walk: no report is built that way.
    if (error instanceof RangeError)
      throw new DomainError('report.corruptFile', { reason: 'HTML 元素嵌套过深' });
    throw error;
  }
  return assembleReport(document);
}

/** Runs `work` with an abort signal; past the time limit the signal fires and report.timeout is thrown. */
async function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DomainError('report.timeout', { seconds: READ_TIMEOUT_MS / 1000 }));
    }, READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function readReportDocx(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length === 0) throw new DomainError('report.fileEmpty');
  // mammoth and pdf.js are loaded on first use: reading text and HTML should not pay for them.
  const { docxToHtml } = await import('./docx.ts');
  const html = await withTimeout(() => docxToHtml(bytes));
  return readReportHtml(html);
}

export async function readReportPdf(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length === 0) throw new DomainError('report.fileEmpty');
  const { pdfPages } = await import('./pdf.ts');
  const pages = await withTimeout((signal) => pdfPages(bytes, signal));
  return assembleReport({ blocks: pdfBlocks(pages), hints: {} });
}

function extensionOf(fileName: string): string {
  const ext = extname(fileName).toLowerCase();
  if (!(REPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new DomainError('report.unsupportedType', { ext: ext || basename(fileName) });
  }
  return ext;
}

function checkSize(size: number): void {
  if (size === 0) throw new DomainError('report.fileEmpty');
  if (size > MAX_REPORT_BYTES) {
    throw new DomainError('report.fileTooLarge', {
      size: formatBytes(size),
      limit: formatBytes(MAX_REPORT_BYTES),
    });
  }
}

export async function readReportBytes(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  const ext = extensionOf(fileName);
  checkSize(bytes.length);
  switch (ext) {
    case '.docx':
      return readReportDocx(bytes);
    case '.pdf':
      return readReportPdf(bytes);
    case '.html':
    case '.htm':
      return readReportHtml(decodeText(bytes));
    case '.md':
      return readReportMarkdown(decodeText(bytes));
    case '.json':
      return readJsonReport(decodeText(bytes));
    default:
      return readReportText(decodeText(bytes));
  }
}

/**
 * Reads a file by its extension; the size limit is checked before any byte is read. For the command line and its
 * worker threads, which do nothing else meanwhile: the file is opened, measured and read synchronously, since five
 * thread-pool round trips per file (stat, open, fstat, read, close) cost more than reading a small report itself
 * (bench/README.md, report-check).
 */
export async function readReportFile(path: string): Promise<ReadResult> {
  extensionOf(path);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new DomainError('report.fileMissing', { reason: path });
  }
  let bytes: Uint8Array;
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new DomainError('report.fileMissing', { reason: path });
    checkSize(info.size);
    bytes = new Uint8Array(readFileSync(fd));
  } finally {
    closeSync(fd);
  }
  return readReportBytes(path, bytes);
}
