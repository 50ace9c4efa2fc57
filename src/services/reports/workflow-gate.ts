// The N-1 gate of the report's review (spec N-1, 《条例》第五十条): a figure in the prose that contradicts the tables
// stops the report at submission and again at sign-off, unless the person taking the step says why it should go on.
// "Not checked" findings (no figure to compare) do not stop it: only a stated contradiction does.
import { OVERRIDE_REASON_MIN } from '../../contracts/report-workflow.ts';
import { DomainError } from '../../core/errors/index.ts';
import type { Finding } from '../../core/findings.ts';

export function contradictions(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.rule === 'N-1' && (f.severity === 'error' || f.severity === 'warning'));
}

/** The reason to keep (null when nothing contradicts); refuses when something does and no reason was given. */
export function passGate(
  findings: readonly Finding[],
  overrideReason: string | undefined,
  step: '提交' | '签发',
): string | null {
  const found = contradictions(findings);
  if (found.length === 0) return null;
  if (overrideReason) return overrideReason;
  throw new DomainError('reports.narrativeContradictsTables', {
    findings: found.map((f) => f.message).join('；'),
    step,
    min: OVERRIDE_REASON_MIN,
  });
}
