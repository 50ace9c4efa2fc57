// A streaming tokenizer for the XML parts of a DOCX: start tags (with attributes), end tags and text, in document
// order. WordprocessingML needs no DTDs, namespaces resolution or CDATA, so this is all the parsing it takes.

export type XmlToken =
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_, hex?: string, dec?: string, name?: string) =>
    name ? NAMED[name]! : String.fromCodePoint(parseInt(hex ?? dec!, hex ? 16 : 10)),
  );
}

export function* tokenizeXml(xml: string): Generator<XmlToken> {
  for (const m of xml.matchAll(TOKEN)) {
    const [, cdata, slash, name, rest, selfClosing, text] = m;
    if (text !== undefined) yield { kind: 'text', text: decodeEntities(text) };
    else if (cdata !== undefined) yield { kind: 'text', text: cdata };
    else if (name === undefined)
      continue; // comment or processing instruction
    else if (slash) yield { kind: 'close', name };
    else {
      const attributes: Record<string, string> = {};
      for (const a of rest!.matchAll(ATTRIBUTE)) attributes[a[1]!] = decodeEntities(a[2] ?? a[3]!);
      yield { kind: 'open', name, attributes, selfClosing: selfClosing === '/' };
    }
  }
}
