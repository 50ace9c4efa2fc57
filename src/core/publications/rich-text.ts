// The body of a catalogue item is rich text written by staff (often pasted from Word). It is published on a
// government website, so it passes an allow-list: only the tags and attributes below survive, scripts and
// styles are dropped with their content, event handlers and every URL scheme except http(s)/mailto go.
// parse5 parses exactly as a browser would, so what is checked is what a browser would see.
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';

/** Tags kept, each with the attributes it may keep. */
const ALLOWED: Record<string, readonly string[]> = {
  p: [],
  br: [],
  hr: [],
  div: [],
  span: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  s: [],
  sub: [],
  sup: [],
  pre: [],
  code: [],
  blockquote: [],
  ul: [],
  ol: ['start'],
  li: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height'],
};
/** Tags removed together with everything inside them (other unknown tags are unwrapped, their text kept). */
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'svg',
  'math',
  'form',
  'textarea',
  'select',
  'button',
  'head',
  'title',
  'link',
  'meta',
  'base',
  'frame',
  'frameset',
  'applet',
]);
const VOID = new Set(['br', 'hr', 'img']);
const URL_ATTRIBUTES = new Set(['href', 'src']);
const NUMERIC_ATTRIBUTES = new Set(['colspan', 'rowspan', 'width', 'height', 'start']);
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'pre',
  'blockquote',
  'caption',
  'table',
]);

/** A URL is safe when it is relative or http(s)/mailto; control characters and spaces cannot hide a scheme. */
export function isSafeUrl(raw: string): boolean {
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function keptAttributes(element: T.Element): string {
  const allowed = ALLOWED[element.tagName] ?? [];
  const parts: string[] = [];
  for (const { name, value } of element.attrs) {
    if (!allowed.includes(name)) continue;
    if (URL_ATTRIBUTES.has(name) && !isSafeUrl(value)) continue;
    if (NUMERIC_ATTRIBUTES.has(name) && !/^\d{1,4}$/.test(value.trim())) continue;
    parts.push(` ${name}="${escapeAttribute(value)}"`);
  }
  if (element.tagName === 'a' && parts.some((p) => p.startsWith(' href=')))
    parts.push(' rel="noopener noreferrer"');
  return parts.join('');
}

function childrenOf(node: T.ParentNode): T.ChildNode[] {
  return node.nodeName === 'template' ? (node as T.Template).content.childNodes : node.childNodes;
}

function render(nodes: T.ChildNode[], out: string[]): void {
  for (const node of nodes) {
    if (node.nodeName === '#text') {
      out.push(escapeText((node as T.TextNode).value));
      continue;
    }
    if (!('tagName' in node)) continue; // comments, doctypes
    const tag = node.tagName;
    if (DROPPED_WITH_CONTENT.has(tag)) continue;
    if (!(tag in ALLOWED)) {
      render(childrenOf(node), out);
      continue;
    }
    if (tag === 'img' && !node.attrs.some((a) => a.name === 'src' && isSafeUrl(a.value))) continue;
    out.push(`<${tag}${keptAttributes(node)}>`);
    if (VOID.has(tag)) continue;
    render(childrenOf(node), out);
    out.push(`</${tag}>`);
  }
}

/** Returns the body with only allowed markup; the result is safe to embed in a page as is. */
export function sanitizeRichText(html: string): string {
  const out: string[] = [];
  render(parseFragment(html).childNodes, out);
  return out.join('');
}

function collectText(nodes: T.ChildNode[], out: string[]): void {
  for (const node of nodes) {
    if (node.nodeName === '#text') out.push((node as T.TextNode).value);
    else if ('tagName' in node && !DROPPED_WITH_CONTENT.has(node.tagName)) {
      collectText(childrenOf(node), out);
      if (BLOCKS.has(node.tagName)) out.push('\n');
    }
  }
}

/** The plain text of a body, one line per block: what screening and search read. */
export function richTextToPlain(html: string): string {
  const out: string[] = [];
  collectText(parseFragment(html).childNodes, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
