// The annual report as PDF: the HTML writer's page printed by the system's Chromium (playwright-core), so the PDF
// has the same headings and tables as the HTML and a real text layer that our own reader reads back.
//
// Print layout after GB/T 9704-2012 (docs/statute.md §6.3), only what suits a printed report: A4, margins 37 mm top,
// 28 mm left, 26 mm right, 35 mm bottom; 3号 (16 pt) body, 2号 (22 pt) title; page numbers "— 1 —" in 4号 at the
// foot. The official faces are not free: the print style names Noto Serif/Sans CJK SC (Debian fonts-noto-cjk),
// which Chromium subsets and embeds in the PDF.
//
// One browser per process, launched on first use and shared by concurrent calls (each print has its own page);
// it closes itself after IDLE_MS without prints and at process exit.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { DomainError } from '../../core/errors/index.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { writeHtmlReport } from './html.ts';

/** Where Chromium is: env GONGKAI_CHROMIUM, else Debian's package. */
export function chromiumPath(): string {
  return process.env.GONGKAI_CHROMIUM || '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];

/** GB/T 9704 margins (mm) and A4. */
export const PRINT_PAGE = {
  format: 'A4',
  margin: { top: '37mm', right: '26mm', bottom: '35mm', left: '28mm' },
} as const;

// The screen style's faces (FangSong, 方正小标宋…) are not on a server: print with the Noto CJK faces, at the
// standard's sizes, and let long tables break between rows, not inside one.
const PRINT_STYLE = `<style media="print">
main { max-width: none; padding: 0; font: 16pt/1.6 "Noto Serif CJK SC", serif; }
h1 { font: 22pt/1.5 "Noto Serif CJK SC", serif; font-weight: bold; }
.section { font: 16pt/1.6 "Noto Sans CJK SC", sans-serif; font-weight: bold; }
table { font: 9pt/1.4 "Noto Serif CJK SC", serif; }
tr { break-inside: avoid; }
th, td { padding: 6pt 3pt; }
.section { break-after: avoid; }
thead { display: table-header-group; }
footer p.date { font: 16pt/1.6 "Noto Serif CJK SC", serif; padding-right: 4em; }
</style>
</head>`;

const FOOTER = `<div style="width:100%; text-align:center; font: 14pt 'Noto Serif CJK SC', serif;">— <span class="pageNumber"></span> —</div>`;

const IDLE_MS = 30_000;

let launching: Promise<Browser> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let printing = 0;

async function launch(): Promise<Browser> {
  const path = chromiumPath();
  if (!existsSync(path)) throw new DomainError('report.chromiumMissing', { path });
  const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
  browser.on('disconnected', () => {
    launching = null;
  });
  return browser;
}

/** The shared browser, launched once even when many prints ask at the same time. */
function sharedBrowser(): Promise<Browser> {
  if (!launching) {
    launching = launch();
    launching.catch(() => {
      launching = null;
    });
  }
  return launching;
}

/** Closes the shared browser (idle, exit, tests); the next print launches a new one. */
export async function closePdfBrowser(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const pending = launching;
  launching = null;
  if (pending) await (await pending.catch(() => null))?.close();
}

function scheduleIdleClose(): void {
  if (idleTimer) clearTimeout(idleTimer);
  if (printing > 0) return;
  idleTimer = setTimeout(() => void closePdfBrowser(), IDLE_MS);
  idleTimer.unref();
}

// Chromium is a child process: do not leave it behind when Node exits normally.
process.once('beforeExit', () => void closePdfBrowser());

/** Prints a complete HTML page to PDF bytes with the shared browser. */
export async function printHtmlToPdf(
  html: string,
  options: { footerTemplate?: string } = {},
): Promise<Uint8Array> {
  printing += 1;
  if (idleTimer) clearTimeout(idleTimer);
  try {
    const browser = await sharedBrowser();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const footer = options.footerTemplate;
      return new Uint8Array(
        await page.pdf({
          ...PRINT_PAGE,
          printBackground: true,
          displayHeaderFooter: footer !== undefined,
          headerTemplate: '<span></span>',
          footerTemplate: footer ?? '',
        }),
      );
    } finally {
      await context.close();
    }
  } finally {
    printing -= 1;
    scheduleIdleClose();
  }
}

/** The report as an A4 PDF with embedded CJK fonts and a text layer. */
export async function writePdfReport(report: AnnualReport): Promise<Uint8Array> {
  const html = writeHtmlReport(report).replace('</head>', PRINT_STYLE);
  return printHtmlToPdf(html, { footerTemplate: FOOTER });
}
