// The labels the requests pages show, all from core: states, channels, applicant kinds, events, outcomes.
import { CHANNEL_LABELS, CHANNELS } from '../../../core/requests/events.ts';
import { EVENT_LABELS } from '../../../core/requests/labels.ts';
import { REQUEST_STATE_LABELS, REQUEST_STATES } from '../../../core/requests/state.ts';
import { APPLICANT_KINDS, APPLICANT_LABELS } from '../../../core/taxonomy/applicants.ts';
import { OUTCOME_GROUPS } from '../../../core/taxonomy/outcomes.ts';

export { CHANNEL_LABELS, EVENT_LABELS, REQUEST_STATE_LABELS, APPLICANT_LABELS };

export const STATE_OPTIONS = REQUEST_STATES.map((s) => ({ value: s, label: REQUEST_STATE_LABELS[s] }));
export const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));
export const APPLICANT_KIND_OPTIONS = APPLICANT_KINDS.map((k) => ({ value: k, label: APPLICANT_LABELS[k] }));

/** The 21 outcomes grouped as table 三 groups them, each with the article it rests on. */
export const OUTCOME_OPTIONS = OUTCOME_GROUPS.map((group) => ({
  label: group.label,
  title: group.label,
  options: group.leaves.map((leaf) => ({ value: leaf.key, label: leaf.label, basis: leaf.basis })),
}));

export function outcomeBasis(key: string): string | undefined {
  for (const group of OUTCOME_GROUPS) {
    const leaf = group.leaves.find((l) => l.key === key);
    if (leaf) return leaf.basis;
  }
  return undefined;
}
