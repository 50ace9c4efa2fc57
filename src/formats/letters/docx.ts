// A reply letter as a Word document in the GB/T 9704-2012 layout the agency's other papers use (gbt9704.ts): the
// issuing agency's name centred over the date, and the date 4 字 from the right.
import { AlignmentType, Packer, Paragraph } from 'docx';
import {
  FANGSONG,
  blankLine,
  bodyParagraph,
  flushLeftParagraph,
  mastheadParagraph,
  officialDocument,
  rightParagraph,
  run,
  signatureParagraph,
  titleParagraphs,
} from '../write/gbt9704.ts';
import type { LetterBlock } from './compose.ts';

const DATE_INDENT = 4;

/** Width in 字: CJK characters one, digits and Latin letters half. */
function widthInChars(text: string): number {
  return [...text].reduce((width, c) => width + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0);
}

function blockParagraphs(block: LetterBlock, dateWidth: number): Paragraph[] {
  switch (block.kind) {
    case 'masthead':
      return [mastheadParagraph(block.text), blankLine()];
    case 'title':
      return titleParagraphs(block.text).slice(0, 1);
    case 'reference':
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(block.text, FANGSONG)] }),
        blankLine(),
      ];
    case 'salutation':
      return [flushLeftParagraph(block.text)];
    case 'paragraph':
      return [bodyParagraph(block.text)];
    case 'signature': {
      // The issuer is centred over the date (GB/T 9704-2012 §7.3.5.1), so it ends half the difference further in.
      const indent = Math.max(0, DATE_INDENT + (dateWidth - widthInChars(block.text)) / 2);
      return [blankLine(), blankLine(), signatureParagraph(block.text, indent)];
    }
    case 'date':
      return [rightParagraph(block.text, DATE_INDENT)];
    case 'note':
      return [flushLeftParagraph(block.text)];
  }
}

export async function letterDocx(blocks: readonly LetterBlock[]): Promise<Uint8Array> {
  const date = blocks.find((b) => b.kind === 'date')?.text ?? '';
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  const document = officialDocument(
    blocks.flatMap((block) => blockParagraphs(block, widthInChars(date))),
    { title, description: title },
  );
  return new Uint8Array(await Packer.toBuffer(document));
}
