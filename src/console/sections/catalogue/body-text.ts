// The body as the editor shows it: plain text, one paragraph a line — the same text screening reads
// (core richTextToPlain), so a finding's offset selects the right characters in the text box.
import { richTextToPlain } from '../../../core/publications/rich-text.ts';

export function bodyToText(html: string): string {
  return richTextToPlain(html);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Each non-blank line becomes a paragraph. */
export function textToBody(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

/** Markup the text box cannot keep (tables, lists, links…): saving from the editor would leave only paragraphs. */
export function hasRichMarkup(html: string): boolean {
  return /<(?!\/?(p|br)\b)[a-z]/i.test(html);
}
