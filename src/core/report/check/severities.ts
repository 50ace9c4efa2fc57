// How severe each rule's finding is (docs/statute.md §2.5). One table, so a supervising office can tune it: several rules
// are tagged [D] or [I] in the spec, i.e. derived or a matter of practice, and their severity is a choice.
import type { Severity } from '../../findings.ts';

export type SeverityTable = typeof DEFAULT_SEVERITIES;
export type SeverityKey = keyof SeverityTable;

export const DEFAULT_SEVERITIES = {
  /** Stated in the table's own header cell [V-seed]. */
  'T3-1': 'error',
  /** [D] from the 总计 label. */
  'T3-2': 'error',
  /** [D] from the 总计 label. */
  'T3-3': 'error',
  /** [D/I] a design rule: only its symptom (more results than requests) is visible in the table, so info. */
  'T3-4': 'info',
  /** [I] blanks are common (docs/statute.md §5 item 2). */
  'T3-5/blank': 'warning',
  /** Not in the spec as such: a negative or fractional count cannot be true, so error (our choice). */
  'T3-5/invalid': 'error',
  /** [D/I] warning; the spec's "error if the prior year is in the system" is for the agency's own database. */
  'T3-6': 'warning',
  'T4-1': 'error',
  'T4-2': 'error',
  'T4-3': 'error',
  /** [D/I] amendments can break strict equality. */
  'T2-1': 'warning',
  'T2-2': 'warning',
  'T2-3': 'error',
  'N-1': 'warning',
  'N-2/missing': 'error',
  'N-2/wording': 'warning',
  /** Not graded by the spec: sections out of order are a form defect, not a content one (our choice). */
  'N-2/order': 'warning',
  /** 《条例》第四十九条 [V]. */
  'P-1': 'error',
} as const satisfies Record<string, Exclude<Severity, 'notChecked'>>;

export type Severities = Record<SeverityKey, Exclude<Severity, 'notChecked'>>;

export function severitiesWith(overrides: Partial<Severities> | undefined): Severities {
  return { ...DEFAULT_SEVERITIES, ...overrides };
}
