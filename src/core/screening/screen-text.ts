// The one entry of pre-publication screening (《条例》第十七条: 发布前审查): a text in, findings sorted by
// position out. The lexicon (and, if the agency has its own, the typo list) is built once by the caller and
// reused for every text.
import type { Finding } from '../findings.ts';
import { findGeodataHits } from './geodata.ts';
import { hitToFinding } from './hit.ts';
import { findLexiconHits, type Lexicon } from './lexicon.ts';
import { LineIndex } from './lines.ts';
import { findMarkHits } from './marks.ts';
import { foldText } from './normalize.ts';
import { findPersonalDataHits } from './personal-data.ts';
import { DEFAULT_SCREENING_SETTINGS, type ScreeningSettings } from './rules.ts';
import { findTypoHits, shippedTypoMatcher, type TypoMatcher } from './typos.ts';

export interface ScreenOptions {
  /** The agency's sensitive-term lexicon; without one, no lexicon rule runs. */
  lexicon?: Lexicon;
  /** Severities per rule ('off' disables one); validated with screeningSettingsSchema at the boundary. */
  settings?: ScreeningSettings;
  /** The shipped typo list with the agency's additions; the shipped list alone by default. */
  typos?: TypoMatcher;
}

export function screenText(text: string, options: ScreenOptions = {}): Finding[] {
  const settings = options.settings ?? DEFAULT_SCREENING_SETTINGS;
  const folded = foldText(text);
  const hits = [
    ...(options.lexicon ? findLexiconHits(folded, options.lexicon) : []),
    ...findTypoHits(folded, options.typos ?? shippedTypoMatcher()),
    ...findMarkHits(folded),
    ...findPersonalDataHits(folded, settings.institutionalEmailDomains),
    ...findGeodataHits(folded),
  ];
  const lines = new LineIndex(text);
  return hits
    .sort((a, b) => a.offset - b.offset || b.length - a.length || a.rule.localeCompare(b.rule))
    .map((hit) => hitToFinding(hit, text, lines, settings))
    .filter((finding): finding is Finding => finding !== null);
}
