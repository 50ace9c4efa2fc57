// Building findings: one shape for every rule, Chinese numbers written plainly.
import type { Finding, FindingLocation, Severity } from '../../findings.ts';

export function finding(
  rule: string,
  severity: Severity,
  location: FindingLocation,
  expected: Finding['expected'],
  actual: Finding['actual'],
  message: string,
): Finding {
  return { rule, severity, location, expected, actual, message };
}

/** The rule could not run; says why (blank cells, a missing table, no date) instead of staying silent. */
export function notChecked(rule: string, location: FindingLocation, why: string): Finding {
  return finding(rule, 'notChecked', location, null, null, `未核对：${why}`);
}

/**
 * One notChecked finding for all the places a rule skipped for the same cause, or none when nothing was skipped:
 * a blank 总计 column must not produce 25 findings.
 */
export function notCheckedPlaces(
  rule: string,
  location: FindingLocation,
  places: readonly string[],
  why: string,
) {
  return places.length === 0 ? [] : [notChecked(rule, location, `${places.join('、')}${why}`)];
}

/** Numbers as a person writes them: no exponent, no float noise (0.1 + 0.2 → 0.3). */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}

/** "27+2+0" — the addends of a sum, so the reader can redo it. */
export function formatSum(values: readonly number[]): string {
  return values.map(formatNumber).join('+');
}
