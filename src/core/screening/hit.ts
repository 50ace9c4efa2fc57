// What each detector returns: a span of the screened text and what it is. screenText turns hits into Findings
// (severity from the agency's settings, line from the offset), so the detectors stay small and settings-free.
import type { Finding } from '../findings.ts';
import type { LineIndex } from './lines.ts';
import { ruleSeverity, type ScreeningRule, type ScreeningSettings } from './rules.ts';

export interface ScreeningHit {
  rule: ScreeningRule;
  offset: number;
  length: number;
  /** The correction or the expected state, when there is one (a typo's right form). */
  expected: string | null;
  /** Chinese, complete: what was found and why it matters. */
  message: string;
}

/** null when the agency switched the rule off. */
export function hitToFinding(
  hit: ScreeningHit,
  text: string,
  lines: LineIndex,
  settings: ScreeningSettings,
): Finding | null {
  const severity = ruleSeverity(settings, hit.rule);
  if (severity === 'off') return null;
  return {
    rule: hit.rule,
    severity,
    location: { line: lines.position(hit.offset).line, offset: hit.offset, length: hit.length },
    expected: hit.expected,
    actual: text.slice(hit.offset, hit.offset + hit.length),
    message: hit.message,
  };
}
