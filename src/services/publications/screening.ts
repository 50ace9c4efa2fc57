// Pre-publication screening of an item (《条例》第十七条), field by field: each finding says which field it is in
// (location.section: 标题、文号、内容概述、正文) and its offset within that field's text, so the editor can select
// the exact characters in the field the clerk edits. The body is screened as its plain text (one line per block),
// the text search and the public page read too.
import { draftBodySchema } from '../../contracts/publications.ts';
import type { Finding } from '../../core/findings.ts';
import type { PublicationDraft } from '../../core/publications/item.ts';
import { richTextToPlain } from '../../core/publications/rich-text.ts';
import { screenText } from '../../core/screening/index.ts';
import type { Lexicon } from '../../core/screening/lexicon.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { agencyLexicon } from './screening-lexicon.ts';

type Screened = Pick<PublicationDraft, 'title' | 'documentNumber' | 'summary' | 'body'>;

/** The sections a finding can be in, in the order a reviewer reads them. */
export const SCREENED_FIELDS = [
  { field: 'title', section: '标题' },
  { field: 'documentNumber', section: '文号' },
  { field: 'summary', section: '内容概述' },
  { field: 'body', section: '正文' },
] as const;

/** `lexicon`: the agency's own sensitive terms (系统管理 → 筛查词库), screened beside the shipped checks. */
export function screenItem(item: Screened, lexicon?: Lexicon): Finding[] {
  return SCREENED_FIELDS.flatMap(({ field, section }) => {
    const raw = item[field] ?? '';
    const text = field === 'body' ? richTextToPlain(raw) : raw;
    if (!text) return [];
    return screenText(text, { lexicon }).map((f) => ({ ...f, location: { ...f.location, section } }));
  });
}

/** Screens what a clerk is writing, before it is saved or submitted: nothing is stored. */
export async function screenDraft(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; draft: unknown },
): Promise<Finding[]> {
  authorize(actor, 'catalogue.draft', input.agencyId);
  return screenItem(parseInput(draftBodySchema, input.draft), await agencyLexicon(ctx.db, input.agencyId));
}
