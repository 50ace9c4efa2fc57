// HTML (a report page, a whole saved page, or mammoth's rendering of a DOCX) → blocks. A data table gives one
// row block per <tr> with its cells as they stand (merged cells once, where they start: rowspan/colspan need no
// expansion, the aligner follows the labels). A table that holds another table is page layout and is read as
// flow. In a saved page, navigation and footer are dropped: only the element that holds all the section headings
// and the tables is kept (and the report title just before it).
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { Block, BlockDocument, DocumentHints } from './blocks.ts';
import { isoDateOf } from './meta.ts';
import { findHeadings } from './sections.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'select',
  'button',
  'textarea',
  'input',
  'map',
  'canvas',
  'video',
  'audio',
]);
const BLOCK_LEVEL = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'ul',
  'html',
]);
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

const isElement = (node: Node): node is Element => 'tagName' in node;
const children = (node: Node): Node[] => ('childNodes' in node ? (node.childNodes as Node[]) : []);

function containsTable(node: Node): boolean {
  return children(node).some(
    (child) => isElement(child) && (child.tagName === 'table' || containsTable(child)),
  );
}

/** A cell's text: block children and <br> become spaces (labels broken over lines rejoin in the aligner). */
function cellText(node: Node): string {
  const parts: string[] = [];
  collectText(node, parts);
  return parts.join('').replace(COLLAPSIBLE, ' ').trim();
}

// A plain recursive function, not a closure per cell: tsx wraps every function it creates in a naming helper.
function collectText(node: Node, parts: string[]): void {
  if (node.nodeName === '#text') {
    parts.push((node as DefaultTreeAdapterTypes.TextNode).value);
    return;
  }
  if (!isElement(node) || SKIPPED.has(node.tagName)) return;
  const block = node.tagName === 'br' || BLOCK_LEVEL.has(node.tagName);
  if (block) parts.push(' ');
  for (const child of children(node)) collectText(child, parts);
  if (block) parts.push(' ');
}

function rowsOf(table: Node, into: Element[]): void {
  for (const child of children(table)) {
    if (!isElement(child)) continue;
    if (child.tagName === 'tr') into.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot')
      rowsOf(child, into);
  }
}

class Walker {
  readonly blocks: Block[] = [];
  /** For each block, the ids of the elements it sits in (outermost first). */
  readonly paths: number[][] = [];
  private line = '';
  private readonly stack: number[] = [];
  private nextId = 0;

  flush(): void {
    const text = this.line.replace(COLLAPSIBLE, ' ').trim();
    this.line = '';
    if (text) this.push({ kind: 'line', text });
  }

  private push(block: Block): void {
    this.blocks.push(block);
    this.paths.push([...this.stack]);
  }

  walk(node: Node): void {
    if (node.nodeName === '#text') {
      this.line += (node as DefaultTreeAdapterTypes.TextNode).value;
      return;
    }
    if (!isElement(node) && node.nodeName !== '#document') return;
    const tag = isElement(node) ? node.tagName : '';
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') return this.flush();
    const block = BLOCK_LEVEL.has(tag);
    if (block) this.flush();
    this.stack.push(this.nextId++);
    if (tag === 'table' && !containsTable(node)) this.dataTable(node as Element);
    else for (const child of children(node)) this.walk(child);
    if (block) this.flush();
    this.stack.pop();
  }

  private dataTable(table: Element): void {
    for (const child of children(table)) {
      if (isElement(child) && child.tagName === 'caption') this.push({ kind: 'line', text: cellText(child) });
    }
    const rows: Element[] = [];
    rowsOf(table, rows);
    for (const tr of rows) {
      const cells = children(tr).filter(
        (c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'),
      );
      if (cells.length > 0) this.push({ kind: 'row', cells: cells.map(cellText) });
    }
  }
}

function findElements(node: Node, tag: string, into: Element[]): Element[] {
  for (const child of children(node)) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) into.push(child);
    findElements(child, tag, into);
  }
  return into;
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const DATE_META = /^(?:pubdate|publishdate|firstpublishedtime|releasedate)$/i;
const DATE_IN_PAGE = /发布(?:日期|时间)[:：]\s*((?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2})/;

function pageHints(document: Node, blocks: readonly Block[]): DocumentHints {
  const hints: DocumentHints = {};
  const title = findElements(document, 'title', [])[0];
  if (title) hints.title = cellText(title);
  for (const meta of findElements(document, 'meta', [])) {
    const content = attr(meta, 'content');
    if (content && DATE_META.test(attr(meta, 'name') ?? '')) {
      const date = isoDateOf(content.trim().split(/[\sT]/)[0]!);
      if (date) hints.publishedOn = date;
    }
  }
  if (!hints.publishedOn) {
    for (const block of blocks) {
      const found = block.kind === 'line' ? DATE_IN_PAGE.exec(block.text) : null;
      const date = found ? isoDateOf(found[1]!) : null;
      if (date) {
        hints.publishedOn = date;
        break;
      }
    }
  }
  return hints;
}

function commonPrefix(paths: readonly number[][]): number[] {
  const first = paths[0]!;
  let length = first.length;
  for (const path of paths) {
    let i = 0;
    while (i < length && path[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length);
}

const within = (path: readonly number[], prefix: readonly number[]) =>
  prefix.every((id, i) => path[i] === id);
const TITLE_LIKE = /年度报告/;
const TITLE_MAX = 60;

/** Keep the element that holds the report (all headings and tables) and the title line just before it. */
function reportBody(blocks: Block[], paths: number[][]): Block[] {
  const headings = findHeadings(blocks);
  if (headings.length < 2) return blocks;
  const anchors = headings.map((h) => h.at);
  blocks.forEach((b, i) => {
    if (b.kind === 'row' && i > anchors[0]!) anchors.push(i);
  });
  const prefix = commonPrefix(anchors.map((i) => paths[i]!));
  const kept = blocks.filter((_, i) => within(paths[i]!, prefix));
  const first = blocks.findIndex((_, i) => within(paths[i]!, prefix));
  const firstKept = kept[0];
  const keptHasTitle = firstKept?.kind === 'line' && TITLE_LIKE.test(firstKept.text);
  if (!keptHasTitle) {
    for (let i = first - 1; i >= 0; i--) {
      const b = blocks[i]!;
      if (b.kind === 'line' && TITLE_LIKE.test(b.text) && b.text.length <= TITLE_MAX) {
        kept.unshift(b);
        break;
      }
    }
  }
  return kept;
}

export function htmlBlocks(html: string): BlockDocument {
  const document = parse(html);
  const walker = new Walker();
  walker.walk(document);
  walker.flush();
  const hints = pageHints(document, walker.blocks);
  return { blocks: reportBody(walker.blocks, walker.paths), hints };
}
