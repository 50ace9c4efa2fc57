// Text PDFs through pdfjs-dist (legacy build for Node): positioned text per page, then pdf-blocks.ts rebuilds
// lines and table rows. A PDF without a text layer (a scan) is refused with report.noTextLayer.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFWorker as PdfWorker, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { DomainError } from '../../core/errors/index.ts';
import { MAX_PDF_PAGES } from './limits.ts';
import { unifyIdeographs } from './normalize.ts';
import type { PdfItem } from './pdf-lines.ts';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** Predefined CMaps: CJK fonts without a ToUnicode table need them to give their text. */
const CMAP_URL = join(pdfjsRoot, 'cmaps') + '/';
const STANDARD_FONTS_URL = join(pdfjsRoot, 'standard_fonts') + '/';
/** Fewer visible characters than this in the whole file: there is no text layer worth the name. */
const MIN_TEXT_CHARS = 10;

function failure(error: unknown): DomainError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException')
    return new DomainError('report.corruptFile', { reason: 'PDF 有密码保护' });
  return new DomainError('report.corruptFile', { reason: 'PDF 无法解析（文件不完整或不是 PDF）' });
}

const HEAD_WINDOW = 1024;
const TAIL_WINDOW = 2048;

/**
 * pdf.js repairs what it can and would read a truncated file's first pages as if they were all: a PDF must
 * start with its header and end with %%EOF (a cut download loses the end), or it is refused as incomplete.
 */
function checkComplete(bytes: Uint8Array): void {
  const latin1 = new TextDecoder('latin1');
  if (!latin1.decode(bytes.subarray(0, HEAD_WINDOW)).includes('%PDF-')) {
    throw new DomainError('report.corruptFile', { reason: '不是 PDF 文件' });
  }
  if (!latin1.decode(bytes.subarray(Math.max(0, bytes.length - TAIL_WINDOW))).includes('%%EOF')) {
    throw new DomainError('report.corruptFile', { reason: 'PDF 文件不完整（缺少结尾，可能下载中断）' });
  }
}

const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<{ pdfjs: Pdfjs; worker: PdfWorker }> | undefined;

/**
 * pdf.js and its worker module, loaded once per process, with one PDFWorker shared by every document (no port and
 * message handler set up per file). In Node the "worker" runs in this thread; importing its module ourselves
 * (globalThis.pdfjsWorker) spares pdf.js a second, slower dynamic import of it. The legacy build's core-js
 * polyfills replace Array.prototype.push on Node 20 (their test for an old V8 bug misfires), which makes every
 * push in the process — pdf.js's own, the reader's, the checker's — about 2.5× slower: the native one is put back.
 * Only how pdf.js is loaded and which worker it uses changed here; what is asked of it (getDocument's options,
 * getTextContent) is as before.
 */
function loadPdfjs(): Promise<{ pdfjs: Pdfjs; worker: PdfWorker }> {
  loaded ??= (async () => {
    const nativePush = Array.prototype.push;
    // Under tsx source maps are on, and Node would parse pdf.js's 4 MB of maps on import (~0.5 s) for nothing.
    const sourceMaps = process.sourceMapsEnabled;
    process.setSourceMapsEnabled(false);
    let pdfjs: Pdfjs;
    try {
      pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = (await import(WORKER_MODULE)) as unknown;
    } finally {
      process.setSourceMapsEnabled(sourceMaps);
    }
    Object.defineProperty(Array.prototype, 'push', {
      value: nativePush,
      writable: true,
      configurable: true,
      enumerable: false,
    });
    return { pdfjs, worker: new pdfjs.PDFWorker({ verbosity: 0 }) };
  })();
  return loaded;
}

/** Text items of every page, or a DomainError. `signal` lets the caller abandon a slow file. */
export async function pdfPages(bytes: Uint8Array, signal: AbortSignal): Promise<PdfItem[][]> {
  checkComplete(bytes);
  const { pdfjs, worker } = await loadPdfjs();
  const task = pdfjs.getDocument({
    worker,
    data: bytes.slice(),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_URL,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  signal.addEventListener('abort', () => void task.destroy(), { once: true });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    throw failure(error);
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new DomainError('report.tooManyPages', { pages: document.numPages, limit: MAX_PDF_PAGES });
    }
    const pages: PdfItem[][] = [];
    let characters = 0;
    for (let n = 1; n <= document.numPages; n++) {
      if (signal.aborted) break;
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item = raw as TextItem;
        const [a, b, , d, x, y] = item.transform as number[];
        const size = Math.abs(d!) || Math.hypot(a!, b!) || item.height;
        characters += item.str.trim().length;
        items.push({ text: unifyIdeographs(item.str), x: x!, y: y!, width: item.width, size });
      }
      pages.push(items);
      page.cleanup();
    }
    if (characters < MIN_TEXT_CHARS) throw new DomainError('report.noTextLayer');
    return pages;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw failure(error);
  } finally {
    void document.destroy();
  }
}
