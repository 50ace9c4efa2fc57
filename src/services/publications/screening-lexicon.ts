// The agency's sensitive-term lexicon (敏感词库): its administrator keeps it as text in the console, the pre-publication
// screening of every draft uses it (review.ts), and a sample text can be tried against it before drafts are. The text
// is read with the CLI's parser (core/screening/lexicon-file.ts), so a mistake is refused with its line number.
import { DomainError } from '../../core/errors/index.ts';
import { buildLexicon, DEFAULT_LEXICON_CATEGORY, type Lexicon } from '../../core/screening/lexicon.ts';
import { parseLexicon } from '../../core/screening/lexicon-file.ts';
import { screenText } from '../../core/screening/index.ts';
import type { Finding } from '../../core/findings.ts';
import {
  lexiconBody,
  lexiconTrialBody,
  type LexiconBody,
  type LexiconResponse,
} from '../../contracts/screening-lexicon.ts';
import { deleteLexicon, lexiconOf, saveLexicon } from '../../storage/screening-lexicons.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact, type Db } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';

/** The agency's lexicon ready for screenText, or undefined when it keeps none (callers have authorized). */
export async function agencyLexicon(db: Db, agencyId: string): Promise<Lexicon | undefined> {
  const stored = await lexiconOf(db, agencyId);
  return stored && stored.entries.length > 0 ? buildLexicon(stored.entries) : undefined;
}

function ownAgency(actor: Actor, agencyId: string | undefined): string {
  authorize(actor, 'catalogue.settings', agencyId ?? actor.agencyId ?? undefined);
  const id = agencyId ?? actor.agencyId;
  if (!id) throw new DomainError('platform.agencyNotFound', { agency: '' });
  return id;
}

export async function lexiconSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId?: string } = {},
): Promise<LexiconResponse> {
  const agencyId = ownAgency(actor, input.agencyId);
  const stored = await lexiconOf(ctx.db, agencyId);
  return {
    text: (stored?.entries ?? [])
      .map((e) => (e.category === DEFAULT_LEXICON_CATEGORY ? e.term : `${e.term},${e.category}`))
      .join('\n'),
    count: stored?.entries.length ?? 0,
    updatedBy: stored?.updatedBy ?? null,
    updatedAt: stored?.updatedAt ?? null,
  };
}

/** Replaces the lexicon with the text's terms; an empty text (or only comments) removes it. Audited. */
export async function saveLexiconText(
  ctx: ServiceContext,
  actor: Actor,
  input: LexiconBody & { agencyId?: string },
): Promise<LexiconResponse> {
  const agencyId = ownAgency(actor, input.agencyId);
  const { text } = parseInput(lexiconBody, { text: input.text });
  const blank = text.split(/\r?\n/).every((line) => line.trim() === '' || line.trim().startsWith('#'));
  const entries = blank ? [] : parseLexicon(text);
  const now = ctx.clock.now();
  await transact(ctx.db, async (trx) => {
    if (blank) await deleteLexicon(trx, agencyId);
    else await saveLexicon(trx, agencyId, { entries, updatedBy: actor.name, updatedAt: now.toISOString() });
    await recordChange(trx, actor, {
      at: now,
      action: 'screening.lexiconSaved',
      subjectType: 'agency',
      subjectId: agencyId,
      agencyId,
      details: { count: entries.length },
    });
  });
  return lexiconSettings(ctx, actor, { agencyId });
}

/** The screening findings a sample text would get with the agency's lexicon (nothing saved). */
export async function trialScreening(
  ctx: ServiceContext,
  actor: Actor,
  input: { text: string; agencyId?: string },
): Promise<{ findings: Finding[] }> {
  const agencyId = ownAgency(actor, input.agencyId);
  const { text } = parseInput(lexiconTrialBody, { text: input.text });
  return { findings: screenText(text, { lexicon: await agencyLexicon(ctx.db, agencyId) }) };
}
