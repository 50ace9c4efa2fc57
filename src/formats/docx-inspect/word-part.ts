// Reads one WordprocessingML part (document, header, footer, notes, comments) into the text a reader sees and
// the things a reader does not see but the file still carries: tracked insertions and deletions (w:ins, w:del,
// w:moveTo, w:moveFrom), hidden runs (w:vanish) and where comments are anchored.
import { tokenizeXml } from './xml.ts';

export type LeakKind = 'insertion' | 'deletion' | 'hidden';

export interface Leak {
  kind: LeakKind;
  /** Where in the visible text it sits; deleted and hidden text occupy no visible characters. */
  offset: number;
  length: number;
  /** The inserted, deleted or hidden text. */
  text: string;
  author?: string;
  date?: string;
}

export interface WordPart {
  /** Visible text: paragraphs end with "\n", tabs are "\t". Insertions are shown, as Word shows them. */
  text: string;
  leaks: Leak[];
  /** Comment id → offset of its anchor in the visible text. */
  commentAnchors: Map<string, number>;
}

const INSERTIONS = new Set(['w:ins', 'w:moveTo']);
const DELETIONS = new Set(['w:del', 'w:moveFrom']);
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText']);
const OFF = new Set(['0', 'false', 'off']);

interface Change {
  kind: 'insertion' | 'deletion';
  start: number;
  deleted: string;
  author?: string;
  date?: string;
}

export function readWordPart(xml: string): WordPart {
  const part: WordPart = { text: '', leaks: [], commentAnchors: new Map() };
  const changes: Change[] = [];
  let inText = false;
  let runHidden = false;
  /** Inside w:pPr (paragraph-mark properties) or w:rPrChange (old formatting): a w:vanish there hides no run. */
  let ignoredProperties = 0;

  const write = (s: string) => {
    const deletion = changes.findLast((c) => c.kind === 'deletion');
    if (deletion) deletion.deleted += s;
    else if (runHidden) addHidden(part, s);
    else part.text += s;
  };

  for (const token of tokenizeXml(xml)) {
    if (token.kind === 'text') {
      if (inText) write(token.text);
      continue;
    }
    const { name } = token;
    if (token.kind === 'close') {
      if (TEXT_ELEMENTS.has(name)) inText = false;
      else if (name === 'w:r') runHidden = false;
      else if (name === 'w:p') part.text += '\n';
      else if (name === 'w:pPr' || name === 'w:rPrChange') ignoredProperties--;
      else if (INSERTIONS.has(name) || DELETIONS.has(name)) closeChange(part, changes.pop());
      continue;
    }
    const { attributes, selfClosing } = token;
    if (TEXT_ELEMENTS.has(name)) inText = !selfClosing;
    else if (name === 'w:r') runHidden = false;
    else if ((name === 'w:pPr' || name === 'w:rPrChange') && !selfClosing) ignoredProperties++;
    else if (name === 'w:vanish' && ignoredProperties === 0)
      runHidden = !OFF.has(attributes['w:val'] ?? 'true');
    else if (name === 'w:tab' && ignoredProperties === 0) write('\t');
    else if (name === 'w:br' || name === 'w:cr') write('\n');
    else if (name === 'w:commentRangeStart' || name === 'w:commentReference') {
      const id = attributes['w:id'];
      if (id !== undefined && !part.commentAnchors.has(id)) part.commentAnchors.set(id, part.text.length);
    } else if (INSERTIONS.has(name) || DELETIONS.has(name)) {
      const change: Change = {
        kind: INSERTIONS.has(name) ? 'insertion' : 'deletion',
        start: part.text.length,
        deleted: '',
        author: attributes['w:author'],
        date: attributes['w:date'],
      };
      if (selfClosing) closeChange(part, change);
      else changes.push(change);
    }
  }
  return part;
}

/** Consecutive hidden runs read as one hidden passage. */
function addHidden(part: WordPart, s: string): void {
  const last = part.leaks.at(-1);
  if (last?.kind === 'hidden' && last.offset === part.text.length) last.text += s;
  else part.leaks.push({ kind: 'hidden', offset: part.text.length, length: 0, text: s });
}

function closeChange(part: WordPart, change: Change | undefined): void {
  if (!change) return;
  const inserted = change.kind === 'insertion';
  part.leaks.push({
    kind: change.kind,
    offset: change.start,
    length: inserted ? part.text.length - change.start : 0,
    text: inserted ? part.text.slice(change.start) : change.deleted,
    author: change.author,
    date: change.date,
  });
}
