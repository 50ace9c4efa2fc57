// Search results show where the words were found: the title and a short passage of the body with each query
// word marked. The output is escaped HTML with <mark> only, safe to put in a page.

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest words first, so 人防工程 is marked whole rather than as 人防 + 工程. */
function matcher(words: readonly string[]): RegExp | null {
  const usable = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  return usable.length ? new RegExp(usable.map(escapeRegExp).join('|'), 'giu') : null;
}

/** The whole text, escaped, with every occurrence of a word in <mark>. */
export function highlight(text: string, words: readonly string[]): string {
  const re = matcher(words);
  if (!re) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += escapeHtml(text.slice(last, m.index)) + `<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/** A passage of about `length` characters around the first occurrence (the start when none), highlighted. */
export function snippet(text: string, words: readonly string[], length = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = matcher(words)?.exec(flat)?.index ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), flat.length - length));
  const end = Math.min(flat.length, start + length);
  return (start > 0 ? '…' : '') + highlight(flat.slice(start, end), words) + (end < flat.length ? '…' : '');
}
