// A reply letter as a complete HTML page (to show, print or send): every value the agency or the applicant typed
// is escaped.
import { escapeHtml } from '../write/html-escape.ts';
import type { LetterBlock } from './compose.ts';

const STYLE = `
body { margin: 0; background: #fff; color: #1a1a1a; }
main { max-width: 42rem; margin: 0 auto; padding: 2.5rem 1.5rem; font: 16px/1.9 "FangSong", "仿宋_GB2312", "Noto Serif CJK SC", serif; }
h1 { font: 22px/1.5 "方正小标宋简体", "Noto Serif CJK SC", serif; text-align: center; margin: 0 0 0.5rem; }
p { margin: 0; text-indent: 2em; }
.masthead { text-align: center; text-indent: 0; color: #b00000; font: 26px/1.5 "方正小标宋简体", "Noto Serif CJK SC", serif; letter-spacing: 0.1em; border-bottom: 2px solid #b00000; padding-bottom: 0.5rem; margin-bottom: 1.5rem; }
.reference { text-align: center; text-indent: 0; margin-bottom: 1.5rem; }
.salutation { text-indent: 0; }
.signature, .date { text-align: right; text-indent: 0; padding-right: 4em; }
.signature { margin-top: 2rem; }
.note { text-indent: 0; margin-top: 1rem; font-size: 14px; }
`;

function blockHtml(block: LetterBlock): string {
  const text = escapeHtml(block.text);
  if (block.kind === 'title') return `<h1>${text}</h1>`;
  return block.kind === 'paragraph' ? `<p>${text}</p>` : `<p class="${block.kind}">${text}</p>`;
}

export function letterHtml(blocks: readonly LetterBlock[]): string {
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${blocks.map(blockHtml).join('\n')}
</main>
</body>
</html>
`;
}
