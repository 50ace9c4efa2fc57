// What the public types on the portal (comments on a draft, questions; issue 14) before anyone reads it: plain text
// only, bounded, then screened with the pre-publication checks (《条例》第十七条 发布前审查 applies to anything the
// agency shows on its site) — personal data, the agency's sensitive terms and a short list of abusive words. The
// findings go to the moderator; nothing the public wrote is shown before a person approved it.
import { DomainError } from '../errors/index.ts';
import type { Finding } from '../findings.ts';
import { buildLexicon, type Lexicon } from '../screening/lexicon.ts';
import { screenText } from '../screening/screen-text.ts';

/** The longest comment or question, in characters (a page of text; longer views belong in an attached letter). */
export const PUBLIC_TEXT_MAX = 2000;
export const PUBLIC_NAME_MAX = 50;

// An HTML or XML tag, a comment or a character reference: the portal takes plain text (docs/portal.md).
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|&#?[a-z0-9]+;/i;
// C0 controls other than tab and line breaks, DEL, and the bidirectional overrides that reorder what a reader sees.
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** The text as stored (trimmed), or the refusal saying what is wrong with it, in the field's own words. */
export function checkPublicText(text: string, field: string, max = PUBLIC_TEXT_MAX): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new DomainError('participation.textEmpty', { field });
  if (trimmed.length > max)
    throw new DomainError('participation.textTooLong', { field, max, length: trimmed.length });
  if (MARKUP.test(trimmed)) throw new DomainError('participation.textMarkup', { field });
  if (CONTROL.test(trimmed)) throw new DomainError('participation.textControl', { field });
  return trimmed;
}

export const ABUSIVE_CATEGORY = '不文明用语';

// Words no agency shows under its name, whatever its own lexicon says. Kept short on purpose: the agency's own
// lexicon (系统管理 → 筛查词库) is the place for more.
const ABUSIVE_TERMS = [
  '傻逼',
  '煞笔',
  '他妈的',
  '操你',
  '草泥马',
  '王八蛋',
  '狗官',
  '去死吧',
  '滚蛋',
  '混账东西',
];

/**
 * The screening findings on a public text: the agency's lexicon with the abusive words added, personal data,
 * marks and coordinates. The typo list is for the agency's own writing, not the public's.
 */
export function screenPublicText(text: string, agencyLexicon?: Lexicon): Finding[] {
  const lexicon = buildLexicon([
    ...ABUSIVE_TERMS.map((term) => ({ term, category: ABUSIVE_CATEGORY })),
    ...(agencyLexicon?.entries ?? []),
  ]);
  return screenText(text, { lexicon }).filter((f) => f.rule !== 'screening.typo');
}

/** Findings that keep a text from being shown as it stands: personal data and abusive words (errors). */
export function blocksPublication(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
