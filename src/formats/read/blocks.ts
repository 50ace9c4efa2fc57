// What every input layout is first turned into: the document in reading order as lines of prose and rows of
// table cells. One assembler (assemble.ts) then finds the sections and aligns the tables, whatever the source.

export interface LineBlock {
  kind: 'line';
  /** The line as written (trimmed). */
  text: string;
  /** True when the line only continues the previous paragraph (a soft wrap in a PDF). */
  continues?: boolean;
}

export interface RowBlock {
  kind: 'row';
  /** Cell texts in order; '' is an empty cell. A cell may hold several whitespace-separated tokens. */
  cells: string[];
}

export type Block = LineBlock | RowBlock;

/** Facts a container format states outside the body (an HTML <title>, a publication date in page metadata). */
export interface DocumentHints {
  title?: string;
  publishedOn?: string;
}

export interface BlockDocument {
  blocks: Block[];
  hints: DocumentHints;
}
