// The lexicon as an agency keeps it: a text file, one term a line, the category after a tab, a comma or "|"
// ("翻墙软件,网络安全"), "#" for comments; or a JSON array of {term, category}. Validated here, at the boundary,
// with the line of the first mistake.
import { z } from 'zod';
import { DomainError } from '../errors/index.ts';
import { DEFAULT_LEXICON_CATEGORY, type LexiconEntry } from './lexicon.ts';

/** Long enough for any phrase; longer lines are a wrong file, not a term. */
const MAX_TERM_LENGTH = 100;

const termSchema = z
  .string()
  .trim()
  .min(1, '词条为空')
  .max(MAX_TERM_LENGTH, `词条超过 ${MAX_TERM_LENGTH} 个字符`);
const categorySchema = z.string().trim().min(1, '类别为空').max(50, '类别超过 50 个字符');
const jsonEntrySchema = z.object({
  term: termSchema,
  category: categorySchema.default(DEFAULT_LEXICON_CATEGORY),
});

const SEPARATOR = /[\t,，|]/;

export function parseLexicon(source: string): LexiconEntry[] {
  const text = source.replace(/^\uFEFF/, '');
  const entries = text.trimStart().startsWith('[') ? parseJsonLexicon(text) : parseLineLexicon(text);
  if (entries.length === 0) throw new DomainError('screening.lexiconEmpty');
  return entries;
}

function parseLineLexicon(text: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cut = line.search(SEPARATOR);
    const term = termSchema.safeParse(cut === -1 ? line : line.slice(0, cut));
    const category = categorySchema.safeParse(cut === -1 ? DEFAULT_LEXICON_CATEGORY : line.slice(cut + 1));
    const failed = !term.success ? term : !category.success ? category : null;
    if (failed) {
      throw new DomainError('screening.lexiconInvalid', {
        line: index + 1,
        reason: failed.error!.issues[0]!.message,
      });
    }
    entries.push({ term: term.data!, category: category.data! });
  });
  return entries;
}

function parseJsonLexicon(text: string): LexiconEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DomainError('screening.lexiconJsonInvalid', {
      reason: `不是有效的 JSON（${(error as Error).message}）`,
    });
  }
  const parsed = z.array(jsonEntrySchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const index = typeof issue.path[0] === 'number' ? issue.path[0] : 0;
    throw new DomainError('screening.lexiconJsonInvalid', { reason: `第 ${index + 1} 项：${issue.message}` });
  }
  return parsed.data;
}
