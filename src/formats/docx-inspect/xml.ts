// The XML parts of a DOCX as start tags (with attributes), end tags and text, in document order, read by saxes.
// A whole part starts with its XML declaration and is read as a document; without one it is a piece cut out of
// a part (a comment's body) and is read in fragment mode. Prefixes are kept as written (no namespace
// resolution), which is how WordprocessingML names are matched here.
import { SaxesParser } from 'saxes';
import { DomainError } from '../../core/errors/index.ts';

export type XmlToken =
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

export function tokenizeXml(xml: string): XmlToken[] {
  const tokens: XmlToken[] = [];
  const parser = new SaxesParser({ fragment: !/^\s*<\?xml\b/.test(xml) });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    tokens.push({ kind: 'open', name: tag.name, attributes, selfClosing: tag.isSelfClosing });
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) tokens.push({ kind: 'close', name: tag.name });
  });
  parser.on('text', (text) => tokens.push({ kind: 'text', text }));
  parser.on('cdata', (text) => tokens.push({ kind: 'text', text }));
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new DomainError('screening.docxCorrupt', { reason: `XML 无法解析（${(error as Error).message}）` });
  }
  return tokens;
}
