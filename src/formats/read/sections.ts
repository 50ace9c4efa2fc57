// Splits the blocks of a document at the six section headings; what comes before 一 is the preface.
import type { SectionKey } from '../../core/taxonomy/sections.ts';
import type { Block, RowBlock } from './blocks.ts';
import { matchHeading, type HeadingMatch } from './headings.ts';

export interface SplitSection {
  key: SectionKey;
  heading: string;
  blocks: Block[];
}

export interface SplitDocument {
  preface: Block[];
  sections: SplitSection[];
}

/** A table row with a single filled cell can carry a heading (a title row merged across the table). */
function soleCell(row: RowBlock): string | undefined {
  let only: string | undefined;
  for (const cell of row.cells) {
    if (cell.trim() === '') continue;
    if (only !== undefined) return undefined;
    only = cell;
  }
  return only;
}

/** The headings in document order, each with the index of the block it is. */
export function findHeadings(blocks: readonly Block[]): { at: number; heading: HeadingMatch }[] {
  const found: { at: number; heading: HeadingMatch }[] = [];
  let current = -1;
  blocks.forEach((block, at) => {
    const text = block.kind === 'line' ? block.text : soleCell(block);
    const heading = text === undefined ? undefined : matchHeading(text, current);
    if (heading) {
      current = heading.index;
      found.push({ at, heading });
    }
  });
  return found;
}

export function splitSections(blocks: readonly Block[]): SplitDocument {
  const headings = findHeadings(blocks);
  const preface = blocks.slice(0, headings[0]?.at ?? blocks.length);
  const sections = headings.map(({ at, heading }, i): SplitSection => {
    const body = blocks.slice(at + 1, headings[i + 1]?.at ?? blocks.length);
    return {
      key: heading.key,
      heading: heading.heading,
      blocks: heading.rest ? [{ kind: 'line', text: heading.rest }, ...body] : body,
    };
  });
  return { preface, sections };
}
