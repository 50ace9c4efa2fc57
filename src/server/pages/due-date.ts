// The reply deadline as the public pages show it: a due date counted in a year whose holiday arrangement the State
// Council has not yet published is marked 暂定, with the reason beside it (the receipt and /track alike).
import { html, type Html } from './html.ts';

export function dueDateText(
  dueOn: string,
  deadline: { provisional: boolean; provisionalReason: string | null },
): Html {
  if (!deadline.provisional) return html`${dueOn}`;
  return html`${dueOn} <strong class="provisional">（暂定）</strong>
    <span class="provisional-reason">${deadline.provisionalReason}</span>`;
}
