// A letter or notice as PDF (issue 13): its HTML page printed by the system's Chromium (formats/write/pdf.ts), A4 with
// the GB/T 9704 margins, in the Noto CJK faces Debian ships (the official faces are not free), page number at the foot.
import { printHtmlToPdf } from '../write/pdf.ts';

const PRINT_STYLE = `<style media="print">
main { max-width: none; padding: 0; font: 16pt/1.75 "Noto Serif CJK SC", serif; }
h1 { font: 22pt/1.5 "Noto Serif CJK SC", serif; font-weight: bold; }
.masthead { font: 26pt/1.5 "Noto Serif CJK SC", serif; font-weight: bold; }
.note { font-size: 12pt; }
</style>
</head>`;

const FOOTER = `<div style="width:100%; text-align:center; font: 14pt 'Noto Serif CJK SC', serif;">— <span class="pageNumber"></span> —</div>`;

export function letterPdf(html: string): Promise<Uint8Array> {
  return printHtmlToPdf(html.replace('</head>', PRINT_STYLE), { footerTemplate: FOOTER });
}
