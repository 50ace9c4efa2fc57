// The review of an agency's year as people see it: the state now, the report frozen at the last submission with its
// findings, and every cycle with its steps (who, when, with which comment).
import {
  WORKFLOW_STATE_LABELS,
  type WorkflowCycleView,
  type WorkflowView,
} from '../../contracts/report-workflow.ts';
import type { PersonStamp, ReviewCycle, ReviewStep } from '../../storage/annual-report-reviews.ts';
import { contradictions } from './workflow-gate.ts';

const stampView = (s: PersonStamp | null) => s && { at: s.at, by: s.by };

function cycleView(c: ReviewCycle, steps: readonly ReviewStep[]): WorkflowCycleView {
  return {
    id: c.id,
    cycle: c.cycle,
    state: c.state,
    stateLabel: WORKFLOW_STATE_LABELS[c.state],
    correctionNote: c.correctionNote,
    overrideReason: c.overrideReason,
    submitted: stampView(c.submitted),
    reviewed: stampView(c.reviewed),
    reviewComment: c.reviewComment,
    signed: stampView(c.signed),
    signOffOverrideReason: c.signOffOverrideReason,
    publicationId: c.publicationId,
    steps: steps.map(({ seq, action, at, actor, comment }) => ({ seq, action, at, actor, comment })),
  };
}

/** `cycles` latest first, as storage lists them. */
export function workflowView(
  where: { agencyId: string; year: number },
  cycles: readonly ReviewCycle[],
  steps: ReadonlyMap<string, readonly ReviewStep[]>,
  publishedVersions: number,
): WorkflowView {
  const latest = cycles[0];
  const state = latest?.state ?? 'draft';
  const findings = latest?.findings ?? [];
  return {
    ...where,
    state,
    stateLabel: WORKFLOW_STATE_LABELS[state],
    publishedVersions,
    current: latest ? cycleView(latest, steps.get(latest.id) ?? []) : null,
    snapshot: latest?.report ?? null,
    findings,
    contradictions: contradictions(findings),
    history: cycles.map((c) => cycleView(c, steps.get(c.id) ?? [])),
  };
}
