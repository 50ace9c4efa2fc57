// word/comments.xml: every reviewer comment with its author and text.
import { readWordPart } from './word-part.ts';
import { tokenizeXml } from './xml.ts';

export interface DocxComment {
  id: string;
  author?: string;
  date?: string;
  text: string;
}

const COMMENT = /<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g;

export function readComments(xml: string): DocxComment[] {
  return [...xml.matchAll(COMMENT)].map(([, attributeText, body]) => {
    const [open] = tokenizeXml(`<w:comment ${attributeText}/>`);
    const attributes = open?.kind === 'open' ? open.attributes : {};
    return {
      id: attributes['w:id'] ?? '',
      author: attributes['w:author'],
      date: attributes['w:date'],
      text: readWordPart(body!).text.trim(),
    };
  });
}
