// Pre-publication screening: what the rest of the system uses.
export { screenText, type ScreenOptions } from './screen-text.ts';
export { buildLexicon, DEFAULT_LEXICON_CATEGORY, type Lexicon, type LexiconEntry } from './lexicon.ts';
export { parseLexicon } from './lexicon-file.ts';
export { buildTypoMatcher, type TypoMatcher } from './typos.ts';
export type { TypoEntry } from './typo-list.ts';
export {
  DEFAULT_SCREENING_SETTINGS,
  SCREENING_RULES,
  SCREENING_RULE_IDS,
  SCREENING_RULE_LABELS,
  ruleSeverity,
  screeningSettingsSchema,
  type ScreeningRule,
  type ScreeningSettings,
  type ScreeningSettingsInput,
} from './rules.ts';
export { hitToFinding, type ScreeningHit } from './hit.ts';
export { LineIndex } from './lines.ts';
